package se.samspar.programme;

/** The kinds of budgeted places a programme may have in a period. */
public enum PlaceKind {
    /** Platser: places for active participants. */
    BUDGETED,
    /** Uppföljningsplatser: follow-up for up to a year after exit. */
    FOLLOW_UP,
    /** Another kind named by the coordinator, e.g. Hikikomori's "utslussning". */
    OTHER;

    public String translationKey() {
        return "places.kind." + name();
    }
}
