package se.samspar.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import se.samspar.base.ui.FormErrors;
import se.samspar.security.AccountStep;
import se.samspar.security.UserService;

/** The second step of an administrator's login: the six digits of the authenticator app. */
@Route(value = AccountStep.SECOND_FACTOR_ROUTE, autoLayout = false)
@RolesAllowed(AccountStep.SECOND_FACTOR_NAME)
public class SecondFactorView extends Main implements HasDynamicTitle {

    final TextField code = new TextField(getTranslation("second-factor.code"));
    final Button verify = new Button(getTranslation("second-factor.verify"));

    SecondFactorView(UserService users, AuthenticationContext authentication) {
        addClassName("login-view");
        code.setAutofocus(true);
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setWidthFull();
        FormErrors errors = new FormErrors().field("code", code);
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> {
            code.setInvalid(false);
            if (errors.save(() -> users.verifySecondFactor(code.getValue()))) {
                getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
            }
        });
        Button logout = new Button(getTranslation("menu.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        Div card = new Div(new H1(getTranslation("second-factor.title")),
                new Paragraph(getTranslation("second-factor.help")), code, new HorizontalLayout(verify, logout));
        card.addClassName("account-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.title") + " – " + getTranslation("app.name");
    }
}
