package se.samspar.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;

/**
 * The stegförflyttning figures over a small population whose changes are written out by hand.
 * Period 2018-07-01 – 2018-12-31, dimensions HALSA and MOTIVATION; "steps" and scores are exit
 * minus start.
 *
 * <pre>
 * #  who              start      → end         band  exit reason  support at start   steps  HALSA  MOTIV.
 * 1  woman            2018-03-01 → 2018-08-15  ≤6    ARBETE       AE                  2→5 +3  +2     +1
 * 2  woman            2018-01-10 → 2018-10-01  6–12  SJUKDOM      FS                  3→3  0   0     +2   (follow-up at 4 is not the exit)
 * 3  man              2017-06-01 → 2018-11-30  >12   FORTS_REHAB  FS, SP              1→3 +2  +1     +2   (first of two starts, last of two exits)
 * 4  man              2018-05-01 → 2018-09-30  ≤6    STUDIER      none                4→3 −1  −1     +1
 * 5  anonymous woman  2018-02-01 → 2018-12-20  6–12  FLYTT        AS                  2→4 +2  +1     –    (no MOTIVATION at start)
 * 6  woman            2018-04-01 → 2018-07-15        ARBETE                           exit only: not assessed
 * 7  man              registered by mistake (FELREGISTRERING): never counted
 * 8  woman            still active: not exited
 * 9  man              2018-01-01 → 2018-05-31        OVRIGT                           2→4 +2: the previous half-year
 * </pre>
 */
class StepFiguresTest {

    private static final LocalDate FROM = LocalDate.of(2018, 7, 1);
    private static final LocalDate TO = LocalDate.of(2018, 12, 31);
    private static final List<String> DIMENSIONS = List.of("HALSA", "MOTIVATION");

    static List<AssessmentFacts> population() {
        List<AssessmentFacts> facts = new ArrayList<>();
        facts.add(enrolment(1, Kon.KVINNA, false, "2018-03-01", "2018-08-15", Set.of(ExitReasons.ARBETE),
                Set.of("AKTIVITETSERSATTNING"), start("2018-03-05", 2, 2, 3), exit("2018-08-15", 5, 4, 4)));
        facts.add(enrolment(2, Kon.KVINNA, false, "2018-01-10", "2018-10-01", Set.of(ExitReasons.SJUKDOM),
                Set.of("FORSORJNINGSSTOD"), start("2018-01-15", 3, 3, 2),
                new AssessmentFacts.Assessment(LocalDate.parse("2018-05-01"), AssessmentFacts.Kind.FOLLOW_UP, 4,
                        Map.of("HALSA", 4, "MOTIVATION", 4)), exit("2018-10-01", 3, 3, 4)));
        facts.add(enrolment(3, Kon.MAN, false, "2017-06-01", "2018-11-30", Set.of(ExitReasons.FORTSATT_REHABILITERING),
                Set.of("FORSORJNINGSSTOD", "SJUKPENNING"), start("2017-06-05", 1, 1, 1), start("2017-07-01", 2, 2, 2),
                exit("2018-11-20", 2, 2, 2), exit("2018-11-30", 3, 2, 3)));
        facts.add(enrolment(4, Kon.MAN, false, "2018-05-01", "2018-09-30", Set.of(ExitReasons.STUDIER), Set.of(),
                start("2018-05-02", 4, 4, 4), exit("2018-09-30", 3, 3, 5)));
        facts.add(enrolment(5, Kon.KVINNA, true, "2018-02-01", "2018-12-20", Set.of(ExitReasons.FLYTT),
                Set.of("AKTIVITETSSTOD"), new AssessmentFacts.Assessment(LocalDate.parse("2018-02-02"),
                        AssessmentFacts.Kind.START, 2, Map.of("HALSA", 2)), exit("2018-12-20", 4, 3, 3)));
        facts.add(enrolment(6, Kon.KVINNA, false, "2018-04-01", "2018-07-15", Set.of(ExitReasons.ARBETE), Set.of(),
                exit("2018-07-15", 6, 5, 5)));
        facts.add(enrolment(7, Kon.MAN, false, "2018-03-01", "2018-08-01", Set.of(ExitReasons.FELREGISTRERING),
                Set.of(), start("2018-03-01", 1, 1, 1), exit("2018-08-01", 7, 5, 5)));
        facts.add(enrolment(8, Kon.KVINNA, false, "2018-06-01", null, Set.of(), Set.of(), start("2018-06-01", 2, 2, 2)));
        facts.add(enrolment(9, Kon.MAN, false, "2018-01-01", "2018-05-31", Set.of(ExitReasons.OVRIGT), Set.of(),
                start("2018-01-02", 2, 2, 2), exit("2018-05-31", 4, 3, 3)));
        return facts;
    }

