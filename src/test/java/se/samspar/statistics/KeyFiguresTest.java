package se.samspar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.report.EnrolmentFacts;

/** The dashboard's figures for the year so far, and their chart. */
class KeyFiguresTest {

    private static EnrolmentFacts enrolment(long id, LocalDate start, LocalDate end, String reason) {
        return new EnrolmentFacts(id, id, Kon.KVINNA, 1990, null, start, end, reason == null ? Set.of() : Set.of(reason),
                null, Set.of(), null, false);
    }

    @Test
    void active_today_started_and_exited_this_year_month_by_month() {
        LocalDate today = LocalDate.of(2026, 4, 15);
        List<EnrolmentFacts> all = List.of(
                enrolment(1, LocalDate.of(2025, 11, 1), null, null),
                enrolment(2, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 20), ExitReasons.ARBETE),
                enrolment(3, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), ExitReasons.SJUKDOM),
                enrolment(4, LocalDate.of(2026, 4, 1), null, null),
                enrolment(5, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), ExitReasons.FELREGISTRERING));
        KeyFigures k = KeyFigures.of(7, "Förrehab", all, today);
        assertThat(k.activeToday()).isEqualTo(2);
        assertThat(k.started()).isEqualTo(3);
        assertThat(k.exited()).isEqualTo(2);
        assertThat(k.toWorkOrStudiesPercent()).contains(50);
        assertThat(k.startedPerMonth()).containsExactly(1, 1, 0, 1);
        assertThat(k.exitedPerMonth()).containsExactly(0, 0, 2, 0);
        String svg = MonthlyChart.svg(k, 320, 160);
        assertThat(svg).startsWith("<svg").contains("jan", "apr", "Startade", "Avslutade").doesNotContain(">maj<");
    }
}
