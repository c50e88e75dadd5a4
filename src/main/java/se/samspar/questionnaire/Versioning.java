package se.samspar.questionnaire;

import java.util.List;

/**
 * What saving a template does: nothing when the items are the same, an edit in place while no
 * one has answered, and a new version once answers exist, so that every answer keeps the
 * questions it was given on.
 */
public final class Versioning {

    public enum Outcome { UNCHANGED, IN_PLACE, NEW_VERSION }

    private Versioning() {
    }

    public static Outcome of(List<Item> current, List<Item> edited, boolean answered) {
        List<Item> normalised = edited.stream().map(Item::normalised).toList();
        if (current.equals(normalised)) {
            return Outcome.UNCHANGED;
        }
        return answered ? Outcome.NEW_VERSION : Outcome.IN_PLACE;
    }
}
