package se.samspar.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The Swedish login page; Spring Security's form login checks the password. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    private final Paragraph notice = new Paragraph();
    private final se.samspar.base.CurrentUser currentUser;
    private final se.samspar.base.SessionTimeout sessionTimeout;

    LoginView(AuthenticationContext authentication, se.samspar.base.CurrentUser currentUser,
              se.samspar.base.SessionTimeout sessionTimeout) {
        this.authentication = authentication;
        this.currentUser = currentUser;
        this.sessionTimeout = sessionTimeout;
        addClassName("login-view");

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 appName = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        Div brand = new Div(appName, tagline);
        brand.addClassName("login-brand");
        notice.addClassName("login-notice");
        notice.setVisible(false);
        add(brand, notice, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            if (currentUser.hasAuthority(se.samspar.security.AccountStep.ROLE_SECOND_FACTOR)) {
                event.forwardTo(SecondFactorView.class);
            } else if (currentUser.hasAuthority(se.samspar.security.AccountStep.ROLE_PASSWORD_CHANGE)) {
                event.forwardTo(ChangePasswordView.class);
            } else {
                event.forwardTo("");
            }
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        if (parameters.containsKey("utloggad")) {
            notice.setText(getTranslation("login.timed-out", sessionTimeout.timeout().toMinutes()));
            notice.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }

    /** The notice above the form (why the user was logged out), if any. */
    String notice() {
        return notice.isVisible() ? notice.getText() : "";
    }

    /** Whether the form shows the wrong-password message. */
    boolean showsError() {
        return login.isError();
    }

    LoginI18n i18n() {
        return i18n;
    }
}
