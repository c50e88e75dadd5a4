package se.samspar.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.samspar.enrolment.ExitGroup;
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

    /** The row of those whose data is not known. */
    public static final String UNKNOWN = "OKAND";

    private GenderStatistics() {
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

    /**
     * Each exit reason counts in the board group its code carries (a förbund's own reasons too; a
     * code without one in "Övrigt"). Several reasons of one person in one group count once there;
     * in two groups, in both. An exit without any reason is a row of its own, so none is left out.
     */
    public static Distribution exitReasons(Collection<ExitFact> exits, Map<String, ExitGroup> groups) {
        List<String> order = ExitGroup.counted().stream().map(ExitGroup::name).toList();
        return multi("Avslutsorsak", exits, order, f -> f.exitReasons().isEmpty() ? List.of(UNKNOWN)
                : f.exitReasons().stream().map(r -> groups.getOrDefault(r, ExitGroup.OVRIGT))
                .filter(g -> g != ExitGroup.EJ_RAKNAD).map(ExitGroup::name).distinct().toList());
    }

    public static Distribution occupation(Collection<ExitFact> exits, Collection<String> codes) {
        List<String> order = new ArrayList<>(codes);
        order.add(UNKNOWN);
        return single("Sysselsättning vid avslut", exits, order, f -> f.occupation() == null ? UNKNOWN : f.occupation());
    }

    public static Distribution supportBefore(Collection<ExitFact> exits, Collection<String> codes) {
        return multi("Försörjning före insatsen", exits, List.copyOf(codes), f -> orUnknown(f.supportBefore()));
    }

    public static Distribution supportAfter(Collection<ExitFact> exits, Collection<String> codes) {
        return multi("Försörjning efter insatsen", exits, List.copyOf(codes), f -> orUnknown(f.supportAfter()));
    }

    /** The kinds registered, or "uppgift saknas": an exit without any is not left out of the table. */
    private static List<String> orUnknown(java.util.Set<String> codes) {
        return codes.isEmpty() ? List.of(UNKNOWN) : List.copyOf(codes);
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

    /** Started, exited and active during the period, enrolments registered with personal data by kön. */
    public record Flows(int startedWomen, int startedMen, int exitedWomen, int exitedMen, int activeWomen,
                        int activeMen) {
    }

    public static Flows flows(Collection<EnrolmentFacts> all, Period p) {
        int[] n = new int[6];
        for (EnrolmentFacts f : all) {
            if (!f.named()) {
                continue;
            }
            int k = f.kon() == Kon.KVINNA ? 0 : 1;
            n[k] += f.startedIn(p) ? 1 : 0;
            n[2 + k] += f.exitedIn(p) ? 1 : 0;
            n[4 + k] += f.activeDuring(p) ? 1 : 0;
        }
        return new Flows(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    /** Participants of one programme in the period by kön: unique persons who exited, or headcounts summed. */
    public record ProgrammeCount(String programme, boolean headcount, int women, int men) {
        public int total() {
            return women + men;
        }
    }

    /** The table's total row: persons and headcounts added up (a person in two programmes counts in each). */
    public static ProgrammeCount total(Collection<ProgrammeCount> rows) {
        return new ProgrammeCount("Totalt", false, rows.stream().mapToInt(ProgrammeCount::women).sum(),
                rows.stream().mapToInt(ProgrammeCount::men).sum());
    }

    /**
     * Unique persons who exited the programme in the period, by kön: the statistics' base
     * (registered with personal data, wrong registrations left out).
     */
    public static ProgrammeCount persons(String programme, Collection<EnrolmentFacts> all, Period p) {
        Map<Long, Kon> persons = new LinkedHashMap<>();
        all.stream().filter(EnrolmentFacts::named).filter(f -> f.exitedIn(p))
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
        return se.samspar.report.SupportOutcome.of(all, p, codes).stream().map(r -> new CrossRow(r.support(),
                r.all().total(), r.toWork().total(), r.toStudies().total(), r.toJobSearch().total(),
                r.otherExit().total(), r.stillActive().total())).toList();
    }
}
