package se.samspar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.report.AgeBands;
import se.samspar.report.EnrolmentFacts;
import se.samspar.report.Period;

/** Every per cent of the board's statistics for a known population of six women and four men. */
class GenderStatisticsTest {

    /** The board groups the migration gives the default exit reasons. */
    static final Map<String, se.samspar.enrolment.ExitGroup> DEFAULT_GROUPS = Map.ofEntries(
            Map.entry("ARBETE", se.samspar.enrolment.ExitGroup.ARBETE_STUDIER_ARBETSSOKANDE),
            Map.entry("STUDIER", se.samspar.enrolment.ExitGroup.ARBETE_STUDIER_ARBETSSOKANDE),
            Map.entry("AKTIVT_ARBETSSOKANDE", se.samspar.enrolment.ExitGroup.ARBETE_STUDIER_ARBETSSOKANDE),
            Map.entry("FORTSATT_REHABILITERING", se.samspar.enrolment.ExitGroup.FORTSATT_REHABILITERING),
            Map.entry("SJUKDOM", se.samspar.enrolment.ExitGroup.SJUKDOM),
            Map.entry("FORALDRALEDIGHET", se.samspar.enrolment.ExitGroup.FORALDRALEDIGHET),
            Map.entry("FLYTT", se.samspar.enrolment.ExitGroup.FLYTT),
            Map.entry("UTAN_MATNING", se.samspar.enrolment.ExitGroup.UTAN_MATNING),
            Map.entry("MEDGIVANDE_ATERTAGET", se.samspar.enrolment.ExitGroup.MEDGIVANDE_ATERTAGET),
            Map.entry("OVRIGT", se.samspar.enrolment.ExitGroup.OVRIGT));

    private static final List<String> EDUCATION = List.of("GRUNDSKOLA", "GYMNASIUM", "HOGSKOLA");
    private static final List<String> OCCUPATION = List.of("EJ_SUBVENTIONERAT_ARBETE", "SUBVENTIONERAT_ARBETE",
            "STUDIER", "AKTIVT_ARBETSSOKANDE", "OVRIGA");
    private static final List<String> SUPPORT = List.of("FORSORJNINGSSTOD", "SJUKPENNING", "A_KASSA",
            "AKTIVITETSERSATTNING", "AKTIVITETSSTOD", "INGEN");

    private static long next = 1;

    private static ExitFact exit(Kon kon, int age, @Nullable String education, @Nullable Integer years, int months,
                                 Set<String> reasons, @Nullable String occupation, Set<String> before,
                                 Set<String> after) {
        LocalDate start = LocalDate.of(2025, 1, 10);
        long id = next++;
        return new ExitFact(id, id, 1, kon, age, education, years, start, start.plusMonths(months).plusDays(5), reasons,
                occupation, before, after);
    }

