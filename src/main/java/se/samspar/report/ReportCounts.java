package se.samspar.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a report version writes its counts: as they are in the coordinator's full version, through
 * {@link BoardSuppression} in the board's; with the previous period's count in brackets after
 * each when the report compares ("6 (22)"), the bracketed one suppressed the same way.
 */
final class ReportCounts {

    private final @Nullable Integer k;

    ReportCounts(@Nullable Integer k) {
        this.k = k;
    }

    boolean board() {
        return k != null;
    }

    @Nullable Integer threshold() {
        return k;
    }

    String n(int count) {
        return k == null ? Integer.toString(count) : BoardSuppression.count(count, k);
    }

    /** "6 (22)", or "6" without a previous period. */
    String n(int count, @Nullable Integer previous) {
        return previous == null ? n(count) : n(count) + " (" + n(previous) + ")";
    }

    List<String> row(List<Integer> counts) {
        return k == null ? counts.stream().map(String::valueOf).toList() : BoardSuppression.row(counts, k);
    }

    /** A row of counts, each with the previous period's in brackets (each period's row suppressed on its own). */
    List<String> row(List<Integer> counts, @Nullable List<Integer> previous) {
        List<String> now = row(counts);
        if (previous == null) {
            return now;
        }
        List<String> before = row(previous);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            cells.add(now.get(i) + " (" + (i < before.size() ? before.get(i) : "0") + ")");
        }
        return cells;
    }

    /** Whether a cell shows its count ("6", "6 (22)"), not a suppression mark. */
    static boolean numeric(String cell) {
        return !cell.isEmpty() && Character.isDigit(cell.charAt(0));
    }

    /** "1 kvinna", "3 kvinnor": the cell as shown, with the word in singular only for exactly one. */
    static String people(String cell, String one, String many) {
        return cell + " " + ("1".equals(cell) ? one : many);
    }

    /** "13 kvinnor och 16 män" from a row of two suppressed cells. */
    static String womenAndMen(List<String> cells) {
        return people(cells.get(0), "kvinna", "kvinnor") + " och " + people(cells.get(1), "man", "män");
    }

    /** A share of a count: withheld in the board's version when the count itself is. */
    String percent(int part, Optional<Integer> share) {
        return k != null && part > 0 && part < k ? "–" : ReportText.percent(share);
    }

    /**
     * The rows of a table of counts by code in the order of {@code now} (the code list's), then codes
     * only the previous period had; a row where both are 0 is left out. Returns code → cell text.
     */
    Map<String, String> table(Map<String, Integer> now, @Nullable Map<String, Integer> previous) {
        List<String> codes = new ArrayList<>();
        now.forEach((code, n) -> {
            if (n > 0 || previous != null && previous.getOrDefault(code, 0) > 0) {
                codes.add(code);
            }
        });
        if (previous != null) {
            previous.forEach((code, n) -> {
                if (n > 0 && !codes.contains(code)) {
                    codes.add(code);
                }
            });
        }
        List<String> cells = row(codes.stream().map(c -> now.getOrDefault(c, 0)).toList(),
                previous == null ? null : codes.stream().map(c -> previous.getOrDefault(c, 0)).toList());
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            result.put(codes.get(i), cells.get(i));
        }
        return result;
    }
}
