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

    /** The translation key of the first thing wrong with a template's items, or empty. */
    public static Optional<String> problem(List<Item> items) {
        return problems(items).stream().findFirst().map(se.samspar.base.InvalidInputException.Problem::messageKey);
    }

    /**
     * Everything wrong with a template's items, each at its item ("item-2"), or at "items" when
     * there are none, so that the editor marks every faulty question at once.
     */
    public static List<se.samspar.base.InvalidInputException.Problem> problems(List<Item> items) {
        if (items == null || items.isEmpty()) {
            return List.of(new se.samspar.base.InvalidInputException.Problem("items", "questionnaire.error.no-items"));
        }
        List<se.samspar.base.InvalidInputException.Problem> problems = new java.util.ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            Item i = items.get(n);
            if (i.kind() == null || i.text() == null || i.text().isBlank()) {
                problems.add(new se.samspar.base.InvalidInputException.Problem("item-" + n, "questionnaire.error.item-text"));
            } else if (i.text().strip().length() > TEXT_MAX) {
                problems.add(new se.samspar.base.InvalidInputException.Problem("item-" + n, "error.too-long"));
            }
        }
        return problems;
    }

    Item normalised() {
        return new Item(kind, text.strip(), kind == Kind.SCALE && commentAllowed, required);
    }
}
