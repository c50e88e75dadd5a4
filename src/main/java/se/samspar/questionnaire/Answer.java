package se.samspar.questionnaire;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The answer to one item: a value 1–6 (scale items) and a text (the comment, or the free-text answer). */
public record Answer(@Nullable Integer scale, @Nullable String text) {

    public static final Answer NONE = new Answer(null, null);

    public boolean isEmpty() {
        return scale == null && (text == null || text.isBlank());
    }

    /** A broken rule: the item's position (0-based) and the translation key. */
    public record Problem(int position, String key) {
    }

    /** Checks the answers against the items, in order: required, 1–6, length. */
    public static Optional<Problem> check(List<Item> items, List<Answer> answers) {
        if (answers == null || answers.size() != items.size()) {
            return Optional.of(new Problem(0, "questionnaire.error.answers-mismatch"));
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Answer a = answers.get(i) == null ? NONE : answers.get(i);
            if (item.kind() == Item.Kind.SCALE) {
                if (a.scale() == null && item.required()) {
                    return Optional.of(new Problem(i, "questionnaire.error.scale-required"));
                }
                if (a.scale() != null && (a.scale() < 1 || a.scale() > 6)) {
                    return Optional.of(new Problem(i, "questionnaire.error.scale-range"));
                }
                if (!item.commentAllowed() && a.text() != null && !a.text().isBlank()) {
                    return Optional.of(new Problem(i, "questionnaire.error.no-comment"));
                }
            } else {
                if (a.scale() != null) {
                    return Optional.of(new Problem(i, "questionnaire.error.scale-range"));
                }
                if (item.required() && se.samspar.base.TextInput.stripped(a.text()) == null) {
                    return Optional.of(new Problem(i, "error.required"));
                }
            }
            String text = se.samspar.base.TextInput.stripped(a.text());
            if (text != null && !se.samspar.base.TextInput.clean(text)) {
                return Optional.of(new Problem(i, se.samspar.base.TextInput.INVISIBLE));
            }
            if (text != null && se.samspar.base.TextInput.length(text) > Item.ANSWER_MAX) {
                return Optional.of(new Problem(i, "questionnaire.error.answer-too-long"));
            }
        }
        return Optional.empty();
    }
}
