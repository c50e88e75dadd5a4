package se.samspar.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import se.samspar.IntegrationTest;

class LoginViewTest extends IntegrationTest {

    @Test
    @WithAnonymousUser
    void a_visitor_is_sent_to_the_swedish_login_page() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        LoginView login = (LoginView) getCurrentView();
        assertThat(login.i18n().getForm().getTitle()).isEqualTo("Logga in");
        assertThat(login.i18n().getForm().getUsername()).isEqualTo("Användarnamn");
        assertThat(login.i18n().getForm().getPassword()).isEqualTo("Lösenord");
        assertThat(login.showsError()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void a_wrong_password_shows_a_swedish_error() {
        // Spring Security sends a failed login back to login?error.
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView login = (LoginView) getCurrentView();
        assertThat(login.showsError()).isTrue();
        assertThat(login.i18n().getErrorMessage().getTitle()).isEqualTo("Fel användarnamn eller lösenord");
        assertThat(login.i18n().getErrorMessage().getMessage()).contains("försök igen");
    }
}