    static List<ExitFact> population() {
        return List.of(
                exit(Kon.KVINNA, 25, "GRUNDSKOLA", 1, 2, Set.of(ExitReasons.ARBETE), "EJ_SUBVENTIONERAT_ARBETE",
                        Set.of("FORSORJNINGSSTOD"), Set.of("INGEN")),
                exit(Kon.KVINNA, 28, "GYMNASIUM", 4, 4, Set.of(ExitReasons.STUDIER), "STUDIER",
                        Set.of("AKTIVITETSERSATTNING"), Set.of("AKTIVITETSERSATTNING")),
                exit(Kon.KVINNA, 35, "GYMNASIUM", 10, 7, Set.of(ExitReasons.SJUKDOM), "OVRIGA", Set.of("SJUKPENNING"),
                        Set.of("SJUKPENNING")),
                exit(Kon.KVINNA, 41, "HOGSKOLA", null, 13, Set.of(ExitReasons.FORTSATT_REHABILITERING, ExitReasons.SJUKDOM),
                        "OVRIGA", Set.of("SJUKPENNING", "FORSORJNINGSSTOD"), Set.of("SJUKPENNING")),
                exit(Kon.KVINNA, 50, "GRUNDSKOLA", 7, 10, Set.of(ExitReasons.FORTSATT_REHABILITERING), "OVRIGA",
                        Set.of("A_KASSA"), Set.of("A_KASSA")),
                exit(Kon.KVINNA, 62, null, 3, 1, Set.of(ExitReasons.FLYTT), null, Set.of(), Set.of()),
                exit(Kon.MAN, 22, "GRUNDSKOLA", 2, 3, Set.of(ExitReasons.ARBETE), "SUBVENTIONERAT_ARBETE",
                        Set.of("AKTIVITETSSTOD"), Set.of("INGEN")),
                exit(Kon.MAN, 33, "GRUNDSKOLA", 9, 5, Set.of(ExitReasons.UTAN_MATNING), "OVRIGA",
                        Set.of("FORSORJNINGSSTOD"), Set.of("FORSORJNINGSSTOD")),
                exit(Kon.MAN, 47, "GYMNASIUM", 12, 8, Set.of(ExitReasons.FORTSATT_REHABILITERING), "OVRIGA",
                        Set.of("SJUKPENNING"), Set.of("SJUKPENNING")),
                exit(Kon.MAN, 58, "HOGSKOLA", 5, 11, Set.of(ExitReasons.MEDGIVANDE_ATERTAGET), null, Set.of("A_KASSA"),
                        Set.of()));
    }

