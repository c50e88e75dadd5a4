package se.samspar.participant;

/** Kön as the förbund's statistics split it. */
public enum Kon {
    KVINNA,
    MAN;

    public String translationKey() {
        return "kon." + name();
    }
}
