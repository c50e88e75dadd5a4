package se.samspar.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import se.samspar.base.SessionTimeout;

/**
 * Warns before an idle session ends and logs out when it does. The browser counts idle time from
 * the user's last click or key press (each also keeps the server session alive, at most once a
 * minute); the server closes idle sessions itself as well (vaadin.closeIdleSessions), so a closed
 * laptop is logged out too.
 */
public class SessionTimeoutGuard extends Div {

    /** Where a timed-out user lands: the login page, which then says why. */
    public static final String TIMED_OUT_LOCATION = "login?utloggad";

    private static final String SCRIPT = load();

    private final SessionTimeout timeout;

    public SessionTimeoutGuard(SessionTimeout timeout) {
        this.timeout = timeout;
        addClassName("session-guard");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(SCRIPT, timeout.timeout().toMillis(), timeout.warningBefore().toMillis(),
                getTranslation("session.warning", timeout.warningBefore().toMinutes() < 1
                        ? timeout.warningBefore().toSeconds() + " s" : timeout.warningBefore().toMinutes() + " min"),
                getTranslation("session.continue"));
    }

    /** The user is still there: a round trip is all it takes to keep the session. */
    @ClientCallable
    void keepAlive() {
        // The request itself counts as activity.
    }

    /** The idle time ran out in the browser: log out and show the login page with the reason. */
    @ClientCallable
    void timedOut() {
        UI.getCurrent().getPage().setLocation(TIMED_OUT_LOCATION);
        new SecurityContextLogoutHandler().logout(VaadinServletRequest.getCurrent().getHttpServletRequest(), null, null);
    }

    private static String load() {
        try (InputStream in = SessionTimeoutGuard.class.getResourceAsStream("session-timeout.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
