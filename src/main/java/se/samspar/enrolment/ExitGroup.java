package se.samspar.enrolment;

import java.util.Arrays;
import java.util.List;

/**
 * The groups of exit reasons the board's statistics read ("Arb/stud/arb.sök", "Fortsatt rehab",
 * …). Every exit reason of the code list carries one, chosen when the reason is created, so that a
 * förbund's own reasons are counted too. {@link #EJ_RAKNAD} is for wrong registrations, which no
 * table counts.
 */
public enum ExitGroup {
    ARBETE_STUDIER_ARBETSSOKANDE("Arb/stud/arb.sök"),
    FORTSATT_REHABILITERING("Fortsatt rehab"),
    SJUKDOM("Sjukdom"),
    FORALDRALEDIGHET("Föräldraledighet"),
    FLYTT("Flytt"),
    UTAN_MATNING("Utan mätning"),
    MEDGIVANDE_ATERTAGET("Medgivande återtaget"),
    OVRIGT("Övrigt"),
    EJ_RAKNAD("Räknas inte (felregistrering)");

    private final String boardLabel;

    ExitGroup(String boardLabel) {
        this.boardLabel = boardLabel;
    }

    /** The row's heading in the board's statistics (the PDF is Swedish whatever the UI locale). */
    public String boardLabel() {
        return boardLabel;
    }

    /** The groups that are rows of the board's table, in its order. */
    public static List<ExitGroup> counted() {
        return Arrays.stream(values()).filter(g -> g != EJ_RAKNAD).toList();
    }

    public String translationKey() {
        return "exit-group." + name();
    }
}
