package se.samspar.enrolment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where an enrolment stands on a given day, derived from its dates and decision: never stored,
 * so that it is always right for any day a report asks about.
 */
public enum EnrolmentStatus {
    /** Ansökt: referred, not decided or not yet started. */
    ANSOKT,
    /** Väntelista: accepted when a place is free. */
    VANTELISTA,
    /** Aktiv (aktuell): started and not exited. */
    AKTIV,
    /** Uppföljning: exited with follow-up support wanted, within the follow-up period. */
    UPPFOLJNING,
    /** Avslutad: exited. */
    AVSLUTAD,
    /** Ej aktuell: the referral was declined. */
    EJ_AKTUELL;

    /** Follow-up places last up to a year after exit. */
    public static final int FOLLOW_UP_MONTHS = 12;

    /**
     * The status on a day.
     *
     * @param decision null while undecided
     * @param startDate null until the participant starts
     * @param endDate null until the participant exits
     */
    public static EnrolmentStatus on(LocalDate day, @Nullable Decision decision, @Nullable LocalDate startDate,
                                     @Nullable LocalDate endDate, boolean followUpWanted) {
        if (endDate != null && !day.isBefore(endDate)) {
            boolean inFollowUp = followUpWanted && startDate != null
                    && !day.isAfter(endDate.plusMonths(FOLLOW_UP_MONTHS));
            return inFollowUp ? UPPFOLJNING : AVSLUTAD;
        }
        if (decision == Decision.EJ_AKTUELL) {
            return EJ_AKTUELL;
        }
        if (startDate != null && !day.isBefore(startDate)) {
            return AKTIV;
        }
        if (decision == Decision.VANTELISTA) {
            return VANTELISTA;
        }
        return ANSOKT;
    }

    /** Open: not yet exited or declined, so a second enrolment in the programme is not allowed. */
    public boolean isOpen() {
        return this == ANSOKT || this == VANTELISTA || this == AKTIV;
    }

    public String translationKey() {
        return "enrolment.status." + name();
    }
}
