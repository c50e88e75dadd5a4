package se.samspar.questionnaire;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaire figures of a programme and period as the reports give them: how many of the
 * exited answered, and per scale item the mean with one decimal ("5,4"), n and the distribution
 * 1–6; comments and free-text answers for the coordinator to pick from. Pure: computed from the
 * responses a query returns. The same statement in several template versions counts as one item.
 *
 * <p>In the board's version no mean or distribution is shown over fewer answers than the privacy
 * threshold, and no free text at all.
 */
public final class QuestionnaireFigures {

    private QuestionnaireFigures() {
    }

    /** One response: the items of the version it was given on, and its answers in the same order. */
    public record Response(List<Item> items, List<Answer> answers) {
    }

    /** A scale item's result; mean and distribution are empty when suppressed. */
    public record ScaleResult(String text, int n, Optional<BigDecimal> mean, int[] distribution, boolean suppressed) {
        /** "5,4", or "–" when there is no mean to show. */
        public String meanText() {
            return mean.map(m -> m.toPlainString().replace('.', ',')).orElse("–");
        }
    }

    /** A question's free-text answers (or a statement's comments). */
    public record TextResult(String question, boolean comments, List<String> answers) {
    }

    public record Figures(int exited, int answered, Optional<Integer> responseRate, List<ScaleResult> scales,
                          List<TextResult> texts) {
    }

    public static Figures of(int exited, List<Response> responses, boolean boardVersion, int privacyThreshold) {
        Map<String, int[]> distributions = new LinkedHashMap<>();
        Map<String, List<String>> comments = new LinkedHashMap<>();
        Map<String, List<String>> freeTexts = new LinkedHashMap<>();
        for (Response r : responses) {
            for (int i = 0; i < r.items().size() && i < r.answers().size(); i++) {
                Item item = r.items().get(i);
                Answer a = r.answers().get(i);
                if (item.kind() == Item.Kind.SCALE) {
                    int[] d = distributions.computeIfAbsent(item.text(), k -> new int[6]);
                    if (a.scale() != null && a.scale() >= 1 && a.scale() <= 6) {
                        d[a.scale() - 1]++;
                    }
                    if (item.commentAllowed()) {
                        comments.computeIfAbsent(item.text(), k -> new ArrayList<>());
                        addText(comments.get(item.text()), a);
                    }
                } else {
                    addText(freeTexts.computeIfAbsent(item.text(), k -> new ArrayList<>()), a);
                }
            }
        }
        List<ScaleResult> scales = new ArrayList<>();
        distributions.forEach((text, d) -> {
            int n = 0;
            int sum = 0;
            for (int v = 1; v <= 6; v++) {
                n += d[v - 1];
                sum += v * d[v - 1];
            }
            boolean suppressed = boardVersion && n < privacyThreshold;
            Optional<BigDecimal> mean = n == 0 || suppressed ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
            scales.add(new ScaleResult(text, n, mean, suppressed ? new int[6] : d.clone(), suppressed));
        });
        List<TextResult> texts = new ArrayList<>();
        if (!boardVersion) {
            comments.forEach((q, list) -> texts.add(new TextResult(q, true, List.copyOf(list))));
            freeTexts.forEach((q, list) -> texts.add(new TextResult(q, false, List.copyOf(list))));
        }
        Optional<Integer> rate = exited == 0 ? Optional.empty()
                : Optional.of((int) Math.round(100.0 * responses.size() / exited));
        return new Figures(exited, responses.size(), rate, scales, texts);
    }

    private static void addText(List<String> into, Answer a) {
        if (a.text() != null && !a.text().isBlank()) {
            into.add(a.text().strip());
        }
    }
}
