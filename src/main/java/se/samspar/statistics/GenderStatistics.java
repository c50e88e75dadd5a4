package se.samspar.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.report.AgeBands;
import se.samspar.report.EnrolmentFacts;
import se.samspar.report.Period;
import se.samspar.report.ReportFigures;

/**
 * The board's "könsuppdelad statistik": everyone who exited an individual programme in the
 * period, per kvinna and man in per cent, table by table. Pure: computed from the exits a query
 * returns, so that every per cent can be checked.
 */
public final class GenderStatistics {

    /** Years in public support in bands, the last one the reports' "9 år eller mer". */
    public static final List<String> YEAR_BANDS = List.of("0–2 år", "3–5 år", "6–8 år", "9 år eller mer", "Uppgift saknas");
    /** Time in programme in bands of three months. */
    public static final List<String> TIME_BANDS = List.of("0–3 mån", "3–6 mån", "6–9 mån", "9–12 mån", "Mer än 12 mån");

    /** The eight groups of exit reasons the board reads, each with the reasons it gathers. */
    public static final Map<String, Set<String>> EXIT_GROUPS = exitGroups();

    /** The row of those whose data is not known. */
    public static final String UNKNOWN = "OKAND";

    private GenderStatistics() {
    }

    private static Map<String, Set<String>> exitGroups() {
        Map<String, Set<String>> g = new LinkedHashMap<>();
        g.put("Arb/stud/arb.sök", Set.of(ExitReasons.ARBETE, ExitReasons.STUDIER, ExitReasons.AKTIVT_ARBETSSOKANDE));
        g.put("Fortsatt rehab", Set.of(ExitReasons.FORTSATT_REHABILITERING));
        g.put("Sjukdom", Set.of(ExitReasons.SJUKDOM));
        g.put("Föräldraledighet", Set.of(ExitReasons.FORALDRALEDIGHET));
        g.put("Flytt", Set.of(ExitReasons.FLYTT));
        g.put("Utan mätning", Set.of(ExitReasons.UTAN_MATNING));
        g.put("Medgivande återtaget", Set.of(ExitReasons.MEDGIVANDE_ATERTAGET));
        g.put("Övrigt", Set.of(ExitReasons.OVRIGT));
        return java.util.Collections.unmodifiableMap(g);
    }

    public static Distribution ages(Collection<ExitFact> exits, AgeBands bands) {
        List<String> labels = bands.labels().stream().map(l -> l + " år").toList();
        return single("Åldersfördelning", exits, labels, f -> labels.get(bands.indexOf(f.ageAtExit())));
    }

    /** In the code list's order; codes no longer in the list come last as they are. */
    public static Distribution education(Collection<ExitFact> exits, Collection<String> codes) {
        List<String> order = new ArrayList<>(codes);
        order.add(UNKNOWN);
        return single("Utbildning", exits, order, f -> f.education() == null ? UNKNOWN : f.education());
    }

    public static Distribution yearsInSupport(Collection<ExitFact> exits) {
        return single("Tid i offentlig försörjning", exits, YEAR_BANDS, f -> {
            Integer y = f.yearsInSupport();
            return y == null ? YEAR_BANDS.get(4) : y <= 2 ? YEAR_BANDS.get(0) : y <= 5 ? YEAR_BANDS.get(1)
                    : y < ReportFigures.LONG_SUPPORT_YEARS ? YEAR_BANDS.get(2) : YEAR_BANDS.get(3);
        });
    }

    public static Distribution timeInProgramme(Collection<ExitFact> exits) {
        return single("Tid i insatsen", exits, TIME_BANDS, f -> {
            int m = f.monthsInProgramme();
            return m < 12 ? TIME_BANDS.get(m / 3) : TIME_BANDS.get(4);
        });
    }

    /** Several reasons of one person in one group count once there; in two groups, in both. */
    public static Distribution exitReasons(Collection<ExitFact> exits) {
        return multi("Avslutsorsak", exits, List.copyOf(EXIT_GROUPS.keySet()), f -> EXIT_GROUPS.entrySet().stream()
                .filter(g -> g.getValue().stream().anyMatch(f.exitReasons()::contains)).map(Map.Entry::getKey)
                .toList());
    }

    public static Distribution occupation(Collection<ExitFact> exits, Collection<String> codes) {
        List<String> order = new ArrayList<>(codes);
        order.add(UNKNOWN);
        return single("Sysselsättning vid avslut", exits, order, f -> f.occupation() == null ? UNKNOWN : f.occupation());
    }

    public static Distribution supportBefore(Collection<ExitFact> exits, Collection<String> codes) {
        return multi("Försörjning före insatsen", exits, List.copyOf(codes), f -> List.copyOf(f.supportBefore()));
    }

    public static Distribution supportAfter(Collection<ExitFact> exits, Collection<String> codes) {
        return multi("Försörjning efter insatsen", exits, List.copyOf(codes), f -> List.copyOf(f.supportAfter()));
    }

