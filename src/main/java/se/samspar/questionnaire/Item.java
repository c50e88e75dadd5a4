package se.samspar.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One question of a template: a statement answered on the scale 1–6 (6 best), with an optional
 * comment, or a free-text question.
 */
public record Item(Kind kind, String text, boolean commentAllowed, boolean required) {

    public static final int TEXT_MAX = 300;
    /** Longest answer or comment. */
    public static final int ANSWER_MAX = 2000;

    public enum Kind { SCALE, TEXT }

    public static Item scale(String text) {
        return new Item(Kind.SCALE, text, true, true);
    }

    public static Item freeText(String text) {
        return new Item(Kind.TEXT, text, false, false);
    }

    /** The six items of the 2018 reports, seeded for every programme. */
    public static List<Item> defaults() {
        return List.of(scale("Omfattningen har varit bra (antal veckor och tillfällen)"),
                scale("Jag känner mig mer redo att ta nästa steg"),
                scale("Jag har blivit bemött med respekt"),
                freeText("Vad har varit bra?"),
                freeText("Vad har varit mindre bra / kan utvecklas?"),
                freeText("Övriga kommentarer"));
    }

    /** The translation key of what is wrong with a template's items, or empty. */
    public static Optional<String> problem(List<Item> items) {
        if (items == null || items.isEmpty()) {
            return Optional.of("questionnaire.error.no-items");
        }
        for (Item i : items) {
            if (i.kind() == null || i.text() == null || i.text().isBlank()) {
                return Optional.of("questionnaire.error.item-text");
            }
            if (i.text().strip().length() > TEXT_MAX) {
                return Optional.of("error.too-long");
            }
        }
        return Optional.empty();
    }

    Item normalised() {
        return new Item(kind, text.strip(), kind == Kind.SCALE && commentAllowed, required);
    }
}
