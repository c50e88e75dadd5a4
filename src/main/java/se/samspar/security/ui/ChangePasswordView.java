package se.samspar.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.samspar.base.CurrentUser;
import se.samspar.base.ui.FormErrors;
import se.samspar.base.ui.Notifications;
import se.samspar.security.AccountStep;
import se.samspar.security.PasswordPolicy;
import se.samspar.security.UserService;

/**
 * Choose a new password: required at the first login and after a reset (nothing else opens until
 * it is done), and open to every user from their account.
 */
@Route(value = AccountStep.PASSWORD_CHANGE_ROUTE, autoLayout = false)
@PermitAll
public class ChangePasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField current = new PasswordField(getTranslation("password.current"));
    final PasswordField next = new PasswordField(getTranslation("password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
    final Button save = new Button(getTranslation("password.save"));
    private final CurrentUser currentUser;

    ChangePasswordView(UserService users, CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        addClassName("login-view");
        boolean forced = currentUser.hasAuthority(AccountStep.ROLE_PASSWORD_CHANGE);

        next.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        FormErrors errors = new FormErrors().field("current", current).field("next", next).field("repeat", repeat);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (errors.save(() -> users.changeOwnPassword(current.getValue(), next.getValue(), repeat.getValue()))) {
                Notifications.success(getTranslation("password.changed"));
                // A full reload: the next request carries the user's roles again.
                getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
            }
        });
        Button other = forced
                ? new Button(getTranslation("menu.logout"), e -> authentication.logout())
                : new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate("")));
        other.addThemeVariants(ButtonVariant.TERTIARY);

        Div card = new Div(new H1(getTranslation("password.title")),
                new Paragraph(getTranslation(forced ? "password.forced" : "password.voluntary")),
                current, next, repeat, new HorizontalLayout(save, other));
        card.addClassName("account-card");
        current.setWidthFull();
        next.setWidthFull();
        repeat.setWidthFull();
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.hasAuthority(AccountStep.ROLE_SECOND_FACTOR)) {
            event.forwardTo(SecondFactorView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " – " + getTranslation("app.name");
    }
}
