package se.samspar.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.samspar.base.InvalidInputException;
import se.samspar.base.ui.Notifications;
import se.samspar.programme.Programme;
import se.samspar.security.UserService;
import se.samspar.security.UserSummary;

/**
 * Creates a user or changes one: details, roles and programmes, enabling and disabling, and a
 * password reset. A new password is shown once, here, for the administrator to hand over.
 */
class UserDialog extends Dialog {

    final UserForm form;
    final Button save = new Button(getTranslation("action.save"));
    final Button toggleEnabled = new Button();
    final Button resetPassword = new Button(getTranslation("user.reset-password"));
    final Button resetSecondFactor = new Button(getTranslation("user.reset-second-factor"));

    UserDialog(UserService service, List<Programme> programmes, @Nullable UserSummary user, Runnable onChange) {
        boolean isNew = user == null;
        setHeaderTitle(getTranslation(isNew ? "user.new" : "user.edit"));
        setWidth("min(40rem, 95vw)");
        form = new UserForm(programmes, isNew);
        if (user != null) {
            form.edit(user.toDraft());
        }
        add(form);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> form.validatedDraft().ifPresent(draft -> run(onChange, () -> {
            if (isNew) {
                String password = service.create(draft);
                showPassword(draft.username(), password);
            } else {
                service.update(user.id(), user.version(), draft);
                close();
            }
        })));
        if (user != null) {
            toggleEnabled.setText(getTranslation(user.enabled() ? "user.disable" : "user.enable"));
            toggleEnabled.addClickListener(e -> run(onChange, () -> {
                service.setEnabled(user.id(), user.version(), !user.enabled());
                close();
            }));
            resetPassword.addClickListener(e -> run(onChange,
                    () -> showPassword(user.username(), service.resetPassword(user.id(), user.version()))));
            getFooter().add(toggleEnabled, resetPassword);
            if (user.secondFactor()) {
                resetSecondFactor.addClickListener(e -> run(onChange, () -> {
                    service.resetSecondFactor(user.id(), user.version());
                    Notifications.success(getTranslation("user.second-factor-removed", user.username()));
                    close();
                }));
                getFooter().add(resetSecondFactor);
            }
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void run(Runnable onChange, Runnable action) {
        try {
            action.run();
            onChange.run();
        } catch (InvalidInputException e) {
            form.showError(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.concurrent-edit"));
        }
    }

    private void showPassword(String username, String password) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("user.password-title"));
        Paragraph text = new Paragraph(getTranslation("user.password-text", username));
        Paragraph secret = new Paragraph(password);
        secret.addClassName("one-time-password");
        secret.setId("one-time-password");
        add(text, secret);
        Button done = new Button(getTranslation("action.done"), e -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
    }
}
