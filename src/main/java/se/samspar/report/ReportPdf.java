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
        // Disclosure control of the whole document, before any of it is laid out.
        this.c = ReportCounts.of(f, in.boardThreshold().orElse(null));
    }

    public static byte[] render(Input in) {
        return new ReportPdf(in).document();
    }

    private byte[] document() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfKit.Pdf pdf = PdfKit.a4(out, in.footer(), f.programmeName() + " – " + periodText(f.period()),
                c.anyMark() ? c.model().note().orElse(null) : null);
        Document doc = pdf.doc();
        writer = pdf.writer();
        ReportPdfGroups groups = new ReportPdfGroups(in, c, doc, writer);
        ReportPdfSteps steps = new ReportPdfSteps(in, c, doc, writer);
        doc.add(paragraph(f.programmeName().toUpperCase(SV), PdfKit.TITLE, 2));
        doc.add(paragraph(periodText(f.period()).toUpperCase(SV), PdfKit.TITLE, 4));
        doc.add(paragraph(kindText(in.draft().kind()) + (c.board() ? " · styrelsens version: inga antal som rör färre "
                + "än " + c.threshold() + " personer, och inga uppgifter om enskilda" : ""), small, 2));
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
                        + (before == null ? "" : " (Föregående period: " + c.previous("exited")
                        + " avslutade.)"), text, 6));
                text(in.draft().texts().resultComment(), doc);
                doc.add(paragraph("", text, 4));
                steps.section();
            } else if (c.board() && now.places().exited() < c.threshold()) {
                // One or two exited: any breakdown of them (kön, age, education, reasons) describes those persons.
                PdfKit.keepRoom(doc, writer, 140);
                doc.add(paragraph("Resultat", heading, 4));
                doc.add(paragraph("Färre än " + c.threshold() + " deltagare har avslutats under perioden: resultat, "
                        + "målgrupp, tid i insatsen och avslutsorsaker redovisas därför inte i styrelsens version.",
                        text, 6));
                text(in.draft().texts().resultComment(), doc);
                doc.add(paragraph("", text, 4));
                groups.exitQuestionnaire();
            } else {
                results(doc);
                steps.section();
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
                    + " aktuella deltagare)" : "") + ". Vid periodens slut var " + c.n("inUse") + " platser i bruk.",
                    text, 4));
        }
        if (cap.followUp() > 0) {
            doc.add(paragraph(cap.followUpUsed() == 0 ? "Ingen deltagare har tagit del av uppföljningsstödet under perioden."
                    : ReportCounts.people(c.now("followUpUsed"), "person", "personer") + " har"
                    + " tagit del av uppföljningsstödet (haft en uppföljningskontakt under perioden).", text, 4));
        }
        doc.add(paragraph("Under perioden har " + c.n("started") + " deltagare startat och " + c.n("exited")
                + " deltagare avslutat. Aktiva under perioden: " + c.n("active") + " inskrivningar (" + c.n("persons")
                + " personer: " + c.womenAndMen("women", "men") + "). Aktiva vid periodens slut: " + c.n("atEnd")
                + "." + (p.overBudgetStarts() > 0 ? " " + ReportCounts.people(c.now("overBudget"), "start", "starter")
                + " utöver de budgeterade platserna."
                : ""), text, 4));
        if (p.anonymousDuring() > 0) {
            doc.add(paragraph("Det finns även " + c.n("anonymous") + " anonyma deltagare registrerade som inte är med i "
                    + "nedanstående statistik; de räknas i platserna.", text, 4));
        }
        doc.add(paragraph("", text, 6));
    }

    private void results(Document doc) {
        ReportFigures.Results r = now.results();
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Resultat", heading, 4));
        String work = "reason." + se.samspar.enrolment.ExitReasons.ARBETE;
        String studies = "reason." + se.samspar.enrolment.ExitReasons.STUDIER;
        doc.add(paragraph("Av " + c.n("exited") + " avslutade deltagare har " + c.n(work) + " gått till arbete ("
                + c.womenAndMen("work.women", "work.men") + ") = " + c.percent(work, "exited") + ", och "
                + c.n(studies) + " till studier. Arbete eller studier: " + c.n("wos") + " = " + c.percent("wos", "exited")
                + c.previousPercent("wos", "exited")
                + (r.targetPercent() == null ? "." : ", målet är " + r.targetPercent() + "\u00a0%.")
                + " Till aktivt arbetssökande: " + c.n("reason." + se.samspar.enrolment.ExitReasons.AKTIVT_ARBETSSOKANDE)
                + ".", text, 6));
        text(in.draft().texts().resultComment(), doc);
        doc.add(paragraph("", text, 4));
    }

    private void targetGroup(Document doc) {
        ReportFigures.TargetGroup t = now.targetGroup();
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Målgruppsbeskrivning avslutade deltagare", heading, 4));
        List<String> bands = c.ages.labels();
        // The youngest and the oldest are one person each: the board reads their age bands, not their ages.
        String span = c.board() && (t.exited() < c.threshold() || bands.size() < 2) ? "" : t.youngest().map(y -> c.board()
                ? c.ages.indexOf(y) == c.ages.indexOf(t.oldest().orElse(y))
                ? " Deltagarna har alla varit i åldersgruppen " + bands.get(c.ages.indexOf(y)) + " år."
                : " Deltagarna har varit i åldersgrupperna " + bands.get(c.ages.indexOf(y)) + " till "
                + bands.get(c.ages.indexOf(t.oldest().orElse(y))) + " år."
                : " Deltagarna har varit i åldersspannet " + y + "–" + t.oldest().orElse(y) + " år.").orElse("");
        doc.add(paragraph("Könsfördelningen har under perioden varit " + c.womenAndMen("tg.women", "tg.men") + "." + span,
                text, 6));
        if (bands.size() == 1 && c.board()) {
            doc.add(paragraph("Åldersfördelningen redovisas inte: färre än " + c.threshold() + " personer i flera "
                    + "åldersgrupper.", small, 6));
        } else {
            PdfPTable ages = table(bands.size());
            bands.forEach(band -> ages.addCell(cell(band + " år", subheading)));
            for (int i = 0; i < bands.size(); i++) {
                ages.addCell(cell(c.n("age." + i), text));
            }
            doc.add(ages);
        }
        PdfKit.keepRoom(doc, writer, 90);
        doc.add(paragraph("Utbildningsbakgrund", subheading, 4));
        counts(doc, "edu.", c.educationRows.codes(), "utbildningsgrupper");
        years(doc, t);
        PdfKit.keepRoom(doc, writer, 90);
        doc.add(paragraph("Offentlig försörjning vid start", subheading, 4));
        counts(doc, "support.", c.supportRows.codes(), "slag av försörjning");
        doc.add(paragraph("Då det är möjligt att ha kompletterande ersättningar kan antalet ersättningar ("
                + c.n("mentions") + ") överstiga totalsumman för målgruppen (" + c.n("exited") + ").", small, 10));
    }

    private void years(Document doc, ReportFigures.TargetGroup t) {
        ReportFigures.@Nullable TargetGroup b = before == null ? null : before.targetGroup();
        PdfKit.keepRoom(doc, writer, 90);
        doc.add(paragraph("Tid i offentlig försörjning", subheading, 4));
        // A mean over fewer than k persons gives a person's value away to whoever knows the others'.
        int underNine = t.exited() - t.yearsUnknown() - t.nineYearsOrMore();
        boolean meanShown = !c.board() || underNine >= c.threshold();
        // The fewest and the most years are one person's each: not in the board's version.
        doc.add(paragraph((c.board() ? "" : t.fewestYears().map(min -> "Tid i offentlig försörjning varierar mellan "
                + min + " och " + t.mostYears().orElse(min) + " år. ").orElse(""))
                + t.meanYearsUnderNine().filter(m -> meanShown).map(m -> "Bland de som haft offentlig försörjning i "
                + "mindre än " + ReportFigures.LONG_SUPPORT_YEARS + " år är snittet " + ReportText.decimal(m) + " år"
                + (b == null ? "" : b.meanYearsUnderNine().filter(x -> !c.board() || b.exited() - b.yearsUnknown()
                - b.nineYearsOrMore() >= c.threshold()).map(x -> " (" + ReportText.decimal(x) + ")").orElse(""))
                + ". ").orElse("")
                + c.n("nine") + " deltagare har haft offentlig försörjning i " + ReportFigures.LONG_SUPPORT_YEARS
                + " år eller mer." + (t.yearsUnknown() > 0 ? " För " + c.now("yearsUnknown") + " deltagare är tiden "
                + "inte känd." : ""), text, 6));
        if (!f.layout().years().isEmpty() && c.years.isEmpty()) {
            doc.add(paragraph("Tiden i band redovisas inte: färre än " + c.threshold() + " personer i flera band.",
                    small, 6));
        } else if (!f.layout().years().isEmpty()) {
            List<String> labels = new java.util.ArrayList<>(c.years.labels("år", "%2$d år eller mer"));
            List<String> keys = new java.util.ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                keys.add("year." + i);
            }
            labels.add("uppgift saknas");
            keys.add("yearsUnknown");
            bandTable(doc, labels, keys);
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
                + (before == null ? "" : before.time().meanDays().filter(d -> !c.board()
                || before.targetGroup().exited() >= c.threshold()).map(d -> " (föregående period " + d + " dagar)")
                .orElse("")) + ".", text, 6));
        if (!f.layout().months().isEmpty()) {
            List<String> labels = c.months.labels("mån", "mer än %1$d mån");
            if (labels.isEmpty()) {
                doc.add(paragraph("Tiden i band redovisas inte: färre än " + c.threshold() + " personer i flera band.",
                        small, 6));
            } else {
                List<String> keys = new java.util.ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    keys.add("time." + i);
                }
                bandTable(doc, labels, keys);
            }
        }
        doc.add(paragraph("", text, 4));
    }

    private void exitReasons(Document doc) {
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Avslutsorsak", heading, 4));
        doc.add(paragraph("Av de " + c.n("exited") + " deltagare som avslutats under perioden (en deltagare kan ha "
                + "flera orsaker):", text, 4));
        counts(doc, "reason.", c.exitRows.codes(), "avslutsorsaker");
        if (now.exitsWithoutReason() > 0) {
            doc.add(paragraph("För " + c.now("withoutReason") + " avslutade är ingen avslutsorsak registrerad.",
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

    /**
     * A table of code → count, the rows with a count in either period; in the board's version, a
     * table most of whose counts are withheld is one line instead.
     */
    private void counts(Document doc, String prefix, List<String> codes, String what) {
        List<String> rows = c.rows(prefix, codes);
        long withheld = rows.stream().filter(code -> !c.shown(prefix + code) && c.value(prefix + code) > 0).count();
        long nonZero = rows.stream().filter(code -> c.value(prefix + code) > 0).count();
        boolean onlyOthers = rows.size() == 1 && ReportCounts.OTHERS.equals(rows.getFirst());
        if (c.board() && (onlyOthers || nonZero > 1 && withheld * 2 > nonZero)) {
            doc.add(paragraph("Redovisas inte: färre än " + c.threshold() + " personer i flera " + what + ".", small, 6));
            return;
        }
        PdfPTable table = table(2);
        table.setWidths(new float[] {4, 1.2f});
        rows.forEach(code -> {
            table.addCell(cell(ReportCounts.OTHERS.equals(code) ? "Övriga" : in.labels().getOrDefault(code,
                    ReportFigures.UNKNOWN.equals(code) ? "Uppgift saknas" : code), text));
            table.addCell(right(c.n(prefix + code)));
        });
        doc.add(table);
    }

    private void bandTable(Document doc, List<String> labels, List<String> keys) {
        PdfPTable table = table(2);
        table.setWidths(new float[] {4, 1.2f});
        for (int i = 0; i < labels.size(); i++) {
            table.addCell(cell(labels.get(i), text));
            table.addCell(right(c.n(keys.get(i))));
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
            case INDIKATORER -> "Sammanställning av indikatorer";
            case ARSRAPPORT -> "Årsrapport";
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
