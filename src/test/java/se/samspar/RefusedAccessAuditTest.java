package se.samspar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.base.Role;
import se.samspar.base.ui.NotFoundView;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;
import se.samspar.session.SeriesPlan;
import se.samspar.security.UserService;

/**
 * Someone of another programme tries the addresses of this one's group, session, questionnaire
 * form, report draft and report API: each is refused as "not found" and each attempt is in the
 * audit log as Nekad åtkomst, with who and what.
 */
class RefusedAccessAuditTest extends IntegrationTest {

    @Autowired
    GroupService groups;
    @Autowired
    ReportService reports;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private long programmeId;
    private long groupId;
    private long sessionId;
    private long enrolmentId;
    private long draftId;
    private String[] outsider;

    @BeforeEach
    void aProgrammeWithAGroupASessionAParticipantAndADraft() {
        programmeId = newProgramme("Nekad", ProgrammeKind.BOTH, 5);
        String staff = newStaff("Nora Nekad", programmeId)[0];
        enrolmentId = startedParticipant(staff, programmeId, "Nils", "Nekad", Kon.MAN, LocalDate.of(2025, 2, 3));
        loginAs(newCoordinator("Nanna Nekad", programmeId)[0], Role.SAMORDNARE);
        LocalDate monday = LocalDate.of(2025, 3, 3);
        groupId = groups.createGroup(new GroupDraft(programmeId, "Nekad grupp", monday, null,
                Set.of(users.staffOf(programmeId).getFirst().id()), null, null, null, null, false, null)).getId();
        sessionId = groups.generateSeries(groupId, SeriesPlan.weekly(monday, 1, Set.of(DayOfWeek.MONDAY),
                LocalTime.of(9, 0), LocalTime.of(10, 0), false), "Nekad").getFirst().getId();
        draftId = reports.createDraft(programmeId, ReportKind.DELAR, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30)).getId();
        outsider = newCoordinator("Olle Utanför", newProgramme("Annat program", ProgrammeKind.BOTH, 5));
    }

    @Test
    void another_programmes_group_session_form_and_draft_are_refused_and_each_refusal_is_logged() {
        loginAs(outsider[0], Role.SAMORDNARE);
        for (String path : List.of("grupper/" + groupId, "narvaro/" + sessionId, "enkat-svar/" + enrolmentId,
                "rapporter/" + draftId)) {
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView()).as(path).isInstanceOf(NotFoundView.class);
        }
        assertThat(refusalsOf(outsider[0])).containsExactly("grupper/" + groupId, "narvaro/" + sessionId,
                "enkat-svar/" + enrolmentId, "rapporter/" + draftId);
        assertThat(jdbc.queryForObject("SELECT enrolment_id FROM audit_entry WHERE username = ? AND details LIKE 'enkat%'",
                Long.class, outsider[0])).isEqualTo(enrolmentId);
    }

    @Test
    void a_refused_call_of_the_report_api_is_logged() throws Exception {
        loginAs(outsider[0], Role.SAMORDNARE);
        users.changeOwnPassword(outsider[1], "Utanför-programmet-2025", "Utanför-programmet-2025");
        String basic = Base64.getEncoder().encodeToString((outsider[0] + ":Utanför-programmet-2025")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + port + "/api/rapporter/" + programmeId + "?fran=2025-01-01&till=2025-06-30"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(refusalsOf(outsider[0])).containsExactly("api /api/rapporter/" + programmeId);
    }

    private List<String> refusalsOf(String username) {
        return jdbc.queryForList("SELECT details FROM audit_entry WHERE username = ? AND action = 'REFUSED' ORDER BY id",
                String.class, username);
    }
}
