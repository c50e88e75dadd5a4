package se.samspar.report;

/**
 * Which report: a programme's interim report (delårsrapport), its full year's or its final one,
 * or the board's gender-divided statistics over the whole förbund.
 */
public enum ReportKind {
    DELAR,
    HELAR,
    SLUTRAPPORT,
    STATISTIK;

    /** The kinds a coordinator writes about one programme. */
    public static final java.util.List<ReportKind> PROGRAMME_REPORTS = java.util.List.of(DELAR, HELAR, SLUTRAPPORT);

    public String translationKey() {
        return "report.kind." + name();
    }
}
