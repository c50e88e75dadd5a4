package se.samspar.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects every broken rule of one form before refusing it, so that a user sees all that is
 * wrong after one press of Spara instead of one field per press. One problem per field: the
 * first found stands.
 */
public final class InputProblems {

    private final List<InvalidInputException.Problem> problems = new ArrayList<>();

    /** Notes the problem when the rule returned the key of what is wrong. */
    public InputProblems check(String field, Optional<String> messageKey) {
        messageKey.ifPresent(key -> add(field, key));
        return this;
    }

    public InputProblems add(String field, String messageKey, Object... arguments) {
        if (!has(field)) {
            problems.add(new InvalidInputException.Problem(field, messageKey, arguments));
        }
        return this;
    }

    /** Runs a step that may refuse the input, noting its problems; null when it refused. */
    public <T> @Nullable T attempt(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> add(p.field(), p.messageKey(), p.arguments()));
            return null;
        }
    }

    /** Runs a check that throws, noting its problems. */
    public InputProblems run(Runnable check) {
        attempt(() -> {
            check.run();
            return null;
        });
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Refuses the input with every problem noted, if there is any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
