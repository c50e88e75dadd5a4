package se.samspar.report;

/** Which report: the interim report (delårsrapport), the full year's, or the final one of a programme. */
public enum ReportKind {
    DELAR,
    HELAR,
    SLUTRAPPORT;

    public String translationKey() {
        return "report.kind." + name();
    }
}
