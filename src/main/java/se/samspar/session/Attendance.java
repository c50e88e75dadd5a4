package se.samspar.session;

/** A member's attendance at one session. */
public enum Attendance {
    NARVARANDE,
    FRANVARANDE,
    /** Cancelled by the participant with notice. */
    AVBOKAT;

    public String translationKey() {
        return "attendance." + name();
    }
}
