package se.samspar.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samspar.assessment.StepFigures;

/**
 * The stegförflyttning's counts as cells of the report's {@link Disclosure} model, with every sum
 * a reader could use: moved up + not moved up = assessed (in every group); women + men + the
 * anonymous = assessed; the time bands (and those without a start day) = assessed; each kind of
 * support = the persons with that kind, over never-printed cells of each combination of kinds a
 * person had (so that two overlapping rows cannot single out the one person in both); and each group of all the
 * assessed = the same group of those not to work or studies + of those who went to work or
 * studies. Keys: {@code stf.<a|s>.<group>.<n|up>}, where a is all the
 * assessed, s those not to work or studies, and the group all, w, m, sup.CODE or t.BAND.
 */
final class StepCounts {

    static final String ALL = "a";
    static final String NOT_WORK_OR_STUDIES = "s";

    private StepCounts() {
    }

    static String key(String population, String group, String what) {
        return "stf." + population + "." + group + "." + what;
    }

    /** The support rows of both periods, in the code list's order, others and "uppgift saknas" last. */
    static List<String> supportRows(StepReport steps, List<String> order) {
        Set<String> codes = new LinkedHashSet<>();
        steps.now().ifPresent(s -> codes.addAll(s.all().bySupport().keySet()));
        steps.previous().ifPresent(s -> codes.addAll(s.all().bySupport().keySet()));
        List<String> rows = new ArrayList<>(order.stream().filter(codes::contains).toList());
        codes.stream().filter(c -> !rows.contains(c) && !StepFigures.NO_SUPPORT.equals(c)).sorted().forEach(rows::add);
        if (codes.contains(StepFigures.NO_SUPPORT)) {
            rows.add(StepFigures.NO_SUPPORT);
        }
        return List.copyOf(rows);
    }

    /** The groups of a population's table, in order: w, m, sup.CODE…, t.0… */
    static List<String> groups(List<String> support) {
        List<String> groups = new ArrayList<>(List.of("w", "m"));
        support.forEach(code -> groups.add("sup." + code));
        for (int i = 0; i < StepFigures.TIME_LABELS.size(); i++) {
            groups.add("t." + i);
        }
        return groups;
    }

    static void model(Disclosure d, StepFigures.Figures s, List<String> support) {
        population(d, ALL, s.all(), support);
        population(d, NOT_WORK_OR_STUDIES, s.notToWorkOrStudies(), support);
        // Every group of the assessed = the same group of those not to work or studies + those to work or studies.
        List<String> groups = new ArrayList<>(List.of("all"));
        groups.addAll(groups(support));
        for (String g : groups) {
            for (String what : List.of("n", "up")) {
                Disclosure.Cell whole = d.named(key(ALL, g, what)).orElseThrow();
                Disclosure.Cell part = d.named(key(NOT_WORK_OR_STUDIES, g, what)).orElseThrow();
                d.sum(whole, List.of(part, d.unprinted(d.value(whole) - d.value(part))));
            }
        }
    }

    /** A population's cells; returns its assessed and moved up. */
    private static Disclosure.Cell[] population(Disclosure d, String p, StepFigures.Breakdown b, List<String> support) {
        Disclosure.Cell[] total = group(d, key(p, "all", "n"), key(p, "all", "up"), b.total());
        Disclosure.Cell[] women = group(d, key(p, "w", "n"), key(p, "w", "up"), b.women());
        Disclosure.Cell[] men = group(d, key(p, "m", "n"), key(p, "m", "up"), b.men());
        Disclosure.Cell[] anonymous = group(d, null, null, b.anonymous());
        for (int i = 0; i < 2; i++) {
            d.sum(total[i], List.of(women[i], men[i], anonymous[i]));
        }
        List<Disclosure.Cell[]> rows = new ArrayList<>();
        for (String code : support) {
            StepFigures.Group g = b.bySupport().getOrDefault(code, empty());
            rows.add(group(d, key(p, "sup." + code, "n"), key(p, "sup." + code, "up"), g));
        }
        boolean partition = b.supportCombinations().keySet().stream().allMatch(kinds -> kinds.size() == 1);
        if (partition) {
            // One kind each: the rows are a breakdown of the total.
            for (int i = 0; i < 2; i++) {
                int what = i;
                d.sum(total[i], rows.stream().map(r -> r[what]).toList());
            }
        } else {
            // Each person in exactly one combination of kinds (never printed); a kind's row is the combinations that
            // hold it, so that two overlapping rows cannot single out the persons in both.
            List<Map.Entry<Set<String>, Disclosure.Cell[]>> atoms = new ArrayList<>();
            b.supportCombinations().forEach((kinds, g) -> atoms.add(Map.entry(kinds, group(d, null, null, g))));
            for (int i = 0; i < 2; i++) {
                int what = i;
                d.sum(total[i], atoms.stream().map(a -> a.getValue()[what]).toList());
            }
            for (int r = 0; r < support.size(); r++) {
                String code = support.get(r);
                List<Map.Entry<Set<String>, Disclosure.Cell[]>> holding = atoms.stream()
                        .filter(a -> a.getKey().contains(code)).toList();
                if (!holding.isEmpty()) {
                    for (int i = 0; i < 2; i++) {
                        int what = i;
                        d.sum(rows.get(r)[i], holding.stream().map(a -> a.getValue()[what]).toList());
                    }
                }
            }
        }
        List<List<Disclosure.Cell>> bands = List.of(new ArrayList<>(), new ArrayList<>());
        for (int t = 0; t < b.byTime().size(); t++) {
            Disclosure.Cell[] row = group(d, key(p, "t." + t, "n"), key(p, "t." + t, "up"), b.byTime().get(t));
            bands.get(0).add(row[0]);
            bands.get(1).add(row[1]);
        }
        Disclosure.Cell[] unknown = group(d, null, null, b.timeUnknown());
        for (int i = 0; i < 2; i++) {
            bands.get(i).add(unknown[i]);
            d.sum(total[i], bands.get(i));
        }
        return total;
    }

    /** A group's assessed and moved up (printed under the keys, or never printed without), and n = up + not up. */
    private static Disclosure.Cell[] group(Disclosure d, @org.jspecify.annotations.Nullable String nKey,
                                           @org.jspecify.annotations.Nullable String upKey, StepFigures.Group g) {
        Disclosure.Cell n = nKey == null ? d.unprinted(g.assessed()) : d.cell(nKey, g.assessed());
        Disclosure.Cell up = upKey == null ? d.unprinted(g.movedUp()) : d.cell(upKey, g.movedUp());
        d.sum(n, List.of(up, d.unprinted(g.assessed() - g.movedUp())));
        return new Disclosure.Cell[] {n, up};
    }

    private static StepFigures.Group empty() {
        return new StepFigures.Group(0, 0, java.util.Optional.empty(), Map.of(), Map.of());
    }
}
