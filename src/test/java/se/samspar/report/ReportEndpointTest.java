package se.samspar.report;

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
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.security.UserService;

/** The report without the UI: a scheduled run fetches the PDF with a coordinator's account. */
class ReportEndpointTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private HttpResponse<byte[]> get(String path, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_coordinator_account_fetches_the_boards_pdfs_and_bad_requests_are_explained() throws Exception {
        long programmeId = newProgramme("Schemalagd rapport", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 4);
        String[] coordinator = newCoordinator("Schema Samordnare", programmeId);
        String staff = newStaff("Schema Personal", programmeId)[0];
        startedParticipant(staff, programmeId, "Sara", "Schema", Kon.KVINNA, LocalDate.of(2025, 2, 3));
        String path = "/api/rapporter/" + programmeId + "?fran=2025-01-01&till=2025-06-30";

        // A one-time password still to be changed opens nothing.
        assertThat(get(path, coordinator[0], coordinator[1]).statusCode()).isEqualTo(403);
        loginAs(coordinator[0], Role.SAMORDNARE);
        users.changeOwnPassword(coordinator[1], "Schemalagd-rapport-2025", "Schemalagd-rapport-2025");

        HttpResponse<byte[]> ok = get(path, coordinator[0], "Schemalagd-rapport-2025");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(ok.headers().firstValue("X-Content-SHA256")).contains(se.samspar.base.Sha256.hex(ok.body()));
        assertThat(ReportPdfTest.text(ok.body())).contains("JANUARI – JUNI 2025", "styrelsens version",
                "Under perioden har <3 deltagare startat");
        // Every PDF made is in the audit log, by whom, which version and its checksum.
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE action = 'PDF' AND username = ?",
                String.class, coordinator[0])).anySatisfy(d -> assertThat(d).contains("styrelsens version",
                "2025-01-01–2025-06-30", ok.headers().firstValue("X-Content-SHA256").orElseThrow()));

        assertThat(get(path, coordinator[0], "fel-lösenord").statusCode()).isEqualTo(401);
        HttpResponse<byte[]> backwards = get("/api/rapporter/" + programmeId + "?fran=2025-06-30&till=2025-01-01",
                coordinator[0], "Schemalagd-rapport-2025");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(new String(backwards.body(), StandardCharsets.UTF_8))
                .isEqualTo("to: Slutdatum kan inte vara före startdatum\n");
        // Bad dates, kinds and periods are answered 400 with what is wrong, never an empty 403.
        String pw = "Schemalagd-rapport-2025";
        HttpResponse<byte[]> badDate = get("/api/rapporter/" + programmeId + "?fran=2025-13-01&till=2025-06-30",
                coordinator[0], pw);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(new String(badDate.body(), StandardCharsets.UTF_8)).isEqualTo("fran: ska vara ett datum som 2018-12-31\n");
        HttpResponse<byte[]> badKind = get(path + "&slag=KVARTAL", coordinator[0], pw);
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(new String(badKind.body(), StandardCharsets.UTF_8)).startsWith("slag: ska vara ett av DELAR, HELAR");
        HttpResponse<byte[]> missing = get("/api/rapporter/" + programmeId + "?fran=2025-01-01", coordinator[0], pw);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).startsWith("till: ");
        HttpResponse<byte[]> decade = get("/api/rapporter/" + programmeId + "?fran=2000-01-01&till=2025-06-30",
                coordinator[0], pw);
        assertThat(decade.statusCode()).isEqualTo(400);
        assertThat(new String(decade.body(), StandardCharsets.UTF_8)).isEqualTo("to: En period kan vara högst 10 år\n");
        assertThat(get("/api/rapporter/abc?fran=2025-01-01&till=2025-06-30", coordinator[0], pw).statusCode())
                .isEqualTo(400);

        // The board's statistics without the UI too, in the board's version or the full one.
        HttpResponse<byte[]> board = get("/api/statistik?fran=2025-01-01&till=2025-06-30", coordinator[0], pw);
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(ReportPdfTest.text(board.body())).contains("KÖNSUPPDELAD STATISTIK", "styrelsens version");
        HttpResponse<byte[]> full = get("/api/statistik?fran=2025-01-01&till=2025-06-30&styrelse=false&jamfor=true",
                coordinator[0], pw);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(ReportPdfTest.text(full.body())).contains("KÖNSUPPDELAD STATISTIK").doesNotContain("styrelsens version");
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE action = 'PDF' AND username = ?",
                String.class, coordinator[0])).anySatisfy(d -> assertThat(d).startsWith("könsuppdelad statistik")
                .contains("fullständig version"));
        assertThat(get("/api/statistik?fran=2025-06-30&till=2025-01-01", coordinator[0], pw).statusCode())
                .isEqualTo(400);
        String[] staffAccount = newStaff("Schema Personal 2", programmeId);
        loginAs(staffAccount[0], Role.PERSONAL);
        users.changeOwnPassword(staffAccount[1], "Personal-utan-statistik-1", "Personal-utan-statistik-1");
        assertThat(get("/api/statistik?fran=2025-01-01&till=2025-06-30", staffAccount[0], "Personal-utan-statistik-1")
                .statusCode()).as("staff make no statistics").isEqualTo(403);

        long other = newProgramme("Annans program", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 4);
        assertThat(get("/api/rapporter/" + other + "?fran=2025-01-01&till=2025-06-30", coordinator[0],
                "Schemalagd-rapport-2025").statusCode()).isEqualTo(403);
    }
}
