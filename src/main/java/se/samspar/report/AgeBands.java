package se.samspar.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Age bands by their lower limits: the default {0, 30, 45, 60} reads "–29, 30–44, 45–59, 60–".
 * A setting, since the förbund's board has used other bands over the years.
 */
public record AgeBands(List<Integer> lowerLimits) {

    public static final AgeBands DEFAULT = new AgeBands(List.of(0, 30, 45, 60));

    public AgeBands {
        if (lowerLimits == null || lowerLimits.isEmpty() || lowerLimits.getFirst() != 0) {
            throw new IllegalArgumentException("Age bands start at 0");
        }
        for (int i = 1; i < lowerLimits.size(); i++) {
            if (lowerLimits.get(i) <= lowerLimits.get(i - 1)) {
                throw new IllegalArgumentException("Age bands must rise");
            }
        }
        lowerLimits = List.copyOf(lowerLimits);
    }

    /** The band's index for an age. */
    public int indexOf(int age) {
        int index = 0;
        for (int i = 0; i < lowerLimits.size(); i++) {
            if (age >= lowerLimits.get(i)) {
                index = i;
            }
        }
        return index;
    }

    /** "–29", "30–44", "45–59", "60–". */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < lowerLimits.size(); i++) {
            String low = i == 0 ? "" : Integer.toString(lowerLimits.get(i));
            String high = i + 1 < lowerLimits.size() ? Integer.toString(lowerLimits.get(i + 1) - 1) : "";
            labels.add(low + "–" + high);
        }
        return labels;
    }

    /** The bands merged by groups of neighbouring indices ({@link Disclosure#mergeBands}): each group starts a band. */
    public AgeBands merge(List<List<Integer>> groups) {
        return new AgeBands(groups.stream().map(g -> lowerLimits.get(g.getFirst())).toList());
    }
}
