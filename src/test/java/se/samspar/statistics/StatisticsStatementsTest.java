package se.samspar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.SqlStatements;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;

/**
 * The board's statistics, the dashboard and the Finsam counts cover every programme, and read the
 * same number of statements for more programmes (no statement per programme).
 */
class StatisticsStatementsTest extends IntegrationTest {

    @Autowired
    StatisticsService statistics;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void statistics_read_a_fixed_number_of_statements_however_many_programmes() {
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2022, 12, 31);
        long first = programmeWithParticipant("Statistiksatser A");
        loginAs("test-admin", Role.ADMIN);
        long forFewer = SqlStatements.selects(jdbc, () -> statistics.statistics(from, to, true));
        long finsamForFewer = SqlStatements.selects(jdbc, () -> statistics.finsam(from, to));
        long dashboardForFewer = SqlStatements.selects(jdbc, () -> statistics.keyFigures(to));

        long second = programmeWithParticipant("Statistiksatser B");
        long third = programmeWithParticipant("Statistiksatser C");
        loginAs("test-admin", Role.ADMIN);
        StatisticsService.Statistics[] result = new StatisticsService.Statistics[1];
        long forMore = SqlStatements.selects(jdbc, () -> result[0] = statistics.statistics(from, to, true));

        // Two periods: the exits, the programmes' facts and headcounts, and the assessments (five statements each).
        assertThat(forMore).isEqualTo(forFewer).isLessThanOrEqualTo(36);
        assertThat(SqlStatements.selects(jdbc, () -> statistics.finsam(from, to))).isEqualTo(finsamForFewer);
        assertThat(SqlStatements.selects(jdbc, () -> statistics.keyFigures(to))).isEqualTo(dashboardForFewer);
        // Each new programme's participant is counted, under the programme's own name (in the Finsam
        // counts of active participants: nobody exited, so the per-programme table of the exited has no row).
        for (long id : new long[] {first, second, third}) {
            String name = jdbc.queryForObject("SELECT name FROM programme WHERE id = ?", String.class, id);
            assertThat(result[0].finsam()).filteredOn(c -> c.programme().equals(name))
                    .singleElement().satisfies(c -> assertThat(c.women()).isEqualTo(1));
            assertThat(result[0].programmes()).noneMatch(c -> c.programme().equals(name));
        }
    }

    private long programmeWithParticipant(String name) {
        long programmeId = newProgramme(name, ProgrammeKind.INDIVIDUAL, 10);
        String staff = newStaff("Sara Sats", programmeId)[0];
        startedParticipant(staff, programmeId, "Siv", "Sats", Kon.KVINNA, LocalDate.of(2022, 3, 1));
        return programmeId;
    }
}
