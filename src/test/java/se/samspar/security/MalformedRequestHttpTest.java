package se.samspar.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;

/**
 * What an attacker's malformed requests get back, and what they leave in the log (issue 20,
 * finding 10): Tomcat's own error pages carry the security headers, no value a client sent is
 * quoted in the log, and the session id never travels in an address.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestHttpTest extends IntegrationTest {

    /** What a client might send that must not be written to the log: a personnummer. */
    private static final String SENT = "19850417-2381";

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;
    @Autowired
    UserService users;
    @Autowired
    AppUserRepository repository;
    @Autowired
    PasswordEncoder encoder;

    /** Sends bytes as they are, no client library in between to correct them; returns the raw answer. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void a_request_tomcat_cannot_parse_gets_the_security_headers_and_is_not_quoted_in_the_log(CapturedOutput output)
            throws Exception {
        String[] malformed = {
            "GET /deltagare/{" + SENT + "} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /%zz" + SENT + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: " + SENT + "\r\nConnection: close\r\n\r\n",
            SENT + "\r\n\r\n",
        };
        for (String request : malformed) {
            String answer = raw(request);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            assertThat(head).as(request).startsWith("HTTP/1.1 400")
                    .contains("Content-Security-Policy: " + SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
                    .contains("X-Frame-Options: DENY")
                    .contains("X-Content-Type-Options: nosniff")
                    .contains("Referrer-Policy: same-origin");
            assertThat(answer).as("no server version or report").doesNotContain("Apache Tomcat")
                    .doesNotContain("Exception");
        }
        assertThat(output.getAll()).doesNotContain(SENT);
    }

    @Test
    void a_value_that_does_not_convert_is_not_quoted_in_the_log(CapturedOutput output) throws Exception {
        loginAs("malformed-admin", Role.ADMIN);
        String username = "api-" + Long.toString(System.nanoTime(), 36);
        String password = "Ett långt lösenord för api";
        users.create(new UserDraft(username, "Api Användare", null, Set.of(Role.SAMORDNARE), Set.of()));
        AppUser user = repository.findWithRolesByUsername(username).orElseThrow();
        user.passwordChanged(encoder.encode(password), Instant.now());
        repository.saveAndFlush(user);
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();
        for (String query : new String[] {
            "/api/rapporter/1?fran=" + SENT + "&till=2025-12-31",
            "/api/rapporter/" + SENT.replace("-", "") + "9999?fran=2025-01-01&till=2025-12-31",
            "/api/rapporter/1?fran=2025-01-01&till=2025-12-31&slag=" + SENT,
        }) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + query))
                    .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(query).isGreaterThanOrEqualTo(400);
            assertThat(r.body()).as(query).doesNotContain("Exception");
        }
        // A parameter that does not decode (no client library sends that).
        assertThat(raw("GET /api/rapporter/1?fran=2025-01-01&till=2025-12-31&x=%zz" + SENT + " HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: " + basic + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 4");
        assertThat(output.getAll()).doesNotContain(SENT).doesNotContain(SENT.replace("-", ""));
    }

    @Test
    void the_session_id_travels_in_the_cookie_only_never_in_an_address() throws Exception {
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : new String[] {"/", "/deltagare", "/deltagare/1", "/login"}) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Location").orElse("")).as(page).doesNotContainIgnoringCase("jsessionid");
            assertThat(r.body()).as(page).doesNotContainIgnoringCase(";jsessionid=");
        }
    }
}
