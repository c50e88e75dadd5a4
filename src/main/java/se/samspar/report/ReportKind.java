package se.samspar.report;

/**
 * Which report: a programme's interim report (delårsrapport), its full year's or its final one,
 * or, over the whole förbund, the board's gender-divided statistics, the summary of the NNS
 * indicator surveys and the assembled annual report.
 */
public enum ReportKind {
    DELAR,
    HELAR,
    SLUTRAPPORT,
    STATISTIK,
    INDIKATORER,
    ARSRAPPORT;

    /** The kinds a coordinator writes about one programme. */
    public static final java.util.List<ReportKind> PROGRAMME_REPORTS = java.util.List.of(DELAR, HELAR, SLUTRAPPORT);

    public String translationKey() {
        return "report.kind." + name();
    }
}
