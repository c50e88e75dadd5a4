package se.samspar.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The board's version of a row of counts that add up to a total shown beside them (women and
 * men of the exited, say): a count about fewer than k persons is shown as "&lt;k", and when just
 * one cell of the row is hidden, the next smallest is hidden too ("x", as Statistics Sweden marks
 * withheld figures), so that it cannot be got back by subtracting from the total. Zeros name no
 * one and stay. A total itself under k hides the whole row.
 */
public final class BoardSuppression {

    /** A withheld cell that would otherwise give away a hidden one. */
    public static final String COMPLEMENTARY = "x";

    private BoardSuppression() {
    }

    /** The cells as the board sees them, in the same order. */
    public static List<String> row(List<Integer> counts, int k) {
        List<String> shown = new ArrayList<>(counts.stream().map(c -> Integer.toString(c)).toList());
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        if (total > 0 && total < k) {
            for (int i = 0; i < counts.size(); i++) {
                if (counts.get(i) > 0) {
                    shown.set(i, "<" + k);
                }
            }
            return shown;
        }
        List<Integer> hidden = IntStream.range(0, counts.size()).filter(i -> counts.get(i) > 0 && counts.get(i) < k)
                .boxed().toList();
        hidden.forEach(i -> shown.set(i, "<" + k));
        if (hidden.size() == 1) {
            IntStream.range(0, counts.size()).filter(i -> counts.get(i) >= k).boxed()
                    .min(Comparator.comparing(counts::get))
                    .ifPresent(i -> shown.set(i, COMPLEMENTARY));
        }
        return shown;
    }

    /** A single count in the board's version: "&lt;k" when it is about fewer than k persons. */
    public static String count(int count, int k) {
        return count > 0 && count < k ? "<" + k : Integer.toString(count);
    }
}
