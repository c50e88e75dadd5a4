package se.samspar.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The answer to one item: a value 1–6 (scale items) and a text (the comment, or the free-text answer). */
public record Answer(@Nullable Integer scale, @Nullable String text) {

    public static final Answer NONE = new Answer(null, null);

    public boolean isEmpty() {
        return scale == null && (text == null || text.isBlank());
    }

    /**
     * A broken rule: the item's position (0-based), the translation key, and whether it concerns
     * the comment of a scale item rather than its value.
     */
    public record Problem(int position, String key, boolean onComment) {
        public Problem(int position, String key) {
            this(position, key, false);
        }

        /** The field a form shows it at: "item-3", or "item-3-comment" for a scale item's comment. */
        public String field() {
            return "item-" + position + (onComment ? "-comment" : "");
        }
    }

    /** Checks the answers against the items, in order: required, 1–6, length; the first broken rule. */
    public static Optional<Problem> check(List<Item> items, List<Answer> answers) {
        return checkAll(items, answers).stream().findFirst();
    }

    /**
     * Every broken rule, at most one for an item's value and one for its comment, so that a form
     * can mark every unanswered question at once.
     */
    public static List<Problem> checkAll(List<Item> items, List<Answer> answers) {
        if (answers == null || answers.size() != items.size()) {
            return List.of(new Problem(0, "questionnaire.error.answers-mismatch"));
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Answer a = answers.get(i) == null ? NONE : answers.get(i);
            boolean scaleItem = item.kind() == Item.Kind.SCALE;
            if (scaleItem) {
                if (a.scale() == null && item.required()) {
                    problems.add(new Problem(i, "questionnaire.error.scale-required"));
                } else if (a.scale() != null && (a.scale() < 1 || a.scale() > 6)) {
                    problems.add(new Problem(i, "questionnaire.error.scale-range"));
                }
                if (!item.commentAllowed() && a.text() != null && !a.text().isBlank()) {
                    problems.add(new Problem(i, "questionnaire.error.no-comment", true));
                    continue;
                }
            } else {
                if (a.scale() != null) {
                    problems.add(new Problem(i, "questionnaire.error.scale-range"));
                    continue;
                }
                if (item.required() && se.samspar.base.TextInput.stripped(a.text()) == null) {
                    problems.add(new Problem(i, "error.required"));
                    continue;
                }
            }
            String text = se.samspar.base.TextInput.stripped(a.text());
            if (text != null && !se.samspar.base.TextInput.clean(text)) {
                problems.add(new Problem(i, se.samspar.base.TextInput.INVISIBLE, scaleItem));
            } else if (text != null && se.samspar.base.TextInput.length(text) > Item.ANSWER_MAX) {
                problems.add(new Problem(i, "questionnaire.error.answer-too-long", scaleItem));
            }
        }
        return problems;
    }

    /** Refuses the answers with every broken rule at once. */
    public static void refuseUnlessValid(List<Item> items, List<Answer> answers) {
        List<Problem> problems = checkAll(items, answers);
        if (!problems.isEmpty()) {
            throw new se.samspar.base.InvalidInputException(problems.stream()
                    .map(p -> new se.samspar.base.InvalidInputException.Problem(p.field(), p.key())).toList());
        }
    }
}