    /** code → "women% men%" for every row, "–" where the share has no base. */
    private static Map<String, String> shares(Distribution d) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        d.rows().forEach(r -> m.put(r.code(), d.womenPercent(r).map(String::valueOf).orElse("–") + " "
                + d.menPercent(r).map(String::valueOf).orElse("–")));
        return m;
    }

    @Test
    void ages_education_years_and_time_in_programme_in_whole_per_cent_of_each_kon() {
        List<ExitFact> p = population();
        Distribution ages = GenderStatistics.ages(p, AgeBands.DEFAULT);
        assertThat(ages.women()).isEqualTo(6);
        assertThat(ages.men()).isEqualTo(4);
        assertThat(shares(ages)).containsExactly(Map.entry("–29 år", "33 25"), Map.entry("30–44 år", "33 25"),
                Map.entry("45–59 år", "17 50"), Map.entry("60– år", "17 0"));
        assertThat(shares(GenderStatistics.education(p, EDUCATION))).containsExactly(Map.entry("GRUNDSKOLA", "33 50"),
                Map.entry("GYMNASIUM", "33 25"), Map.entry("HOGSKOLA", "17 25"), Map.entry("OKAND", "17 0"));
        // 1 + 2 + 1 + 1 + 1 of six women: 17 + 33 + 17 + 17 + 17 = 101 % by rounding alone.
        Distribution years = GenderStatistics.yearsInSupport(p);
        assertThat(shares(years)).containsExactly(Map.entry("0–2 år", "17 25"), Map.entry("3–5 år", "33 25"),
                Map.entry("6–8 år", "17 0"), Map.entry("9 år eller mer", "17 50"), Map.entry("Uppgift saknas", "17 0"));
        assertThat(years.severalPerPerson()).isFalse();
        assertThat(shares(GenderStatistics.timeInProgramme(p))).containsExactly(Map.entry("0–3 mån", "33 0"),
                Map.entry("3–6 mån", "17 50"), Map.entry("6–9 mån", "17 25"), Map.entry("9–12 mån", "17 25"),
                Map.entry("Mer än 12 mån", "17 0"));
    }

    @Test
    void exit_reasons_in_the_eight_groups_where_one_person_may_count_twice() {
        Distribution reasons = GenderStatistics.exitReasons(population(), DEFAULT_GROUPS);
        assertThat(reasons.severalPerPerson()).isTrue();
        assertThat(shares(reasons)).containsExactly(Map.entry("ARBETE_STUDIER_ARBETSSOKANDE", "33 25"),
                Map.entry("FORTSATT_REHABILITERING", "33 25"), Map.entry("SJUKDOM", "33 0"),
                Map.entry("FORALDRALEDIGHET", "0 0"), Map.entry("FLYTT", "17 0"), Map.entry("UTAN_MATNING", "0 25"),
                Map.entry("MEDGIVANDE_ATERTAGET", "0 25"), Map.entry("OVRIGT", "0 0"));
        // Women: 2 + 2 + 2 + 1 reasons for six women, 117 % (rounded shares 33 + 33 + 33 + 17 = 116).
        int womenReasons = reasons.rows().stream().mapToInt(Distribution.Row::women).sum();
        assertThat(womenReasons).isEqualTo(7);
        assertThat(reasons.largestDifference()).get().extracting(Distribution.Row::code).isEqualTo("SJUKDOM");
    }

    @Test
    void occupation_and_support_before_and_after() {
        List<ExitFact> p = population();
        assertThat(shares(GenderStatistics.occupation(p, OCCUPATION))).containsExactly(
                Map.entry("EJ_SUBVENTIONERAT_ARBETE", "17 0"), Map.entry("SUBVENTIONERAT_ARBETE", "0 25"),
                Map.entry("STUDIER", "17 0"), Map.entry("AKTIVT_ARBETSSOKANDE", "0 0"), Map.entry("OVRIGA", "50 50"),
                Map.entry("OKAND", "17 25"));
        assertThat(shares(GenderStatistics.supportBefore(p, SUPPORT))).containsExactly(
                Map.entry("FORSORJNINGSSTOD", "33 25"), Map.entry("SJUKPENNING", "33 25"), Map.entry("A_KASSA", "17 25"),
                Map.entry("AKTIVITETSERSATTNING", "17 0"), Map.entry("AKTIVITETSSTOD", "0 25"), Map.entry("INGEN", "0 0"),
                // The woman of 62 has no support registered: a row of its own, so no exit is left out.
                Map.entry("OKAND", "17 0"));
        assertThat(shares(GenderStatistics.supportAfter(p, SUPPORT))).containsExactly(
                Map.entry("FORSORJNINGSSTOD", "0 25"), Map.entry("SJUKPENNING", "33 25"), Map.entry("A_KASSA", "17 0"),
                Map.entry("AKTIVITETSERSATTNING", "17 0"), Map.entry("AKTIVITETSSTOD", "0 0"), Map.entry("INGEN", "17 25"),
                Map.entry("OKAND", "17 25"));
    }

    @Test
    void the_base_counts_persons_once_even_when_they_exited_two_programmes() {
        List<ExitFact> p = new ArrayList<>(population());
        ExitFact first = p.getFirst();
        p.add(new ExitFact(99, first.personId(), 2, Kon.KVINNA, 25, null, null, first.startDate(), first.endDate(),
                Set.of(ExitReasons.ARBETE), null, Set.of(), Set.of()));
        assertThat(GenderStatistics.persons(p)).isEqualTo(Map.of(Kon.KVINNA, 6, Kon.MAN, 4));
    }

    private static EnrolmentFacts enrolment(long id, Kon kon, LocalDate start, @Nullable LocalDate end,
                                            Set<String> reasons, Set<String> support) {
        return new EnrolmentFacts(id, id, kon, 1990, null, start, end, reasons, null, support, null, false);
    }

    @Test
    void support_at_start_against_the_outcome_and_the_flows_of_the_year() {
        Period year = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        LocalDate jan = LocalDate.of(2025, 1, 15);
        List<EnrolmentFacts> all = List.of(
                enrolment(1, Kon.KVINNA, jan, LocalDate.of(2025, 6, 1), Set.of(ExitReasons.ARBETE),
                        Set.of("AKTIVITETSERSATTNING")),
                enrolment(2, Kon.MAN, jan, LocalDate.of(2025, 7, 1), Set.of(ExitReasons.STUDIER, ExitReasons.ARBETE),
                        Set.of("AKTIVITETSERSATTNING", "FORSORJNINGSSTOD")),
                enrolment(3, Kon.KVINNA, LocalDate.of(2024, 5, 1), null, Set.of(), Set.of("AKTIVITETSERSATTNING")),
                enrolment(4, Kon.MAN, jan, LocalDate.of(2026, 2, 1), Set.of(ExitReasons.SJUKDOM),
                        Set.of("AKTIVITETSERSATTNING")),
                enrolment(5, Kon.KVINNA, jan, LocalDate.of(2025, 3, 1), Set.of(ExitReasons.SJUKDOM),
                        Set.of("FORSORJNINGSSTOD")),
                enrolment(6, Kon.KVINNA, jan, LocalDate.of(2025, 3, 1), Set.of(ExitReasons.FELREGISTRERING),
                        Set.of("AKTIVITETSERSATTNING")));
        // Of the four with aktivitetsersättning: one to work, one to work (not also studies), two still active.
        assertThat(GenderStatistics.supportByOutcome(all, year, List.of("AKTIVITETSERSATTNING", "FORSORJNINGSSTOD")))
                .containsExactly(new GenderStatistics.CrossRow("AKTIVITETSERSATTNING", 4, 2, 0, 0, 0, 2),
                        new GenderStatistics.CrossRow("FORSORJNINGSSTOD", 2, 1, 0, 0, 1, 0));
        assertThat(GenderStatistics.flows(all, year)).isEqualTo(new GenderStatistics.Flows(2, 2, 2, 1, 3, 2));
        // Participants per programme are the persons who exited in the year (the base), not those active.
        assertThat(GenderStatistics.persons("Hikikomori", all, year))
                .isEqualTo(new GenderStatistics.ProgrammeCount("Hikikomori", false, 2, 1));
    }

    @Test
    void a_forbunds_own_exit_reason_counts_in_the_board_group_it_carries_and_no_exit_falls_out() {
        Map<String, se.samspar.enrolment.ExitGroup> groups = new java.util.HashMap<>(DEFAULT_GROUPS);
        groups.put("PASSERAT_ALDERSGRANS", se.samspar.enrolment.ExitGroup.OVRIGT);
        groups.put("EGEN_ARBETSTRANING", se.samspar.enrolment.ExitGroup.ARBETE_STUDIER_ARBETSSOKANDE);
        List<ExitFact> exits = List.of(
                exit(Kon.KVINNA, 29, null, null, 2, Set.of("PASSERAT_ALDERSGRANS"), null, Set.of(), Set.of()),
                exit(Kon.KVINNA, 30, null, null, 2, Set.of("EGEN_ARBETSTRANING", ExitReasons.ARBETE), null, Set.of(),
                        Set.of()),
                exit(Kon.MAN, 31, null, null, 2, Set.of(), null, Set.of(), Set.of()),
                exit(Kon.MAN, 32, null, null, 2, Set.of("KOD_UTAN_GRUPP"), null, Set.of(), Set.of()));
        Distribution d = GenderStatistics.exitReasons(exits, groups);
        Map<String, String> shares = shares(d);
        assertThat(shares).containsEntry("OVRIGT", "50 50").containsEntry("ARBETE_STUDIER_ARBETSSOKANDE", "50 0")
                .containsEntry(GenderStatistics.UNKNOWN, "0 50");
        // Every exit is in at least one row: no exit left out of the table.
        int women = d.rows().stream().mapToInt(Distribution.Row::women).sum();
        int men = d.rows().stream().mapToInt(Distribution.Row::men).sum();
        assertThat(women).isGreaterThanOrEqualTo(d.women());
        assertThat(men).isGreaterThanOrEqualTo(d.men());
    }

    @Test
    void participants_per_programme_end_in_a_total_row() {
        List<GenderStatistics.ProgrammeCount> rows = List.of(
                new GenderStatistics.ProgrammeCount("Arbetsrehabteamet", false, 20, 15),
                new GenderStatistics.ProgrammeCount("ASF", false, 3, 4),
                new GenderStatistics.ProgrammeCount("ASF", true, 30, 12));
        assertThat(GenderStatistics.total(rows)).isEqualTo(new GenderStatistics.ProgrammeCount("Totalt", false, 53, 31));
    }
}
