package se.samspar;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.samspar.base.Role;

/**
 * Base of every test that needs the application: one Spring context on the embedded MariaDB,
 * serving on a random port, shared by all such tests (browserless view tests and real-browser
 * tests alike). One context matters beyond speed: Vaadin installs its own static security
 * context strategy, so a second context would hide the tests' logins from the first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest extends SpringBrowserlessTest {

    /** Acts as the given user for the rest of the test (services read the security context). */
    protected static void loginAs(String username, Role... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** A name no other test uses, since tests share one database. */
    protected static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }
}
