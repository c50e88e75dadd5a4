package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.programme.ReportLayout;

/** The rules of issue 18, each on a small population: anonymous apart, bands, headcounts, order, comparison. */
class ReportRulesTest {

    private static final Period H2 = new Period(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31));
    private static final List<String> EDUCATION = List.of("GRUNDSKOLA", "GYMNASIUM", "HOGSKOLA", "ANNAN_EFTERGYMNASIAL",
            "OKAND");
    private static final List<String> SUPPORT = List.of("FORSORJNINGSSTOD", "SJUKPENNING", "A_KASSA",
            "AKTIVITETSERSATTNING", "INGEN");
    private static final List<String> REASONS = List.of(ExitReasons.ARBETE, ExitReasons.STUDIER,
            ExitReasons.FORTSATT_REHABILITERING, ExitReasons.SJUKDOM, "EGEN_ORSAK", ExitReasons.OVRIGT);

    private static int next = 1;

    private static EnrolmentFacts fact(Kon kon, LocalDate start, LocalDate end, String reason, String education,
                                       Integer years, Set<String> support, boolean anonymous) {
        int id = next++;
        return new EnrolmentFacts(id, id, kon, 1985, anonymous ? null : LocalDate.of(1985, 3, 1), start, end,
                reason == null ? Set.of() : Set.of(reason), education, support, years, false, anonymous);
    }

    private static ReportFigures.Layout layout(String years, String months) {
        return new ReportFigures.Layout(new AgeBands(List.of(0, 30, 45)),
                new UpperBands(ReportLayout.parse(years, ReportLayout.YEARS_MAX)),
                new UpperBands(ReportLayout.parse(months, ReportLayout.MONTHS_MAX)), EDUCATION, SUPPORT, REASONS);
    }

    @Test
    void anonymous_enrolments_are_counted_apart_and_in_the_places_but_never_in_the_figures_about_persons() {
        LocalDate start = LocalDate.of(2018, 8, 1);
        List<EnrolmentFacts> facts = List.of(
                fact(Kon.KVINNA, start, LocalDate.of(2018, 11, 1), ExitReasons.ARBETE, "GYMNASIUM", 2, Set.of("A_KASSA"), false),
                fact(Kon.MAN, start, null, null, null, null, Set.of(), false),
                fact(Kon.MAN, start, LocalDate.of(2018, 10, 1), ExitReasons.SJUKDOM, null, null, Set.of(), true),
                fact(Kon.KVINNA, start, null, null, null, null, Set.of(), true));
        ReportFigures.PeriodFigures f = ReportFigures.of(facts, List.of(), H2, 40, layout("", ""));
        assertThat(f.places().activeDuring()).isEqualTo(2);
        assertThat(f.places().started()).isEqualTo(2);
        assertThat(f.places().exited()).as("the anonymous exit is not among the exited").isEqualTo(1);
        assertThat(f.places().anonymousDuring()).isEqualTo(2);
        assertThat(f.places().activeAtEnd()).isEqualTo(1);
        assertThat(f.places().inUseAtEnd()).as("an anonymous participant occupies a place").isEqualTo(2);
        assertThat(f.results().exited()).isEqualTo(1);
        assertThat(f.results().toWorkPercent()).contains(100);
        assertThat(f.targetGroup().exited()).isEqualTo(1);
        assertThat(f.targetGroup().men()).isZero();
        assertThat(f.exitReasons()).containsExactly(Map.entry(ExitReasons.ARBETE, 1));
        assertThat(SupportOutcome.of(facts, H2, SUPPORT)).extracting(SupportOutcome.Row::support)
                .containsExactly("A_KASSA", ReportFigures.UNKNOWN);
    }

    @Test
    void tables_follow_the_code_lists_order_with_every_code_and_exit_reasons_only_those_given() {
        LocalDate start = LocalDate.of(2018, 3, 1);
        List<EnrolmentFacts> facts = List.of(
                fact(Kon.KVINNA, start, LocalDate.of(2018, 9, 1), "EGEN_ORSAK", "HOGSKOLA", 1, Set.of("INGEN"), false),
                fact(Kon.KVINNA, start, LocalDate.of(2018, 9, 2), ExitReasons.ARBETE, "GRUNDSKOLA", 1,
                        Set.of("SJUKPENNING", "FORSORJNINGSSTOD"), false),
                fact(Kon.MAN, start, LocalDate.of(2018, 9, 3), "GAMMAL_KOD", null, 1, Set.of(), false));
        ReportFigures.PeriodFigures f = ReportFigures.of(facts, List.of(), H2, null, layout("", ""));
        assertThat(f.targetGroup().education().keySet()).containsExactly("GRUNDSKOLA", "GYMNASIUM", "HOGSKOLA",
                "ANNAN_EFTERGYMNASIAL", "OKAND");
        assertThat(f.targetGroup().education()).containsEntry("OKAND", 1).containsEntry("HOGSKOLA", 1);
        assertThat(f.targetGroup().supportAtStart().keySet()).containsExactly(SUPPORT.toArray(String[]::new));
        // A förbund's own reason in its place in the list; a code no longer in the list comes last.
        assertThat(f.exitReasons().keySet()).containsExactly(ExitReasons.ARBETE, "EGEN_ORSAK", "GAMMAL_KOD");
    }

    @Test
    void a_programme_reports_in_its_own_bands_of_age_years_in_support_and_months() {
        LocalDate start = LocalDate.of(2018, 1, 15);
        List<EnrolmentFacts> facts = List.of(
                fact(Kon.KVINNA, start, LocalDate.of(2018, 4, 15), ExitReasons.ARBETE, null, 2, Set.of(), false),
                fact(Kon.KVINNA, start, LocalDate.of(2018, 4, 16), ExitReasons.ARBETE, null, 3, Set.of(), false),
                fact(Kon.MAN, start, LocalDate.of(2018, 7, 15), ExitReasons.ARBETE, null, 9, Set.of(), false),
                fact(Kon.MAN, start, LocalDate.of(2019, 6, 1), ExitReasons.ARBETE, null, null, Set.of(), false));
        Period year = new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31));
        ReportFigures.PeriodFigures f = ReportFigures.of(facts, List.of(), year, null, layout("2, 4, 6, 8",
                "3,6,9,12,15"));
        // Born 1985: 33 and 34 years old at exit, in "30–44" of the bands 0, 30, 45.
        assertThat(f.targetGroup().ageBands()).containsExactly(0, 4, 0);
        assertThat(f.targetGroup().yearBands()).as("up to 2, 3–4, 5–6, 7–8, 9 or more, unknown")
                .containsExactly(1, 1, 0, 0, 1, 1);
        // Exactly three months is "up to 3"; a day more is "4–6"; exactly six months "4–6"; 16½ months "more than 15".
        assertThat(f.time().bands()).containsExactly(1, 2, 0, 0, 0, 1);
        assertThat(new UpperBands(List.of(2, 4, 6, 8)).labels("år", "%2$d år eller mer"))
                .containsExactly("upp till 2 år", "3–4 år", "5–6 år", "7–8 år", "9 år eller mer");
        assertThat(new UpperBands(List.of(3, 6, 15)).labels("mån", "mer än %1$d mån"))
                .containsExactly("upp till 3 mån", "4–6 mån", "7–15 mån", "mer än 15 mån");
        assertThat(ReportFigures.of(facts, List.of(), year, null, layout("", "")).targetGroup().yearBands())
                .as("no table without a setting").isEmpty();
    }

    @Test
    void band_settings_are_rising_whole_numbers_as_a_coordinator_types_them() {
        assertThat(ReportLayout.parse(" 30, 45 ;60 ", ReportLayout.AGE_MAX)).containsExactly(30, 45, 60);
        assertThat(ReportLayout.normalise("30,45,60", ReportLayout.AGE_MAX)).isEqualTo("30, 45, 60");
        assertThat(ReportLayout.normalise("  ", ReportLayout.AGE_MAX)).isNull();
        assertThat(ReportLayout.check("30, 30", ReportLayout.AGE_MAX)).contains("programme.error.bands");
        assertThat(ReportLayout.check("45, 30", ReportLayout.AGE_MAX)).contains("programme.error.bands");
        assertThat(ReportLayout.check("0, 30", ReportLayout.AGE_MAX)).contains("programme.error.bands");
        assertThat(ReportLayout.check("30, 130", ReportLayout.AGE_MAX)).contains("programme.error.bands");
        assertThat(ReportLayout.check("trettio", ReportLayout.AGE_MAX)).contains("programme.error.bands");
        assertThat(ReportLayout.check("3, 6, 9", ReportLayout.MONTHS_MAX)).isEmpty();
        assertThatThrownBy(() -> new UpperBands(List.of(4, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headcounts_are_summed_per_activity_within_the_period_and_compared_with_the_one_before() {
        List<ReportFigures.HeadcountFact> h = List.of(
                new ReportFigures.HeadcountFact(LocalDate.of(2018, 9, 4), "Inspirationsutbildning", 4, 3),
                new ReportFigures.HeadcountFact(LocalDate.of(2018, 10, 2), "Inspirationsutbildning ", 5, 1),
                new ReportFigures.HeadcountFact(LocalDate.of(2018, 10, 9), null, 2, 2),
                new ReportFigures.HeadcountFact(LocalDate.of(2018, 3, 1), "Inspirationsutbildning", 9, 9));
        ReportFigures.PeriodFigures now = ReportFigures.of(List.of(), h, H2, null, layout("", ""));
        assertThat(now.headcounts()).containsExactly(new ReportFigures.Headcount("Inspirationsutbildning", 2, 9, 4),
                new ReportFigures.Headcount("", 1, 2, 2));
        ReportFigures.PeriodFigures before = ReportFigures.of(List.of(), h, H2.previous(), null, layout("", ""));
        assertThat(before.headcounts()).containsExactly(new ReportFigures.Headcount("Inspirationsutbildning", 1, 9, 9));
    }

    @Test
    void every_count_has_the_previous_periods_in_brackets_and_rows_of_either_period_are_shown() {
        Period q4 = new Period(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31));
        ReportService.Figures f = ReportPdfTest.figures(ReportFiguresTest.förrehab2018(), q4,
                ReportPdfTest.questionnaire(false));
        ReportCounts full = ReportCounts.of(f, null);
        assertThat(full.n("exited")).isEqualTo("9 (0)");
        assertThat(full.previous("exited")).isEqualTo("0");
        // Rows of codes in either period, in the code list's order; rows of zeros in both left out.
        assertThat(full.table("edu.", full.educationCodes)).containsExactly(Map.entry("GRUNDSKOLA", "6 (0)"),
                Map.entry("GYMNASIUM", "1 (0)"), Map.entry("HOGSKOLA", "2 (0)"));
        ReportCounts board = ReportCounts.of(f, 3);
        assertThat(board.n("edu.GYMNASIUM")).isEqualTo("<3 (0)");
        assertThat(board.percent("edu.GYMNASIUM", "exited")).isEqualTo("–");
        assertThat(board.percent("edu.GRUNDSKOLA", "exited")).isEqualTo("67\u00a0%");
    }

    @Test
    void support_at_start_against_outcome_splits_by_kon_and_gives_the_exited_share_to_own_support() {
        LocalDate start = LocalDate.of(2017, 3, 1);
        Period all = new Period(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31));
        List<EnrolmentFacts> facts = new ArrayList<>();
        facts.add(new EnrolmentFacts(99, 99, Kon.MAN, 1995, null, start, LocalDate.of(2018, 5, 1),
                Set.of(ExitReasons.FLYTT, ExitReasons.ARBETE), null, Set.of("AKTIVITETSERSATTNING"), null, false));
        facts.add(fact(Kon.KVINNA, start, LocalDate.of(2018, 6, 1), ExitReasons.STUDIER, null, null,
                Set.of("AKTIVITETSERSATTNING"), false));
        facts.add(fact(Kon.KVINNA, start, null, null, null, null, Set.of("AKTIVITETSERSATTNING"), false));
        facts.add(fact(Kon.MAN, start, LocalDate.of(2018, 7, 1), ExitReasons.FORTSATT_REHABILITERING, null, null,
                Set.of("AKTIVITETSERSATTNING"), false));
        SupportOutcome.Row r = SupportOutcome.of(facts, all, SUPPORT).getFirst();
        assertThat(r.support()).isEqualTo("AKTIVITETSERSATTNING");
        assertThat(r.all()).isEqualTo(new SupportOutcome.Split(2, 2));
        assertThat(r.toWork()).as("moved and got work: work first").isEqualTo(new SupportOutcome.Split(0, 1));
        assertThat(r.toStudies()).isEqualTo(new SupportOutcome.Split(1, 0));
        assertThat(r.otherExit()).isEqualTo(new SupportOutcome.Split(0, 1));
        assertThat(r.stillActive()).isEqualTo(new SupportOutcome.Split(1, 0));
        assertThat(r.exited()).isEqualTo(3);
        assertThat(r.selfSupporting()).isEqualTo(2);
    }
}
