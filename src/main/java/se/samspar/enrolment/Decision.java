package se.samspar.enrolment;

/** The programme's decision on a referral. */
public enum Decision {
    /** Antagen: accepted, starts on the start date. */
    ANTAGEN,
    /** Väntelista: accepted when a place is free. */
    VANTELISTA,
    /** Ej aktuell: not for this programme; a reason is required. */
    EJ_AKTUELL;

    public String translationKey() {
        return "decision." + name();
    }
}
