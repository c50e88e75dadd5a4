package se.samspar.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.samspar.base.InvalidInputException;

/**
 * Shows a rule broken in the service (a taken name, say) next to the field it concerns, or as a
 * notification when the form has no such field.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors field(String name, HasValidation component) {
        fields.put(name, component);
        return this;
    }

    /**
     * Runs a save. A broken rule is shown at its field, a concurrent edit is explained, and
     * nothing else happens; returns whether it saved.
     */
    public boolean save(Runnable action) {
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

    public void show(InvalidInputException e) {
        String message = I18NProvider.translate(e.messageKey(), e.arguments());
        HasValidation field = fields.get(e.field());
        if (field == null) {
            Notifications.error(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
