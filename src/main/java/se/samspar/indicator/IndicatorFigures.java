package se.samspar.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of an occasion, as pure functions: per group and question the answers of the base
 * ("7 av 8"), the distribution over the scale and the mean; and the means of earlier occasions
 * side by side, matched on the question's wording within the group.
 */
public final class IndicatorFigures {

    private IndicatorFigures() {
    }

    /** One group's figures at one occasion. */
    public record GroupResult(RespondentGroup group, String occasion, int versionNo, Scale scale, int base,
                              int respondents, List<QuestionResult> questions) {
        public GroupResult {
            questions = List.copyOf(questions);
        }

        /** "7 av 8". */
        public String answeredOfBase() {
            return respondents + " av " + base;
        }
    }

    /** One question: how many answered, the count per step (index 0 is step 1), the mean. */
    public record QuestionResult(int number, String text, int answered, List<Integer> counts, OptionalDouble mean) {
        public QuestionResult {
            counts = List.copyOf(counts);
        }

        /** "7,4", or "–" without answers. */
        public String meanText() {
            return IndicatorFigures.meanText(mean);
        }
    }

    /**
     * A group's figures from its respondents' answers (each a value per question, in order).
     * Answers outside the scale are a fault of the caller: the service refuses them on the way in.
     */
    public static GroupResult of(RespondentGroup group, String occasion, Instrument instrument, int base,
                                 List<List<Integer>> responses) {
        Scale scale = instrument.scale();
        List<QuestionResult> questions = new ArrayList<>();
        for (int q = 0; q < instrument.questions().size(); q++) {
            int[] counts = new int[scale.steps()];
            int answered = 0;
            long sum = 0;
            for (List<Integer> response : responses) {
                Integer v = q < response.size() ? response.get(q) : null;
                if (v == null) {
                    continue;
                }
                if (!scale.contains(v)) {
                    throw new IllegalArgumentException("Answer " + v + " outside " + scale.range());
                }
                counts[v - 1]++;
                answered++;
                sum += v;
            }
            List<Integer> list = new ArrayList<>();
            for (int c : counts) {
                list.add(c);
            }
            questions.add(new QuestionResult(q + 1, instrument.questions().get(q), answered, list,
                    answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / answered)));
        }
        return new GroupResult(group, occasion, instrument.versionNo(), scale, base, responses.size(), questions);
    }

    /** A mean with one decimal and a Swedish comma, rounded half up: "7,4"; "–" when there is none. */
    public static String meanText(OptionalDouble mean) {
        BigDecimal rounded = rounded(mean);
        return rounded == null ? "–" : rounded.toPlainString().replace('.', ',');
    }

    /** The mean rounded half up to one decimal, or null when there is none. */
    public static @org.jspecify.annotations.Nullable BigDecimal rounded(OptionalDouble mean) {
        return mean.isEmpty() ? null : BigDecimal.valueOf(mean.getAsDouble()).setScale(1, RoundingMode.HALF_UP);
    }

    /** A question's means over the occasions compared, the oldest first, this occasion last. */
    public record ComparisonRow(int number, String text, List<OptionalDouble> means) {
        public ComparisonRow {
            means = List.copyOf(means);
        }
    }

    /**
     * The group's questions now, each with its mean at every earlier occasion of the same group
     * (oldest first) and now last. A question is the same indicator when its wording is the same,
     * whichever instrument version asked it; an earlier occasion that did not ask it has no mean.
     */
    public static List<ComparisonRow> compare(GroupResult now, List<GroupResult> earlier) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (QuestionResult q : now.questions()) {
            List<OptionalDouble> means = new ArrayList<>();
            for (GroupResult e : earlier) {
                if (e.group() != now.group()) {
                    throw new IllegalArgumentException("Compared with another group: " + e.group());
                }
                means.add(find(e, q.text()).map(QuestionResult::mean).orElse(OptionalDouble.empty()));
            }
            means.add(q.mean());
            rows.add(new ComparisonRow(q.number(), q.text(), means));
        }
        return rows;
    }

    private static Optional<QuestionResult> find(GroupResult r, String text) {
        return r.questions().stream().filter(x -> x.text().equals(text)).findFirst();
    }

    /** The change of the mean since the latest earlier occasion that has one, or empty. */
    public static OptionalDouble change(ComparisonRow row) {
        OptionalDouble now = row.means().getLast();
        for (int i = row.means().size() - 2; i >= 0 && now.isPresent(); i--) {
            if (row.means().get(i).isPresent()) {
                return OptionalDouble.of(now.getAsDouble() - row.means().get(i).getAsDouble());
            }
        }
        return OptionalDouble.empty();
    }
}