    /** Unique persons among the exits, by kön: the base the board reads ("72 personer, 42 kvinnor och 30 män"). */
    public static Map<Kon, Integer> persons(Collection<ExitFact> exits) {
        Map<Kon, Integer> result = new LinkedHashMap<>();
        result.put(Kon.KVINNA, 0);
        result.put(Kon.MAN, 0);
        exits.stream().collect(java.util.stream.Collectors.toMap(ExitFact::personId, ExitFact::kon, (a, b) -> a))
                .values().forEach(k -> result.merge(k, 1, Integer::sum));
        return result;
    }

    private static Distribution single(String title, Collection<ExitFact> exits, List<String> order,
                                       Function<ExitFact, String> category) {
        return multi(title, exits, order, f -> List.of(category.apply(f)), false);
    }

    private static Distribution multi(String title, Collection<ExitFact> exits, List<String> order,
                                      Function<ExitFact, List<String>> categories) {
        return multi(title, exits, order, categories, true);
    }

    private static Distribution multi(String title, Collection<ExitFact> exits, List<String> order,
                                      Function<ExitFact, List<String>> categories, boolean several) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        order.forEach(c -> counts.put(c, new int[2]));
        int women = 0;
        int men = 0;
        for (ExitFact f : exits) {
            int column = f.kon() == Kon.KVINNA ? 0 : 1;
            if (column == 0) {
                women++;
            } else {
                men++;
            }
            for (String c : categories.apply(f)) {
                counts.computeIfAbsent(c, k -> new int[2])[column]++;
            }
        }
        List<Distribution.Row> rows = new ArrayList<>();
        // Rows nobody falls in are left out, except the ones named in the order (a table keeps its shape).
        counts.forEach((code, n) -> {
            if (order.contains(code) && !UNKNOWN.equals(code) || n[0] + n[1] > 0) {
                rows.add(new Distribution.Row(code, n[0], n[1]));
            }
        });
        return new Distribution(title, rows, women, men, several);
    }

    // ---- flows, programmes and the cross-table ------------------------------------------------

    /** Started, exited and active during the period, enrolments by kön. */
    public record Flows(int startedWomen, int startedMen, int exitedWomen, int exitedMen, int activeWomen,
                        int activeMen) {
    }

    public static Flows flows(Collection<EnrolmentFacts> all, Period p) {
        int[] n = new int[6];
        for (EnrolmentFacts f : all) {
            if (!f.counts()) {
                continue;
            }
            int k = f.kon() == Kon.KVINNA ? 0 : 1;
            n[k] += f.startedIn(p) ? 1 : 0;
            n[2 + k] += f.exitedIn(p) ? 1 : 0;
            n[4 + k] += f.activeDuring(p) ? 1 : 0;
        }
        return new Flows(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    /** Participants of one programme in the period by kön: unique persons, or headcounts summed. */
    public record ProgrammeCount(String programme, boolean headcount, int women, int men) {
    }

    /** Unique persons active during the period, by kön. */
    public static ProgrammeCount persons(String programme, Collection<EnrolmentFacts> all, Period p) {
        Map<Long, Kon> persons = new LinkedHashMap<>();
        all.stream().filter(EnrolmentFacts::counts).filter(f -> f.activeDuring(p))
                .forEach(f -> persons.putIfAbsent(f.personId(), f.kon()));
        int women = (int) persons.values().stream().filter(k -> k == Kon.KVINNA).count();
        return new ProgrammeCount(programme, false, women, persons.size() - women);
    }

    /**
     * One row of "försörjning vid start × utfall": of the enrolments with that support at start,
     * active at some time in the period, what they had come to at the period's end. Each counts
     * in one outcome only (work before studies before job-seeking before any other exit).
     */
    public record CrossRow(String support, int total, int toWork, int toStudies, int toJobSearch, int otherExit,
                           int stillActive) {
    }

    public static List<CrossRow> supportByOutcome(Collection<EnrolmentFacts> all, Period p, Collection<String> codes) {
        Map<String, int[]> rows = new LinkedHashMap<>();
        codes.forEach(c -> rows.put(c, new int[6]));
        for (EnrolmentFacts f : all) {
            if (!f.counts() || !f.activeDuring(p)) {
                continue;
            }
            int outcome;
            if (f.endDate() == null || f.endDate().isAfter(p.to())) {
                outcome = 5;
            } else if (f.exitReasons().contains(ExitReasons.ARBETE)) {
                outcome = 1;
            } else if (f.exitReasons().contains(ExitReasons.STUDIER)) {
                outcome = 2;
            } else if (f.exitReasons().contains(ExitReasons.AKTIVT_ARBETSSOKANDE)) {
                outcome = 3;
            } else {
                outcome = 4;
            }
            // Without a registered support the enrolment still counts, as "uppgift saknas".
            for (String s : f.supportAtStart().isEmpty() ? Set.of(UNKNOWN) : f.supportAtStart()) {
                int[] r = rows.computeIfAbsent(s, k -> new int[6]);
                r[0]++;
                r[outcome]++;
            }
        }
        List<CrossRow> result = new ArrayList<>();
        rows.forEach((code, r) -> {
            if (r[0] > 0) {
                result.add(new CrossRow(code, r[0], r[1], r[2], r[3], r[4], r[5]));
            }
        });
        return result;
    }
}
