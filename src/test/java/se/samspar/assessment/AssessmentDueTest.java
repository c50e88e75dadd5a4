package se.samspar.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspar.assessment.AssessmentDue.Due;
import se.samspar.assessment.AssessmentDue.Made;
import se.samspar.assessment.AssessmentDue.What;
import se.samspar.assessment.AssessmentFacts.Kind;

class AssessmentDueTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static java.util.Optional<Due> on(LocalDate today, List<Made> made) {
        return AssessmentDue.of(START, null, made, today, 4, 12);
    }

    @Test
    void the_start_assessment_is_due_from_the_start_and_overdue_after_four_weeks() {
        assertThat(on(START, List.of())).contains(new Due(What.START, START.plusWeeks(4), false));
        assertThat(on(START.plusWeeks(4), List.of())).contains(new Due(What.START, START.plusWeeks(4), false));
        assertThat(on(START.plusWeeks(4).plusDays(1), List.of()))
                .contains(new Due(What.START, START.plusWeeks(4), true));
    }

    @Test
    void a_follow_up_is_listed_a_week_before_twelve_weeks_after_the_latest_assessment() {
        List<Made> made = List.of(new Made(START.plusDays(10), Kind.START));
        LocalDate due = START.plusDays(10).plusWeeks(12);
        assertThat(on(due.minusDays(8), made)).isEmpty();
        assertThat(on(due.minusDays(7), made)).contains(new Due(What.FOLLOW_UP, due, false));
        assertThat(on(due.plusDays(1), made)).contains(new Due(What.FOLLOW_UP, due, true));
    }

    @Test
    void nothing_is_due_once_exited_or_assessed_at_exit_or_before_the_start() {
        assertThat(AssessmentDue.of(START, START.plusWeeks(2), List.of(), START.plusWeeks(8), 4, 12)).isEmpty();
        assertThat(on(START.plusWeeks(8), List.of(new Made(START.plusWeeks(6), Kind.EXIT)))).isEmpty();
        assertThat(on(START.minusDays(1), List.of())).isEmpty();
        assertThat(AssessmentDue.of(null, null, List.of(), START, 4, 12)).isEmpty();
    }
}
