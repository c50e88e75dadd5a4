package se.samspar.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.samspar.base.InvalidInputException;

/**
 * The one way a form shows what is wrong. On save it checks every field it knows (required
 * fields, and rules the form shares with its service) and marks all that fail at once; only a
 * form without such problems goes to the service, and every rule the service refuses is shown at
 * the field it names too, or as a notification when the form has no such field. Nothing is saved
 * while anything is marked.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<HasValidation> alsoCleared = new ArrayList<>();

    private record Check(String field, Supplier<Optional<InvalidInputException.Problem>> rule) {
    }

    /** A field the service may name in its refusal. */
    public FormErrors field(String name, HasValidation component) {
        fields.put(name, component);
        return this;
    }

    /** A field that must be filled in when it is shown; it says so with the required mark. */
    public <C extends Component & HasValidation & HasValue<?, ?>> FormErrors required(String name, C component) {
        component.setRequiredIndicatorVisible(true);
        field(name, component);
        return check(name, component, () -> shown(component) && component.isEmpty()
                ? Optional.of("error.required") : Optional.empty());
    }

    /** A rule checked on save before the service is asked; returns the translation key of what is wrong. */
    public FormErrors check(String name, HasValidation component, Supplier<Optional<String>> rule) {
        field(name, component);
        checks.add(new Check(name, () -> rule.get().map(key -> new InvalidInputException.Problem(name, key))));
        return this;
    }

    /**
     * A check of the domain's that refuses by throwing (a value object's constructor, say); its
     * message keeps its values ("at least {0} characters").
     */
    public FormErrors checkThrowing(String name, HasValidation component, Runnable check) {
        field(name, component);
        checks.add(new Check(name, () -> {
            try {
                check.run();
                return Optional.empty();
            } catch (InvalidInputException e) {
                return Optional.of(new InvalidInputException.Problem(name, e.messageKey(), e.arguments()));
            }
        }));
        return this;
    }

    /** A rule checked on save on a field the service never names. */
    public FormErrors check(HasValidation component, Supplier<Optional<String>> rule) {
        String name = "#" + checks.size();
        return check(name, component, rule);
    }

    /** Fields whose marks are cleared at each save, though this form does not mark them itself. */
    public FormErrors clears(HasValidation... components) {
        alsoCleared.addAll(List.of(components));
        return this;
    }

    /**
     * Clears the marks and checks every field, marking each that fails; true when none did. A
     * field with more than one rule shows its first broken one.
     */
    public boolean validate() {
        clear();
        Map<String, InvalidInputException.Problem> broken = new LinkedHashMap<>();
        for (Check c : checks) {
            if (!broken.containsKey(c.field())) {
                c.rule().get().ifPresent(p -> broken.put(c.field(), p));
            }
        }
        broken.values().forEach(p -> mark(fields.get(p.field()), I18NProvider.translate(p.messageKey(), p.arguments())));
        return broken.isEmpty();
    }

    /**
     * Runs a save after {@link #validate()}. Every broken rule is shown at its field, a
     * concurrent edit is explained, and nothing else happens; returns whether it saved.
     */
    public boolean save(Runnable action) {
        if (!validate()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            show(e);
            return false;
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(I18NProvider.translate("error.concurrent-edit"));
            return false;
        }
    }

    /** Shows every problem of a refusal at its field; those without a field in one notification. */
    public void show(InvalidInputException e) {
        List<String> elsewhere = new ArrayList<>();
        for (InvalidInputException.Problem p : e.problems()) {
            String message = I18NProvider.translate(p.messageKey(), p.arguments());
            HasValidation field = fields.get(p.field());
            if (field == null) {
                elsewhere.add(message);
            } else {
                mark(field, message);
            }
        }
        if (!elsewhere.isEmpty()) {
            Notifications.error(String.join(" ", elsewhere));
        }
    }

    /** Removes every mark this form set. */
    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        alsoCleared.forEach(f -> f.setInvalid(false));
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Whether the user can see the component: it and every parent visible. */
    private static boolean shown(Component component) {
        Optional<Component> c = Optional.of(component);
        while (c.isPresent()) {
            if (!c.get().isVisible()) {
                return false;
            }
            c = c.get().getParent();
        }
        return true;
    }
}
