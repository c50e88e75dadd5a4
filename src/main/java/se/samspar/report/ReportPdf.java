package se.samspar.report;

import static se.samspar.report.PdfKit.cell;
import static se.samspar.report.PdfKit.paragraph;
import static se.samspar.report.PdfKit.right;
import static se.samspar.report.PdfKit.table;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The periodic report as a PDF with OpenPDF: A4, DejaVu Sans embedded for å, ä and ö, the
 * förbund's name and org.nr on every page with the page number, and the sections in the order
 * and wording of the real reports. Codes are written with their labels, in the code lists' order.
 * When the report compares, the previous period's count follows every count in brackets. In the
 * board's version every count about fewer than k persons reads "&lt;k" (with its complementary
 * cell withheld); questionnaire means come suppressed from the questionnaire module already. The
 * group sections are laid out by {@link ReportPdfGroups}.
 */
public final class ReportPdf {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL", SV);
    private final Font heading = PdfKit.HEADING;
    private final Font subheading = PdfKit.SUBHEADING;
    private final Font text = PdfKit.TEXT;
    private final Font small = PdfKit.SMALL;

    private final Input in;
    private final ReportService.Figures f;
    private final ReportFigures.PeriodFigures now;
    private final ReportFigures.@Nullable PeriodFigures before;
    private final ReportCounts c;
    /** The exit reasons' cells: the table and the results paragraph print the same ones. */
    private final Map<String, String> exitCells;
    private PdfWriter writer;

    /**
     * What a report is made of.
     *
     * @param labels         code → label for education, support and exit reasons
     * @param footer         the förbund's name and organisation number, on every page
     * @param boardThreshold k for the board's version, empty for the coordinator's full version
     * @param groupTexts     the group evaluations' comments: picked quotes among them go under Gruppverksamheten
     */
    public record Input(ReportService.Figures figures, DraftContent draft, Map<String, String> labels, String footer,
                        Optional<Integer> boardThreshold, Set<String> groupTexts) {
        public Input(ReportService.Figures figures, DraftContent draft, Map<String, String> labels, String footer,
                     Optional<Integer> boardThreshold) {
            this(figures, draft, labels, footer, boardThreshold, Set.of());
        }
    }

    private ReportPdf(Input in) {
        this.in = in;
        this.f = in.figures();
        this.now = f.now();
        this.before = f.previous().orElse(null);
        this.c = new ReportCounts(in.boardThreshold().orElse(null));
        this.exitCells = c.table(now.exitReasons(), before == null ? null : before.exitReasons());
    }

    public static byte[] render(Input in) {
        return new ReportPdf(in).document();
    }

