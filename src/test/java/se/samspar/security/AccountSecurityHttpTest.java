package se.samspar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samspar.IntegrationTest;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;

/**
 * The account rules as a browser meets them, over real HTTP: delays after failed logins, a
 * disabled user logged out at once, the forced password change and the second factor, and the
 * headers and endpoints every response carries.
 */
class AccountSecurityHttpTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    AppUserRepository repository;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    /** A browser of its own: cookies kept, redirects not followed. */
    private final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return get(path, "text/html");
        }

        HttpResponse<String> get(String path, String accept) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the login form; returns where the app sends the browser next. */
        String logIn(String username, String password) throws Exception {
            get("/login");
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("login answers with a redirect").isEqualTo(302);
            return path(r);
        }
    }

    private static String path(HttpResponse<?> r) {
        String location = r.headers().firstValue("Location").orElse("");
        return URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? ""
                : "?" + URI.create(location).getRawQuery());
    }

    /** A user with a password of their own (no forced change), created by the administrator. */
    private String userWithPassword(String password, Role role) {
        loginAs("security-admin", Role.ADMIN);
        String username = "sec-" + Long.toString(System.nanoTime(), 36);
        users.create(new UserDraft(username, "Säker Användare", null, Set.of(role), Set.of()));
        AppUser u = repository.findWithRolesByUsername(username).orElseThrow();
        u.passwordChanged(encoder.encode(password), Instant.now());
        repository.saveAndFlush(u);
        return username;
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_must_wait() throws Exception {
        String password = "Rätt lösenord för provet";
        String username = userWithPassword(password, Role.PERSONAL);
        Browser browser = new Browser();
        assertThat(browser.logIn(username, password)).isEqualTo("/");

        Browser attacker = new Browser();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            assertThat(attacker.logIn(username, "gissning-" + i)).isEqualTo("/login?error");
        }
        assertThat(attacker.logIn(username, password)).as("locked for a minute").isEqualTo("/login?error");
        assertThat(new Browser().logIn(username, password)).as("from any browser").isEqualTo("/login?error");
    }

    @Test
    void a_disabled_user_is_logged_out_at_their_next_request() throws Exception {
        String password = "Ett lösenord att stänga av";
        String username = userWithPassword(password, Role.SAMORDNARE);
        Browser browser = new Browser();
        assertThat(browser.logIn(username, password)).isEqualTo("/");
        assertThat(browser.get("/program").statusCode()).isEqualTo(200);

        loginAs("security-admin", Role.ADMIN);
        AppUser u = repository.findWithRolesByUsername(username).orElseThrow();
        users.setEnabled(u.getId(), u.getVersion(), false);

        HttpResponse<String> next = browser.get("/program");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(path(next)).isEqualTo("/login");
    }

    @Test
    void a_one_time_password_opens_nothing_but_the_password_change() throws Exception {
        loginAs("security-admin", Role.ADMIN);
        String username = "ny-" + Long.toString(System.nanoTime(), 36);
        String oneTime = users.create(new UserDraft(username, "Ny Användare", null, Set.of(Role.ADMIN), Set.of()));
        Browser browser = new Browser();
        browser.logIn(username, oneTime);

        for (String page : new String[] {"/", "/anvandare", "/granskningslogg"}) {
            HttpResponse<String> r = browser.get(page);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(path(r)).isEqualTo("/byt-losenord");
        }
        assertThat(browser.get("/byt-losenord").statusCode()).isEqualTo(200);

        // In the service layer, the step's authority opens only the password change.
        loginAsAuthority(username, AccountStep.ROLE_PASSWORD_CHANGE);
        assertThatThrownBy(() -> users.list("", org.springframework.data.domain.Pageable.ofSize(5)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> users.changeOwnPassword(oneTime, "qwertyuiop123", "qwertyuiop123"))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("password.error.common"));
        assertThatThrownBy(() -> users.changeOwnPassword("fel", "Mitt nya långa lösenord", "Mitt nya långa lösenord"))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("current"));
        assertThatThrownBy(() -> users.changeOwnPassword(oneTime, "Mitt nya långa lösenord", "Mitt nya långa lösen"))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("password.error.mismatch"));
        users.changeOwnPassword(oneTime, "Mitt nya långa lösenord", "Mitt nya långa lösenord");

        assertThat(browser.get("/anvandare").statusCode()).as("the change applies to the open session").isEqualTo(200);
        assertThat(new Browser().logIn(username, oneTime)).as("the one-time password is gone").isEqualTo("/login?error");
    }

    private static void loginAsAuthority(String username, String authority) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(username,
                        null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(authority))));
    }

    @Test
    void an_administrator_with_a_second_factor_must_give_a_fresh_code_after_the_password() throws Exception {
        String password = "Administratörens eget lösenord";
        String username = userWithPassword(password, Role.ADMIN);
        loginAs(username, Role.ADMIN);
        String secret = users.newSecondFactorSecret();
        byte[] key = Totp.unbase32(secret);
        long step = Totp.step(Instant.now());
        assertThatThrownBy(() -> users.enableSecondFactor(secret, "000000".equals(code(key, step)) ? "111111" : "000000"))
                .isInstanceOf(InvalidInputException.class);
        users.enableSecondFactor(secret, code(key, step));
        assertThat(users.hasSecondFactor()).isTrue();

        Browser browser = new Browser();
        browser.logIn(username, password);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(path(home)).isEqualTo("/tvastegsverifiering");

        loginAsAuthority(username, AccountStep.ROLE_SECOND_FACTOR);
        assertThatThrownBy(() -> users.verifySecondFactor(code(key, step)))
                .as("a code already used does not work again").isInstanceOf(InvalidInputException.class);
        users.verifySecondFactor(code(key, step + 1));
        assertThatThrownBy(() -> users.verifySecondFactor(code(key, step + 1))).isInstanceOf(InvalidInputException.class);
    }

    private static String code(byte[] key, long step) {
        return Totp.code(key, step, Totp.DIGITS, "HmacSHA1");
    }

    @Test
    void every_page_carries_the_security_headers_and_a_protected_session_cookie() throws Exception {
        String password = "Rubriker på varje sida";
        Browser browser = new Browser();
        browser.logIn(userWithPassword(password, Role.ADMIN), password);
        for (String page : new String[] {"/login", "/anvandare", "/styles/samspar.css", "/finns-inte"}) {
            HttpResponse<String> r = browser.get(page);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().allValues("X-Frame-Options")).as(page).containsExactly("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(r.headers().firstValue("Strict-Transport-Security")).as("only over TLS").isEmpty();
        }
        // A report's PDF served from memory may be framed by the app's own preview, and by nothing else.
        HttpResponse<String> dynamic = browser.get("/VAADIN/dynamic/resource/0/x/rapport.pdf");
        assertThat(dynamic.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'self'");
        assertThat(dynamic.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        HttpResponse<String> login = new Browser().get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void only_health_is_exposed_and_errors_show_no_internals() throws Exception {
        Browser anonymous = new Browser();
        HttpResponse<String> health = anonymous.get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
        for (String endpoint : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/configprops", "/actuator/loggers", "/actuator/mappings"}) {
            assertThat(anonymous.get(endpoint, "application/json").statusCode()).as(endpoint).isNotEqualTo(200);
        }
        String password = "Ett lösenord för felsidan";
        Browser admin = new Browser();
        admin.logIn(userWithPassword(password, Role.ADMIN), password);
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            HttpResponse<String> r = admin.get(endpoint, "application/json");
            assertThat(r.statusCode()).as(endpoint).isNotEqualTo(200);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at se.samspar");
        }
    }
}
