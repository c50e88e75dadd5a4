package se.samspar.base;

import java.util.List;
import java.util.Optional;

/**
 * Rules of the domain were broken by what a user entered. Carries, for each, the field it
 * concerns and a translation key, so that the view can show every Swedish message next to its
 * field at once. Most carry one problem; a service that checks a whole form collects them all with
 * {@link InputProblems}.
 */
public class InvalidInputException extends RuntimeException {

    /** One broken rule: the field, the translation key and the values for its placeholders. */
    public record Problem(String field, String messageKey, Object... arguments) {
        public Problem {
            arguments = arguments == null ? new Object[0] : arguments.clone();
        }

        @Override
        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private final transient List<Problem> problems;

    public InvalidInputException(String field, String messageKey) {
        this(field, messageKey, new Object[0]);
    }

    /** With values for the message's placeholders ({0}, {1}, …), e.g. the session a booking clashes with. */
    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    /** Every problem found, the first first; at least one. */
    public InvalidInputException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems) {
        return String.join(", ", problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList());
    }

    /** Throws for the field when a rule returned the key of what is wrong. */
    public static void check(String field, Optional<String> messageKey) {
        if (messageKey.isPresent()) {
            throw new InvalidInputException(field, messageKey.get());
        }
    }

    /** Every broken rule, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /** Whether one of the problems concerns the field. */
    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** The first problem's field. */
    public String field() {
        return problems.getFirst().field();
    }

    public String messageKey() {
        return problems.getFirst().messageKey();
    }

    public Object[] arguments() {
        return problems.getFirst().arguments();
    }
}