    private byte[] document() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfKit.Pdf pdf = PdfKit.a4(out, in.footer(), f.programmeName() + " – " + periodText(f.period()));
        Document doc = pdf.doc();
        writer = pdf.writer();
        ReportPdfGroups groups = new ReportPdfGroups(in, c, doc, writer);
        doc.add(paragraph(f.programmeName().toUpperCase(SV), PdfKit.TITLE, 2));
        doc.add(paragraph(periodText(f.period()).toUpperCase(SV), PdfKit.TITLE, 4));
        doc.add(paragraph(kindText(in.draft().kind()) + (c.board() ? " · styrelsens version: antal som rör färre än "
                + c.threshold() + " personer visas som <" + c.threshold() : ""), small, 2));
        if (before != null) {
            doc.add(paragraph("Inom parentes efter varje antal: föregående period (" + periodText(before.period())
                    + ").", small, 2));
        }
        doc.add(paragraph("", small, 8));
        section("Syfte och mål/beskrivning av uppdraget", in.draft().texts().purpose(), doc);
        if (f.empty()) {
            doc.add(paragraph("Programmet hade inga deltagare under perioden.", text, 8));
        } else {
            places(doc);
            groups.headcounts();
            if (now.places().exited() == 0) {
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Resultat", heading, 4));
                doc.add(paragraph("Ingen deltagare har avslutats under perioden."
                        + (before == null ? "" : " (Föregående period: " + c.n(before.places().exited())
                        + " avslutade.)"), text, 6));
                text(in.draft().texts().resultComment(), doc);
                doc.add(paragraph("", text, 4));
            } else {
                results(doc);
                targetGroup(doc);
                time(doc);
                exitReasons(doc);
                groups.exitQuestionnaire();
            }
            if (in.draft().kind() == ReportKind.SLUTRAPPORT) {
                groups.supportOutcome();
            }
            groups.quotes(false);
            groups.groups();
        }
        section("Metodutveckling", in.draft().texts().methodDevelopment(), doc);
        section("Utmaningar och utvecklingsområden", in.draft().texts().challenges(), doc);
        section("Kommentarer", in.draft().texts().comments(), doc);
        signature(doc);
        doc.close();
        return out.toByteArray();
    }

    private @Nullable Integer prev(java.util.function.Function<ReportFigures.PeriodFigures, Integer> figure) {
        return before == null ? null : figure.apply(before);
    }

    private void places(Document doc) {
        ReportFigures.Places p = now.places();
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Uppföljning av antal deltagare och platser", heading, 4));
        ReportFigures.Capacity cap = f.capacity();
        if (cap.budgeted() > 0 || cap.followUp() > 0) {
            StringBuilder other = new StringBuilder();
            cap.other().forEach((label, n) -> other.append(", ").append(n).append(" platser för ")
                    .append(label.toLowerCase(SV)));
            doc.add(paragraph("I programmet finns plats för " + cap.budgeted() + " aktuella deltagare" + other
                    + (cap.followUp() > 0 ? " och " + cap.followUp() + " uppföljningsplatser" : "")
                    + (cap.budgetedAtStart() != cap.budgeted() ? " (vid periodens början " + cap.budgetedAtStart()
                    + " aktuella deltagare)" : "") + ". Vid periodens slut var "
                    + c.n(p.inUseAtEnd(), prev(b -> b.places().inUseAtEnd())) + " platser i bruk.", text, 4));
        }
        if (cap.followUp() > 0) {
            doc.add(paragraph(cap.followUpUsed() == 0 ? "Ingen deltagare har tagit del av uppföljningsstödet under perioden."
                    : c.n(cap.followUpUsed()) + (cap.followUpUsed() == 1 ? " person har" : " personer har")
                    + " tagit del av uppföljningsstödet (haft en uppföljningskontakt under perioden).", text, 4));
        }
        doc.add(paragraph("Under perioden har " + c.n(p.started(), prev(b -> b.places().started()))
                + " deltagare startat och " + c.n(p.exited(), prev(b -> b.places().exited()))
                + " deltagare avslutat. Aktiva under perioden: "
                + c.n(p.activeDuring(), prev(b -> b.places().activeDuring())) + " inskrivningar ("
                + c.n(p.uniquePersonsDuring(), prev(b -> b.places().uniquePersonsDuring())) + " personer: "
                + kon(p.womenDuring(), p.menDuring(), before == null ? null : before.places()) + "). Aktiva vid periodens slut: " + c.n(p.activeAtEnd(), prev(b -> b.places().activeAtEnd()))
                + "." + (p.overBudgetStarts() > 0 ? " " + c.n(p.overBudgetStarts())
                + " start utöver de budgeterade platserna." : ""), text, 4));
        if (p.anonymousDuring() > 0) {
            doc.add(paragraph("Det finns även " + c.n(p.anonymousDuring(), prev(b -> b.places().anonymousDuring()))
                    + " anonyma deltagare registrerade som inte är med i nedanstående statistik; de räknas i "
                    + "platserna.", text, 4));
        }
        doc.add(paragraph("", text, 6));
    }

    /** "18 kvinnor och 22 män", with the previous period's in brackets. */
    private String kon(int women, int men, ReportFigures.@Nullable Places previous) {
        List<String> cells = c.row(List.of(women, men), previous == null ? null
                : List.of(previous.womenDuring(), previous.menDuring()));
        return ReportCounts.womenAndMen(cells);
    }

    private void results(Document doc) {
        ReportFigures.Results r = now.results();
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Resultat", heading, 4));
        // The counts to work, studies and job-seeking are cells of the exit reasons' table: the text
        // prints the very cells the table does, so that a cell the board's table withholds is withheld here too.
        Map<String, String> reasons = exitCells;
        String work = reasons.getOrDefault(se.samspar.enrolment.ExitReasons.ARBETE, c.n(0, prev(b -> 0)));
        String studies = reasons.getOrDefault(se.samspar.enrolment.ExitReasons.STUDIER, c.n(0, prev(b -> 0)));
        String jobSearch = reasons.getOrDefault(se.samspar.enrolment.ExitReasons.AKTIVT_ARBETSSOKANDE,
                c.n(0, prev(b -> 0)));
        boolean workShown = ReportCounts.numeric(work);
        boolean bothShown = workShown && ReportCounts.numeric(studies);
        List<String> kon = workShown ? c.row(List.of(r.toWorkWomen(), r.toWorkMen()), before == null ? null
                : List.of(before.results().toWorkWomen(), before.results().toWorkMen()))
                : List.of(BoardSuppression.COMPLEMENTARY, BoardSuppression.COMPLEMENTARY);
        doc.add(paragraph("Av " + c.n(r.exited(), prev(b -> b.results().exited())) + " avslutade deltagare har "
                + work + " gått till arbete (" + ReportCounts.womenAndMen(kon) + ") = "
                + (workShown ? c.percent(r.toWork(), r.toWorkPercent()) : "–") + ", och " + studies
                + " till studier. Arbete eller studier: "
                + (bothShown ? c.n(r.toWorkOrStudies(), prev(b -> b.results().toWorkOrStudies())) + " = "
                + c.percent(r.toWorkOrStudies(), r.toWorkOrStudiesPercent())
                + (before == null ? "" : " (" + c.percent(before.results().toWorkOrStudies(),
                before.results().toWorkOrStudiesPercent()) + ")") : BoardSuppression.COMPLEMENTARY + " = –")
                + (r.targetPercent() == null ? "." : ", målet är " + r.targetPercent() + "\u00a0%.")
                + " Till aktivt arbetssökande: " + jobSearch + ".", text, 6));
        text(in.draft().texts().resultComment(), doc);
        doc.add(paragraph("", text, 4));
    }

    private void targetGroup(Document doc) {
        ReportFigures.TargetGroup t = now.targetGroup();
        ReportFigures.TargetGroup b = before == null ? null : before.targetGroup();
        boolean fewExited = c.board() && t.exited() < c.threshold();
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Målgruppsbeskrivning avslutade deltagare", heading, 4));
        List<String> kon = c.row(List.of(t.women(), t.men()), b == null ? null : List.of(b.women(), b.men()));
        List<String> bands = f.layout().ages().labels();
        // The youngest and the oldest are one person each: the board reads their age bands, not their ages.
        String span = fewExited ? "" : t.youngest().map(y -> c.board()
                ? " Deltagarna har varit i åldersgrupperna " + bands.get(f.layout().ages().indexOf(y)) + " till "
                + bands.get(f.layout().ages().indexOf(t.oldest().orElse(y))) + " år."
                : " Deltagarna har varit i åldersspannet " + y + "–" + t.oldest().orElse(y) + " år.").orElse("");
        doc.add(paragraph("Könsfördelningen har under perioden varit " + ReportCounts.womenAndMen(kon) + "." + span,
                text, 6));
        PdfPTable ages = table(bands.size());
        bands.forEach(band -> ages.addCell(cell(band + " år", subheading)));
        c.row(t.ageBands(), b == null ? null : b.ageBands()).forEach(n -> ages.addCell(cell(n, text)));
        doc.add(ages);
        PdfKit.keepRoom(doc, writer, 90);
        doc.add(paragraph("Utbildningsbakgrund", subheading, 4));
        doc.add(counts(c.table(t.education(), b == null ? null : b.education())));
        years(doc, t, b);
        PdfKit.keepRoom(doc, writer, 90);
        doc.add(paragraph("Offentlig försörjning vid start", subheading, 4));
        doc.add(counts(c.table(t.supportAtStart(), b == null ? null : b.supportAtStart())));
        doc.add(paragraph("Då det är möjligt att ha kompletterande ersättningar kan antalet ersättningar ("
                + c.n(t.supportMentions(), b == null ? null : b.supportMentions())
                + ") överstiga totalsumman för målgruppen (" + c.n(t.exited(), b == null ? null : b.exited()) + ").",
                small, 10));
    }

    private void years(Document doc, ReportFigures.TargetGroup t, ReportFigures.@Nullable TargetGroup b) {
        PdfKit.keepRoom(doc, writer, 90);
        doc.add(paragraph("Tid i offentlig försörjning", subheading, 4));
        int withYears = t.exited() - t.yearsUnknown();
        boolean fewYears = c.board() && withYears < c.threshold();
        // A mean over fewer than k persons gives a person's value away to whoever knows the others'.
        int underNine = withYears - t.nineYearsOrMore();
        // The fewest and the most years are one person's each: not in the board's version.
        doc.add(paragraph((fewYears ? "" : (c.board() ? "" : t.fewestYears().map(min ->
                "Tid i offentlig försörjning varierar mellan " + min + " och " + t.mostYears().orElse(min) + " år. ")
                .orElse(""))
                + t.meanYearsUnderNine().filter(m -> !c.board() || underNine >= c.threshold())
                .map(m -> "Bland de som haft offentlig försörjning i mindre än "
                + ReportFigures.LONG_SUPPORT_YEARS + " år är snittet " + ReportText.decimal(m) + " år"
                + (b == null ? "" : b.meanYearsUnderNine().map(x -> " (" + ReportText.decimal(x) + ")").orElse(""))
                + ". ").orElse(""))
                + c.n(t.nineYearsOrMore(), b == null ? null : b.nineYearsOrMore())
                + " deltagare har haft offentlig försörjning i " + ReportFigures.LONG_SUPPORT_YEARS + " år eller mer."
                + (t.yearsUnknown() > 0 ? " För " + c.n(t.yearsUnknown()) + " deltagare är tiden inte känd." : ""),
                text, 6));
        if (!t.yearBands().isEmpty()) {
            List<String> labels = new java.util.ArrayList<>(f.layout().years().labels("år", "%2$d år eller mer"));
            labels.add("uppgift saknas");
            bandTable(doc, labels, t.yearBands(), b == null ? null : b.yearBands());
        }
    }

    private void time(Document doc) {
        ReportFigures.TimeInProgramme time = now.time();
        if (time.meanDays().isEmpty() || c.board() && now.targetGroup().exited() < c.threshold()) {
            return;
        }
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Tid i insatsen", heading, 4));
        int shortest = time.shortestMonths().orElse(0);
        int longest = time.longestMonths().orElse(0);
        // The shortest and the longest stay are one person's each: the board reads the mean only.
        doc.add(paragraph("De avslutade deltagarna har varit i insatsen " + (c.board() ? "" : (shortest == longest
                ? shortest : shortest + "–" + longest) + (longest == 1 ? " månad" : " månader") + ", ") + "i genomsnitt "
                + time.meanDays().get() + " dagar (" + time.meanMonths().orElse(0)
                + (time.meanMonths().orElse(0) == 1 ? " månad" : " månader") + ")"
                + (before == null ? "" : before.time().meanDays().map(d -> " (föregående period " + d + " dagar)")
                .orElse("")) + ".", text, 6));
        if (!time.bands().isEmpty()) {
            bandTable(doc, f.layout().months().labels("mån", "mer än %1$d mån"), time.bands(),
                    before == null ? null : before.time().bands());
        }
        doc.add(paragraph("", text, 4));
    }

    private void exitReasons(Document doc) {
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Avslutsorsak", heading, 4));
        doc.add(paragraph("Av de " + c.n(now.places().exited(), prev(b -> b.places().exited()))
                + " deltagare som avslutats under perioden (en deltagare kan ha flera orsaker):", text, 4));
        doc.add(counts(exitCells));
        if (now.exitsWithoutReason() > 0) {
            doc.add(paragraph("För " + c.n(now.exitsWithoutReason()) + " avslutade är ingen avslutsorsak registrerad.",
                    small, 4));
        }
        doc.add(paragraph("", text, 6));
    }

    private void signature(Document doc) {
        DraftContent d = in.draft();
        if (blank(d.place()) && d.signedOn() == null && blank(d.signature())) {
            return;
        }
        doc.add(paragraph("", text, 10));
        // Place, date and name stay together on one page.
        String line = ((blank(d.place()) ? "" : d.place() + " ") + (d.signedOn() == null ? "" : d.signedOn())).strip();
        org.openpdf.text.Paragraph signed = paragraph(line + (blank(d.signature()) ? "" : "\n" + d.signature()),
                text, 2);
        signed.setKeepTogether(true);
        doc.add(signed);
    }

    // ---- building blocks -----------------------------------------------------------------------

    /** A table of code → cell, the cells as {@link ReportCounts#table} writes them. */
    private PdfPTable counts(Map<String, String> cells) {
        PdfPTable table = table(2);
        table.setWidths(new float[] {4, 1.2f});
        cells.forEach((code, shown) -> {
            table.addCell(cell(in.labels().getOrDefault(code, ReportFigures.UNKNOWN.equals(code) ? "Uppgift saknas"
                    : code), text));
            table.addCell(right(shown));
        });
        return table;
    }

    private void bandTable(Document doc, List<String> labels, List<Integer> counts, @Nullable List<Integer> previous) {
        PdfPTable table = table(2);
        table.setWidths(new float[] {4, 1.2f});
        List<String> cells = c.row(counts, previous);
        for (int i = 0; i < labels.size() && i < cells.size(); i++) {
            table.addCell(cell(labels.get(i), text));
            table.addCell(right(cells.get(i)));
        }
        doc.add(table);
        doc.add(paragraph("", text, 4));
    }

    private void section(String name, @Nullable String body, Document doc) {
        if (!blank(body)) {
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph(name, heading, 4));
            text(body, doc);
            doc.add(paragraph("", text, 6));
        }
    }

    /** The section's free text, if there is any. */
    static void text(@Nullable String body, Document doc) {
        if (blank(body)) {
            return;
        }
        PdfKit.lines(doc, body);
    }

    static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    static String kindText(ReportKind kind) {
        return switch (kind) {
            case DELAR -> "Delårsrapport";
            case HELAR -> "Helårsrapport";
            case SLUTRAPPORT -> "Slutrapport";
            case STATISTIK -> "Könsuppdelad statistik";
        };
    }

    /** "oktober – december 2018", or one month, or "2018-10-08 – 2018-11-30" for other periods. */
    public static String periodText(Period p) {
        boolean wholeMonths = p.from().getDayOfMonth() == 1 && p.to().equals(p.to().withDayOfMonth(p.to().lengthOfMonth()));
        if (!wholeMonths) {
            return p.from() + " – " + p.to();
        }
        String from = p.from().format(MONTH) + (p.from().getYear() == p.to().getYear() ? "" : " " + p.from().getYear());
        String to = p.to().format(MONTH) + " " + p.to().getYear();
        return p.from().getMonth() == p.to().getMonth() && p.from().getYear() == p.to().getYear() ? to : from + " – " + to;
    }
}
