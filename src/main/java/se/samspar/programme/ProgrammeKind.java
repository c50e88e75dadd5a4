package se.samspar.programme;

/** How a programme records its participants. */
public enum ProgrammeKind {
    /** Each participant registered individually, with personal data where consent allows. */
    INDIVIDUAL,
    /** Only headcounts by kön ("pinnstatistik"), e.g. Hälsoskolan. */
    HEADCOUNT,
    /** Individual participants and headcount-only activities, e.g. ASF's inspiration trainings. */
    BOTH;

    public String translationKey() {
        return "programme.kind." + name();
    }
}