    private static AssessmentFacts enrolment(long id, Kon kon, boolean anonymous, String start, String end,
                                             Set<String> reasons, Set<String> support,
                                             AssessmentFacts.Assessment... assessments) {
        return new AssessmentFacts(id, 100 + id, kon, anonymous, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), reasons, support, List.of(assessments));
    }

    private static AssessmentFacts.Assessment start(String day, int step, int halsa, int motivation) {
        return new AssessmentFacts.Assessment(LocalDate.parse(day), AssessmentFacts.Kind.START, step,
                Map.of("HALSA", halsa, "MOTIVATION", motivation));
    }

    private static AssessmentFacts.Assessment exit(String day, int step, int halsa, int motivation) {
        return new AssessmentFacts.Assessment(LocalDate.parse(day), AssessmentFacts.Kind.EXIT, step,
                Map.of("HALSA", halsa, "MOTIVATION", motivation));
    }

    private static Optional<BigDecimal> dec(String value) {
        return Optional.of(new BigDecimal(value));
    }

    private static StepFigures.Figures figures() {
        return StepFigures.of(population(), FROM, TO, DIMENSIONS);
    }

    @Test
    void counts_the_enrolments_that_exited_in_the_period_with_both_a_start_and_an_exit_assessment() {
        StepFigures.Figures f = figures();
        // Exited: 1–6 (7 was registered by mistake, 8 is active, 9 exited before); named 1, 2, 3, 4, 6.
        assertThat(f.exited()).isEqualTo(6);
        assertThat(f.exitedNamed()).isEqualTo(5);
        assertThat(f.exitedWomen()).isEqualTo(3);
        assertThat(f.exitedMen()).isEqualTo(2);
        // Assessed at both: 1–5 (6 has no start assessment).
        StepFigures.Group all = f.all().total();
        assertThat(all.assessed()).isEqualTo(5);
        assertThat(all.movedUp()).isEqualTo(3);
        assertThat(all.percentUp()).contains(60);
    }

    @Test
    void compares_the_first_start_assessment_with_the_last_exit_assessment() {
        StepFigures.Group all = figures().all().total();
        // Steps: +3, 0, +2 (#3: 1 → 3, not 2 → 2), −1, +2 = 6 / 5 = 1,2.
        assertThat(all.meanSteps()).isEqualTo(dec("1.2"));
        // HALSA: +2, 0, +1, −1, +1 = 3 / 5 = 0,6; MOTIVATION over the four with both: +1, +2, +2, +1 = 6 / 4 = 1,5.
        assertThat(all.meanByDimension()).containsEntry("HALSA", dec("0.6")).containsEntry("MOTIVATION", dec("1.5"));
        assertThat(all.assessedByDimension()).containsEntry("HALSA", 5).containsEntry("MOTIVATION", 4);
    }

    @Test
    void splits_by_kon_without_the_anonymous_who_still_count_in_the_total() {
        StepFigures.Breakdown b = figures().all();
        // Women #1, #2: up 1 of 2, (3 + 0) / 2 = 1,5. Men #3, #4: up 1 of 2, (2 − 1) / 2 = 0,5. Anonymous #5.
        assertThat(b.women().assessed()).isEqualTo(2);
        assertThat(b.women().movedUp()).isEqualTo(1);
        assertThat(b.women().meanSteps()).isEqualTo(dec("1.5"));
        assertThat(b.men().assessed()).isEqualTo(2);
        assertThat(b.men().movedUp()).isEqualTo(1);
        assertThat(b.men().meanSteps()).isEqualTo(dec("0.5"));
        assertThat(b.anonymous().assessed()).isEqualTo(1);
        assertThat(b.women().assessed() + b.men().assessed() + b.anonymous().assessed())
                .isEqualTo(b.total().assessed());
    }

    @Test
    void a_person_with_several_kinds_of_support_counts_under_each() {
        StepFigures.Breakdown b = figures().all();
        // FS: #2 (0) and #3 (+2): 2, up 1, mean 1,0; SP: #3 only; none registered: #4 (−1).
        assertThat(b.bySupport()).containsOnlyKeys("AKTIVITETSERSATTNING", "AKTIVITETSSTOD", "FORSORJNINGSSTOD",
                "SJUKPENNING", StepFigures.NO_SUPPORT);
        assertThat(b.bySupport().get("FORSORJNINGSSTOD").assessed()).isEqualTo(2);
        assertThat(b.bySupport().get("FORSORJNINGSSTOD").movedUp()).isEqualTo(1);
        assertThat(b.bySupport().get("FORSORJNINGSSTOD").meanSteps()).isEqualTo(dec("1.0"));
        assertThat(b.bySupport().get("SJUKPENNING").assessed()).isEqualTo(1);
        assertThat(b.bySupport().get(StepFigures.NO_SUPPORT).meanSteps()).isEqualTo(dec("-1.0"));
        // Each person in exactly one combination: {AE}, {FS}, {FS, SP}, {none}, {AS}.
        assertThat(b.supportCombinations()).hasSize(5).containsKey(Set.of("FORSORJNINGSSTOD", "SJUKPENNING"));
        assertThat(b.supportCombinations().values().stream().mapToInt(StepFigures.Group::assessed).sum()).isEqualTo(5);
    }

    @Test
    void bands_the_time_in_the_programme_by_exact_duration() {
        StepFigures.Breakdown b = figures().all();
        // Up to 6 months: #1 (5½) and #4 (5): +3 and −1 = 1,0. 6–12: #2 (8½) and #5 (10½): 0 and +2 = 1,0. Over 12: #3.
        assertThat(b.byTime()).extracting(StepFigures.Group::assessed).containsExactly(2, 2, 1);
        assertThat(b.byTime()).extracting(StepFigures.Group::movedUp).containsExactly(1, 1, 1);
        assertThat(b.byTime()).extracting(StepFigures.Group::meanSteps)
                .containsExactly(dec("1.0"), dec("1.0"), dec("2.0"));
        assertThat(b.timeUnknown().assessed()).isZero();
        // Exactly six months is still "up to 6".
        assertThat(StepFigures.timeBand(new AssessmentFacts(1, 1, Kon.MAN, false, LocalDate.of(2018, 1, 15),
                LocalDate.of(2018, 7, 15), Set.of(), Set.of(), List.of()))).isZero();
    }

    @Test
    void the_same_for_those_who_did_not_exit_to_work_or_studies() {
        StepFigures.Breakdown b = figures().notToWorkOrStudies();
        // Without #1 (work) and #4 (studies): #2, #3, #5; up 2 of 3 = 67 %, steps (0 + 2 + 2) / 3 = 1,33 → 1,3.
        assertThat(b.total().assessed()).isEqualTo(3);
        assertThat(b.total().movedUp()).isEqualTo(2);
        assertThat(b.total().percentUp()).contains(67);
        assertThat(b.total().meanSteps()).isEqualTo(dec("1.3"));
        // HALSA (0 + 1 + 1) / 3 = 0,67 → 0,7; MOTIVATION (+2 + 2) / 2 = 2,0 (#5 has none at start).
        assertThat(b.total().meanByDimension()).containsEntry("HALSA", dec("0.7")).containsEntry("MOTIVATION", dec("2.0"));
        assertThat(b.women().assessed()).isEqualTo(1);
        assertThat(b.men().movedUp()).isEqualTo(1);
    }

    @Test
    void the_previous_period_is_the_same_function_on_its_days() {
        StepFigures.Figures before = StepFigures.of(population(), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30),
                DIMENSIONS);
        // Only #9 exited then: 2 → 4.
        assertThat(before.exited()).isEqualTo(1);
        assertThat(before.all().total().assessed()).isEqualTo(1);
        assertThat(before.all().total().meanSteps()).isEqualTo(dec("2.0"));
        assertThat(before.notToWorkOrStudies().total().assessed()).isEqualTo(1);
    }

    @Test
    void no_one_assessed_gives_no_means_and_no_share() {
        StepFigures.Figures none = StepFigures.of(List.of(), FROM, TO, DIMENSIONS);
        assertThat(none.noneAssessed()).isTrue();
        assertThat(none.all().total().meanSteps()).isEmpty();
        assertThat(none.all().total().percentUp()).isEmpty();
        assertThat(none.all().total().meanByDimension()).containsEntry("HALSA", Optional.empty());
        assertThat(none.all().byTime()).hasSize(3);
    }

    @Test
    void means_have_one_decimal_rounded_half_away_from_zero() {
        assertThat(StepFigures.mean(List.of(1, 0, 0, 0))).isEqualTo(dec("0.3"));
        assertThat(StepFigures.mean(List.of(-1, 0, 0, 0))).isEqualTo(dec("-0.3"));
        assertThat(StepFigures.mean(List.of(2, 1, 1))).isEqualTo(dec("1.3"));
    }
}
