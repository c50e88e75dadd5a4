package se.samspar.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;
import se.samspar.security.UserService;

/** Automation reads what the year's annual report holds, fetches its PDF and publishes it; all in the audit log. */
class AnnualReportEndpointTest extends IntegrationTest {

    static final int YEAR = 2013;

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> call(String method, String path, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_account_of_the_forbund_previews_and_publishes_and_the_board_account_is_refused() throws Exception {
        String[] coordinator = newCoordinator("Automat Årsrapport");
        loginAs(coordinator[0], Role.SAMORDNARE);
        users.changeOwnPassword(coordinator[1], "Arsrapport-automat-2013", "Arsrapport-automat-2013");
        String pw = "Arsrapport-automat-2013";

        HttpResponse<String> empty = call("POST", "/api/arsrapport/" + YEAR, coordinator[0], pw);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).isEqualTo("parts: Årsrapporten för 2013 har ingen del att ta med.\n");

        loginAs(coordinator[0], Role.SAMORDNARE);
        reports.publishForbund(ReportKind.INDIKATORER, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                "Indikatorer", AnnualFixtures.indicators(YEAR));
        HttpResponse<String> overview = call("GET", "/api/arsrapport/" + YEAR, coordinator[0], pw);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("\"key\":\"INDIKATORER\"",
                "Förbundet: ingen publicerad könsuppdelad statistik för 2013");
        HttpResponse<String> pdf = call("GET", "/api/arsrapport/" + YEAR + "/pdf", coordinator[0], pw);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");

        HttpResponse<String> published = call("POST", "/api/arsrapport/" + YEAR, coordinator[0], pw);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("\"version\":1", "\"sha256\":\"");
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE username = ? ORDER BY id", String.class,
                coordinator[0])).anySatisfy(d -> assertThat(d).startsWith("api årsrapport 2013"))
                .anySatisfy(d -> assertThat(d).startsWith("årsrapport 2013, förhandsgranskning, SHA-256"))
                .anySatisfy(d -> assertThat(d).startsWith("årsrapport 2013 publicerad, version 1"));

        String[] board = newUser(Role.STYRELSE, "Styrelse Automat");
        loginAs(board[0], Role.STYRELSE);
        users.changeOwnPassword(board[1], "Styrelse-automat-2013", "Styrelse-automat-2013");
        HttpResponse<String> refused = call("POST", "/api/arsrapport/" + YEAR, board[0], "Styrelse-automat-2013");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("Du har inte behörighet till förbundets årsrapport.\n");
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE action = 'REFUSED' AND username = ?",
                String.class, board[0])).containsExactly("api /api/arsrapport/" + YEAR);
        loginAs(coordinator[0], Role.SAMORDNARE);
        assertThat(reports.publishedIn(YEAR)).filteredOn(e -> e.kind() == ReportKind.ARSRAPPORT).hasSize(1);
    }
}
