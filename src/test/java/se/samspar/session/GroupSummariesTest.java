package se.samspar.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.SqlStatements;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;

/** The report's group section reads the same few statements for two groups as for eight (no N+1). */
class GroupSummariesTest extends IntegrationTest {

    @Autowired
    AttendanceService attendance;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_group_summaries_read_a_fixed_number_of_statements_however_many_groups() {
        long few = programmeWithGroups(2);
        long many = programmeWithGroups(8);
        loginAs(newCoordinator("Greta Grupp", few, many)[0], Role.SAMORDNARE);
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2021, 12, 31);
        List<AttendanceService.GroupSummary>[] result = new List[2];

        long forFew = SqlStatements.selects(jdbc, () -> result[0] = attendance.summaries(few, from, to));
        long forMany = SqlStatements.selects(jdbc, () -> result[1] = attendance.summaries(many, from, to));

        assertThat(result[0]).hasSize(2);
        assertThat(result[1]).hasSize(8).allSatisfy(g -> {
            assertThat(g.firstSession()).isNotNull();
            assertThat(g.figures().toString()).isNotBlank();
        });
        assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(6);
    }

    /**
     * A programme whose groups each met three times in 2021 with one member who came twice (2021:
     * every birth date startedParticipant draws is of working age then).
     */
    private long programmeWithGroups(int groups) {
        long programmeId = newProgramme("Gruppsammanfattning", ProgrammeKind.INDIVIDUAL, 20);
        String staff = newStaff("Gustav Grupp", programmeId)[0];
        for (int g = 0; g < groups; g++) {
            long enrolment = startedParticipant(staff, programmeId, "Gun", "Grupp" + g, Kon.KVINNA, LocalDate.of(2021, 2, 1));
            LocalDate start = LocalDate.of(2021, 2, 8).plusWeeks(g);
            jdbc.update("INSERT INTO group_round (programme_id, name, start_date) VALUES (?, ?, ?)", programmeId,
                    "Grupp " + g, start);
            long group = jdbc.queryForObject("SELECT MAX(id) FROM group_round WHERE programme_id = ?", Long.class, programmeId);
            jdbc.update("INSERT INTO group_member (group_id, enrolment_id, joined) VALUES (?, ?, ?)", group, enrolment, start);
            for (int s = 0; s < 3; s++) {
                jdbc.update("INSERT INTO group_session (group_id, number, session_date, start_time, end_time) "
                        + "VALUES (?, ?, ?, '09:00', '11:00')", group, s + 1, start.plusWeeks(s));
                long session = jdbc.queryForObject("SELECT MAX(id) FROM group_session", Long.class);
                if (s < 2) {
                    jdbc.update("INSERT INTO attendance (session_id, enrolment_id, status) VALUES (?, ?, 'NARVARANDE')",
                            session, enrolment);
                }
            }
        }
        return programmeId;
    }
}
