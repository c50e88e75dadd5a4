package se.samspar.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Bands by their upper limits, for a programme's tables of years in public support ("2, 4, 6, 8":
 * up to 2, 3–4, 5–6, 7–8, 9 or more) and of months in the programme ("3, 6, 9, 12, 15": up to 3,
 * 4–6, …, more than 15). The band after the last limit is open. No limits: no table.
 */
public record UpperBands(List<Integer> limits) {

    public static final UpperBands NONE = new UpperBands(List.of());

    public UpperBands {
        limits = List.copyOf(limits);
        for (int i = 1; i < limits.size(); i++) {
            if (limits.get(i) <= limits.get(i - 1)) {
                throw new IllegalArgumentException("Bands must rise");
            }
        }
    }

    public boolean isEmpty() {
        return limits.isEmpty();
    }

    /** Number of bands: one more than the limits. */
    public int size() {
        return limits.isEmpty() ? 0 : limits.size() + 1;
    }

    /** The band of a whole number: the first whose limit it does not pass. */
    public int indexOf(int value) {
        for (int i = 0; i < limits.size(); i++) {
            if (value <= limits.get(i)) {
                return i;
            }
        }
        return limits.size();
    }

    /** "upp till 2 år", "3–4 år", …, and the open band in the table's own words ("9 år eller mer"). */
    public List<String> labels(String unit, String openBand) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < limits.size(); i++) {
            int low = i == 0 ? 0 : limits.get(i - 1) + 1;
            int high = limits.get(i);
            labels.add(i == 0 ? "upp till " + high + " " + unit : low == high ? high + " " + unit
                    : low + "–" + high + " " + unit);
        }
        if (!limits.isEmpty()) {
            labels.add(openBand.formatted(limits.getLast(), limits.getLast() + 1));
        }
        return labels;
    }

    /**
     * The bands merged by groups of neighbouring indices ({@link Disclosure#mergeBands}): each
     * group ends at the limit of its last band; a group holding the open band leaves it open.
     */
    public UpperBands merge(List<List<Integer>> groups) {
        return new UpperBands(groups.stream().map(List::getLast).filter(i -> i < limits.size()).map(limits::get)
                .toList());
    }
}
