package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;

/** The report's figures against Förrehabilitering's report for October–December 2018. */
class ReportFiguresTest {

    private static final Period Q4_2018 = new Period(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31));

    private static EnrolmentFacts exited(int n, Kon kon, int age, String education, int years, Set<String> support,
                                         String reason) {
        LocalDate end = LocalDate.of(2018, 12, 14);
        return new EnrolmentFacts(n, n, kon, end.getYear() - age, end.minusYears(age).minusDays(10),
                LocalDate.of(2018, 10, 8), end, Set.of(reason), education, support, years, false);
    }

    /** The nine who exited: 5 women and 4 men, 23–56 years, and the rest as the report gives them. */
    static List<EnrolmentFacts> förrehab2018() {
        List<EnrolmentFacts> f = new ArrayList<>(List.of(
                exited(1, Kon.KVINNA, 23, "GRUNDSKOLA", 3, Set.of("FORSORJNINGSSTOD", "AKTIVITETSSTOD"), ExitReasons.SJUKDOM),
                exited(2, Kon.KVINNA, 27, "GRUNDSKOLA", 4, Set.of("AKTIVITETSERSATTNING"), ExitReasons.SJUKDOM),
                exited(3, Kon.KVINNA, 31, "GRUNDSKOLA", 5, Set.of("AKTIVITETSERSATTNING", "AKTIVITETSSTOD"),
                        ExitReasons.SJUKDOM),
                exited(4, Kon.KVINNA, 35, "GYMNASIUM", 5, Set.of("SJUKPENNING"), ExitReasons.FORTSATT_REHABILITERING),
                exited(5, Kon.KVINNA, 40, "HOGSKOLA", 6, Set.of("SJUKPENNING"), ExitReasons.FORTSATT_REHABILITERING),
                exited(6, Kon.MAN, 44, "HOGSKOLA", 10, Set.of("FORSORJNINGSSTOD"), ExitReasons.FORTSATT_REHABILITERING),
                exited(7, Kon.MAN, 46, "GRUNDSKOLA", 12, Set.of("A_KASSA"), ExitReasons.FORTSATT_REHABILITERING),
                exited(8, Kon.MAN, 50, "GRUNDSKOLA", 15, Set.of("FORSORJNINGSSTOD", "AKTIVITETSSTOD"),
                        ExitReasons.FORTSATT_REHABILITERING),
                exited(9, Kon.MAN, 56, "GRUNDSKOLA", 20, Set.of(), ExitReasons.UTAN_MATNING)));
        // Four more started in the period and go on into 2019; the thirteenth start was over budget.
        for (int n = 10; n <= 13; n++) {
            f.add(new EnrolmentFacts(n, n, Kon.MAN, 1980, null, LocalDate.of(2018, 11, 5), null, Set.of(), null,
                    Set.of(), null, n == 13));
        }
        // A wrong registration counts nowhere.
        f.add(new EnrolmentFacts(14, 14, Kon.KVINNA, 1990, null, LocalDate.of(2018, 10, 8), LocalDate.of(2018, 10, 9),
                Set.of(ExitReasons.FELREGISTRERING), "GYMNASIUM", Set.of("INGEN"), 1, false));
        return f;
    }

    static ReportFigures.Layout layout(AgeBands ages) {
        return new ReportFigures.Layout(ages, UpperBands.NONE, UpperBands.NONE, List.of(), List.of(), List.of());
    }

    @Test
    void places_give_thirteen_started_nine_exited_and_the_start_over_budget() {
        ReportFigures.Places p = ReportFigures.places(förrehab2018(), Q4_2018);
        assertThat(p.started()).isEqualTo(13);
        assertThat(p.exited()).isEqualTo(9);
        assertThat(p.activeDuring()).isEqualTo(13);
        assertThat(p.activeAtEnd()).isEqualTo(4);
        assertThat(p.overBudgetStarts()).isEqualTo(1);
    }

    @Test
    void the_target_group_of_the_exited_reads_as_in_the_report() {
        ReportFigures.TargetGroup t = ReportFigures.targetGroup(förrehab2018(), Q4_2018, ReportFigures.Layout.DEFAULT);
        assertThat(t.exited()).isEqualTo(9);
        assertThat(t.women()).isEqualTo(5);
        assertThat(t.men()).isEqualTo(4);
        assertThat(t.youngest()).contains(23);
        assertThat(t.oldest()).contains(56);
        assertThat(t.ageBands()).containsExactly(2, 4, 3, 0);
        assertThat(t.education()).isEqualTo(Map.of("GRUNDSKOLA", 6, "GYMNASIUM", 1, "HOGSKOLA", 2));
        assertThat(t.fewestYears()).contains(3);
        assertThat(t.meanYearsUnderNine()).contains(new BigDecimal("4.6"));
        assertThat(t.nineYearsOrMore()).isEqualTo(4);
        assertThat(t.supportAtStart()).isEqualTo(Map.of("FORSORJNINGSSTOD", 3, "SJUKPENNING", 2,
                "AKTIVITETSERSATTNING", 2, "A_KASSA", 1, "AKTIVITETSSTOD", 3));
        assertThat(t.supportMentions()).as("more mentions than persons: the report's note").isEqualTo(11);
    }

    @Test
    void exit_reasons_and_results_count_the_exited_only() {
        assertThat(ReportFigures.exitReasons(förrehab2018(), Q4_2018, List.of())).isEqualTo(Map.of(ExitReasons.SJUKDOM, 3,
                ExitReasons.FORTSATT_REHABILITERING, 5, ExitReasons.UTAN_MATNING, 1));
        ReportFigures.Results r = ReportFigures.results(förrehab2018(), Q4_2018, 30);
        assertThat(r.exited()).isEqualTo(9);
        assertThat(r.toWork()).isZero();
        assertThat(r.toWorkPercent()).contains(0);
        assertThat(r.targetReached()).contains(false);
        assertThat(ReportFigures.timeInProgramme(förrehab2018(), Q4_2018, UpperBands.NONE).meanDays()).contains(67);
    }

    @Test
    void work_and_studies_by_kon_and_per_cent_against_the_target() {
        List<EnrolmentFacts> f = new ArrayList<>();
        LocalDate start = LocalDate.of(2018, 2, 1);
        for (int n = 0; n < 11; n++) {
            String reason = n < 2 ? ExitReasons.ARBETE : n == 2 ? ExitReasons.STUDIER : ExitReasons.SJUKDOM;
            f.add(new EnrolmentFacts(n, n % 10, n % 2 == 0 ? Kon.KVINNA : Kon.MAN, 1985, null, start,
                    LocalDate.of(2018, 6, 1 + n), Set.of(reason), null, Set.of(), null, false));
        }
        Period half = new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30));
        ReportFigures.Results r = ReportFigures.results(f, half, 25);
        assertThat(r.toWork()).isEqualTo(2);
        assertThat(r.toWorkWomen()).isEqualTo(1);
        assertThat(r.toWorkMen()).isEqualTo(1);
        assertThat(r.toWorkOrStudies()).isEqualTo(3);
        assertThat(r.toWorkOrStudiesPercent()).as("3 of 11 is 27 %").contains(27);
        assertThat(r.targetReached()).contains(true);
        assertThat(ReportFigures.places(f, half).uniquePersonsDuring()).as("two enrolments of one person")
                .isEqualTo(10);
        assertThat(ReportFigures.timeInProgramme(f, half, UpperBands.NONE).shortestMonths()).contains(4);
    }

    @Test
    void ages_without_a_birth_date_come_from_the_birth_year_and_bands_are_a_setting() {
        EnrolmentFacts anonymous = new EnrolmentFacts(1, 1, Kon.MAN, 1988, null, LocalDate.of(2018, 3, 1),
                LocalDate.of(2018, 11, 1), Set.of(ExitReasons.FLYTT), null, Set.of(), null, false, false);
        assertThat(anonymous.ageOn(LocalDate.of(2018, 11, 1))).isEqualTo(30);
        assertThat(AgeBands.DEFAULT.labels()).containsExactly("–29", "30–44", "45–59", "60–");
        AgeBands board2016 = new AgeBands(List.of(0, 25, 50));
        assertThat(board2016.labels()).containsExactly("–24", "25–49", "50–");
        assertThat(ReportFigures.targetGroup(List.of(anonymous), Q4_2018, layout(board2016)).ageBands()).containsExactly(0, 1, 0);
        assertThat(ReportFigures.targetGroup(List.of(), Q4_2018, ReportFigures.Layout.DEFAULT).youngest()).isEmpty();
        assertThatThrownBy(() -> new AgeBands(List.of(0, 30, 30))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_period_never_ends_before_it_starts_and_knows_the_one_before() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2018, 12, 31), LocalDate.of(2018, 10, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Period(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31)).previous())
                .isEqualTo(new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30)));
        assertThat(Q4_2018.previous()).isEqualTo(new Period(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30)));
        assertThat(new Period(LocalDate.of(2018, 10, 8), LocalDate.of(2018, 10, 14)).previous())
                .isEqualTo(new Period(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 7)));
        assertThat(ReportFigures.percent(1, 0)).isEmpty();
        assertThat(ReportFigures.percent(1, 8)).as("12,5 rounds up").contains(13);
    }

    @Test
    void the_usual_periods_come_from_the_setting_latest_first_and_only_those_begun() {
        PeriodPresets presets = PeriodPresets.parse("1-3,4-6,7-9,10-12,1-6,1-12");
        List<Period> offered = presets.around(LocalDate.of(2026, 5, 15));
        assertThat(offered.getFirst()).isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(offered).contains(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
                new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(offered).doesNotContain(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThatThrownBy(() -> PeriodPresets.parse("10-13")).isInstanceOf(IllegalArgumentException.class);
    }
}
