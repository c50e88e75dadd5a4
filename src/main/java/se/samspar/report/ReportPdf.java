package se.samspar.report;

import static se.samspar.report.PdfKit.cell;
import static se.samspar.report.PdfKit.paragraph;
import static se.samspar.report.PdfKit.right;
import static se.samspar.report.PdfKit.table;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.samspar.questionnaire.QuestionnaireFigures;
import se.samspar.session.AttendanceService;
import se.samspar.session.GroupFigures;

/**
 * The periodic report as a PDF with OpenPDF: A4, DejaVu Sans embedded for å, ä and ö, the
 * förbund's name and org.nr on every page with the page number, and the sections in the order
 * and wording of the real reports. Codes are written with their labels from the code lists. In
 * the board's version every count about fewer than k persons reads "&lt;k" (with its
 * complementary cell withheld); questionnaire means come suppressed from the questionnaire
 * module already. The questionnaire means are also drawn as a vector bar chart (JFreeChart).
 */
public final class ReportPdf {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL", SV);
    private final Font title = PdfKit.TITLE;
    private final Font heading = PdfKit.HEADING;
    private final Font subheading = PdfKit.SUBHEADING;
    private final Font text = PdfKit.TEXT;
    private final Font small = PdfKit.SMALL;

    private final Input in;
    private final ReportService.Figures f;
    private final @Nullable Integer k;

    /**
     * What a report is made of.
     *
     * @param labels         code → label for education, support and exit reasons
     * @param footer         the förbund's name and organisation number, on every page
     * @param boardThreshold k for the board's version, empty for the coordinator's full version
     */
    public record Input(ReportService.Figures figures, DraftContent draft, Map<String, String> labels, String footer,
                        Optional<Integer> boardThreshold) {
    }

    private ReportPdf(Input in) {
        this.in = in;
        this.f = in.figures();
        this.k = in.boardThreshold().orElse(null);
    }

    public static byte[] render(Input in) {
        return new ReportPdf(in).document();
    }

    private byte[] document() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfKit.Pdf pdf = PdfKit.a4(out, in.footer(), f.programmeName() + " – " + periodText(f.period()));
        Document doc = pdf.doc();
        PdfWriter writer = pdf.writer();
        doc.add(paragraph(f.programmeName().toUpperCase(SV), title, 2));
        doc.add(paragraph(periodText(f.period()).toUpperCase(SV), title, 4));
        doc.add(paragraph(kindText(in.draft().kind()) + (k == null ? "" : " · styrelsens version: antal som rör färre än "
                + k + " personer visas som <" + k), small, 12));
        section("Syfte och mål/beskrivning av uppdraget", in.draft().texts().purpose(), doc);
        if (f.empty()) {
            doc.add(paragraph("Programmet hade inga deltagare under perioden.", text, 8));
        } else {
            places(doc);
            if (f.places().exited() == 0) {
                doc.add(paragraph("Resultat", heading, 4));
                doc.add(paragraph("Ingen deltagare har avslutats under perioden.", text, 6));
                text(in.draft().texts().resultComment(), doc);
                doc.add(paragraph("", text, 4));
            } else {
                results(doc);
                targetGroup(doc);
                time(doc);
                exitReasons(doc);
                questionnaire(doc, writer);
            }
            quotes(doc);
            groups(doc);
        }
        section("Metodutveckling", in.draft().texts().methodDevelopment(), doc);
        section("Utmaningar och utvecklingsområden", in.draft().texts().challenges(), doc);
        section("Kommentarer", in.draft().texts().comments(), doc);
        signature(doc);
        doc.close();
        return out.toByteArray();
    }

    private void places(Document doc) {
        ReportFigures.Places p = f.places();
        ReportFigures.Places before = f.previousPlaces().orElse(null);
        doc.add(paragraph("Uppföljning av antal deltagare och platser", heading, 4));
        ReportFigures.Capacity c = f.capacity();
        if (c.budgeted() > 0 || c.followUp() > 0) {
            doc.add(paragraph("I programmet finns plats för " + c.budgeted() + " aktuella deltagare"
                    + (c.followUp() > 0 ? " och " + c.followUp() + " uppföljningsplatser, varav " + n(c.followUpUsed())
                    + " har använts under perioden." : "."), text, 4));
        }
        doc.add(paragraph("Under perioden har " + n(p.started(), before == null ? null : before.started())
                + " deltagare startat och " + n(p.exited(), before == null ? null : before.exited())
                + " deltagare avslutat. Aktiva under perioden: "
                + n(p.activeDuring(), before == null ? null : before.activeDuring()) + " inskrivningar ("
                + n(p.uniquePersonsDuring()) + " personer). Aktiva vid periodens slut: " + n(p.activeAtEnd()) + "."
                + (p.overBudgetStarts() > 0 ? " " + n(p.overBudgetStarts())
                + " start utöver de budgeterade platserna." : "")
                + (before == null ? "" : " Inom parentes: föregående period."), text, 10));
    }

    private void results(Document doc) {
        ReportFigures.Results r = f.results();
        doc.add(paragraph("Resultat", heading, 4));
        List<String> kon = row(List.of(r.toWorkWomen(), r.toWorkMen()));
        ReportFigures.Results before = f.previousResults().orElse(null);
        doc.add(paragraph("Av " + n(r.exited(), before == null ? null : before.exited()) + " avslutade deltagare har "
                + n(r.toWork(), before == null ? null : before.toWork()) + " gått till arbete ("
                + kon.get(0) + " kvinnor, " + kon.get(1) + " män) = " + percent(r.toWork(), r.toWorkPercent())
                + ", och " + n(r.toStudies(), before == null ? null : before.toStudies())
                + " till studier. Arbete eller studier: "
                + n(r.toWorkOrStudies(), before == null ? null : before.toWorkOrStudies())
                + " = " + percent(r.toWorkOrStudies(), r.toWorkOrStudiesPercent())
                + (r.targetPercent() == null ? "." : " (målet är " + r.targetPercent() + "\u00a0%).")
                + (r.toJobSearch() > 0 ? " " + n(r.toJobSearch()) + " till aktivt arbetssökande." : ""), text, 6));
        text(in.draft().texts().resultComment(), doc);
        doc.add(paragraph("", text, 4));
    }

    private void targetGroup(Document doc) {
        ReportFigures.TargetGroup t = f.targetGroup();
        boolean fewExited = k != null && t.exited() < k;
        doc.add(paragraph("Målgruppsbeskrivning avslutade deltagare", heading, 4));
        List<String> kon = row(List.of(t.women(), t.men()));
        doc.add(paragraph("Könsfördelningen har under perioden varit " + kon.get(0) + " kvinnor och " + kon.get(1)
                + " män." + (fewExited ? "" : t.youngest().map(y -> " Deltagarna har varit i åldersspannet " + y + "–"
                + t.oldest().orElse(y) + " år.").orElse("")), text, 6));
        List<String> bands = f.ageBands().labels();
        PdfPTable ages = table(bands.size());
        bands.forEach(b -> ages.addCell(cell(b + " år", subheading)));
        row(t.ageBands()).forEach(n -> ages.addCell(cell(n, text)));
        doc.add(ages);
        doc.add(paragraph("Utbildningsbakgrund", subheading, 4));
        doc.add(counts(t.education()));
        doc.add(paragraph("Tid i offentlig försörjning", subheading, 4));
        int withYears = t.exited() - t.yearsUnknown();
        boolean fewYears = k != null && withYears < k;
        doc.add(paragraph((fewYears ? "" : t.fewestYears().map(min -> "Tid i offentlig försörjning varierar mellan "
                + min + " och " + t.mostYears().orElse(min) + " år. ").orElse("")
                + t.meanYearsUnderNine().map(m -> "Bland de som haft offentlig försörjning i mindre än "
                + ReportFigures.LONG_SUPPORT_YEARS + " år är snittet " + ReportText.decimal(m) + " år. ").orElse(""))
                + n(t.nineYearsOrMore()) + " deltagare har haft offentlig försörjning i "
                + ReportFigures.LONG_SUPPORT_YEARS + " år eller mer."
                + (t.yearsUnknown() > 0 ? " För " + n(t.yearsUnknown()) + " deltagare är tiden inte känd." : ""),
                text, 6));
        doc.add(paragraph("Offentlig försörjning vid start", subheading, 4));
        PdfPTable support = table(2);
        support.setWidths(new float[] {4, 1});
        t.supportAtStart().forEach((code, count) -> addCount(support, code, n(count)));
        doc.add(support);
        doc.add(paragraph("Då det är möjligt att ha kompletterande ersättningar kan antalet ersättningar ("
                + n(t.supportMentions()) + ") överstiga totalsumman för målgruppen (" + n(t.exited()) + ").", small, 10));
    }

    private void time(Document doc) {
        ReportFigures.TimeInProgramme time = f.timeInProgramme();
        if (time.meanDays().isEmpty() || k != null && f.targetGroup().exited() < k) {
            return;
        }
        doc.add(paragraph("Tid i insatsen", heading, 4));
        doc.add(paragraph("De avslutade deltagarna har varit i insatsen " + time.shortestMonths().orElse(0) + "–"
                + time.longestMonths().orElse(0) + " månader, i genomsnitt " + time.meanDays().get() + " dagar.",
                text, 10));
    }

    private void exitReasons(Document doc) {
        doc.add(paragraph("Avslutsorsak", heading, 4));
        doc.add(paragraph("Av de " + n(f.places().exited()) + " deltagare som avslutats under perioden "
                + "(en deltagare kan ha flera orsaker):", text, 4));
        doc.add(counts(f.exitReasons()));
    }

    private void questionnaire(Document doc, PdfWriter writer) {
        QuestionnaireFigures.Figures q = f.exitQuestionnaire();
        doc.add(paragraph("Slutenkäter", heading, 4));
        if (q.answered() == 0) {
            doc.add(paragraph("Ingen avslutsenkät har besvarats under perioden.", text, 10));
        } else {
            doc.add(paragraph("Av de " + n(q.exited()) + " deltagare som avslutats under perioden har "
                    + n(q.answered()) + " deltagare fyllt i en avslutsenkät. Påståendena besvaras med ett värde "
                    + "mellan 1 och 6 där 6 är bästa möjliga.", text, 6));
            PdfPTable table = table(3);
            table.setWidths(new float[] {6, 1, 1.3f});
            table.addCell(cell("Påstående", subheading));
            table.addCell(cell("Svar", subheading));
            table.addCell(cell("Snittvärde", subheading));
            for (QuestionnaireFigures.ScaleResult s : q.scales()) {
                table.addCell(cell(s.text(), text));
                table.addCell(right(n(s.n())));
                table.addCell(right(s.meanText()));
            }
            doc.add(table);
            chart(doc, writer, q.scales());
        }
    }

    private void quotes(Document doc) {
        List<String> quotes = in.draft().quotes();
        if (!quotes.isEmpty()) {
            doc.add(paragraph("Deltagarnas kommentarer", subheading, 4));
            quotes.forEach(quote -> doc.add(paragraph("”" + quote + "”", text, 3)));
            doc.add(paragraph("", text, 6));
        }
    }

    private void groups(Document doc) {
        List<AttendanceService.GroupSummary> groups = f.groups();
        String comment = in.draft().texts().groupWork();
        if (groups.isEmpty() && blank(comment)) {
            return;
        }
        doc.add(paragraph("Gruppverksamheten", heading, 4));
        if (!groups.isEmpty()) {
            PdfPTable table = table(7);
            table.setWidths(new float[] {2.6f, 1.5f, 2.6f, 1.5f, 1f, 1.6f, 1.1f});
            List.of("Grupp", "Språk", "Tillfällen", "Kallade", "Kom", "Startade", "Sista").forEach(h ->
                    table.addCell(cell(h, subheading)));
            for (AttendanceService.GroupSummary g : groups) {
                GroupFigures.Figures gf = g.figures();
                table.addCell(cell(g.name(), text));
                table.addCell(cell(g.language() == null ? "svenska" : g.language(), text));
                table.addCell(cell(g.firstSession() == null ? "–" : g.firstSession() + " – " + g.lastSession()
                        + " (" + gf.sessionsHeld() + ")", text));
                table.addCell(right(n(gf.invited())));
                table.addCell(right(n(gf.cameToFirst())));
                table.addCell(right(n(gf.started())));
                table.addCell(right(n(gf.presentAtLast())));
            }
            doc.add(table);
            doc.add(paragraph("Kom: närvarande vid första tillfället. Sista: närvarande vid sista tillfället.", small, 6));
            for (AttendanceService.GroupSummary g : groups) {
                GroupFigures.Figures gf = g.figures();
                if (gf.started() > 0) {
                    List<String> kon = row(List.of(gf.startedByKon().getOrDefault("KVINNA", 0),
                            gf.startedByKon().getOrDefault("MAN", 0)));
                    doc.add(paragraph(g.name() + ": " + n(gf.started()) + " deltog, " + kon.get(0)
                            + (kon.get(0).equals("1") ? " kvinna" : " kvinnor") + " och " + kon.get(1)
                            + (kon.get(1).equals("1") ? " man. " : " män. ") + n(gf.withoutAbsence()) + " av " + n(gf.started())
                            + " deltagare har ingen frånvaro.", text, 4));
                }
            }
        }
        text(comment, doc);
        doc.add(paragraph("", text, 6));
    }

    private void signature(Document doc) {
        DraftContent d = in.draft();
        if (blank(d.place()) && d.signedOn() == null && blank(d.signature())) {
            return;
        }
        doc.add(paragraph("", text, 10));
        doc.add(paragraph(((blank(d.place()) ? "" : d.place() + " ") + (d.signedOn() == null ? "" : d.signedOn()))
                .strip(), text, 2));
        if (!blank(d.signature())) {
            doc.add(paragraph(d.signature(), text, 2));
        }
    }

    /** The questionnaire means as horizontal bars on the 1–6 scale, drawn as vectors. */
    private void chart(Document doc, PdfWriter writer, List<QuestionnaireFigures.ScaleResult> scales) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        scales.stream().filter(s -> s.mean().isPresent()).forEach(s ->
                data.addValue(s.mean().get(), "Snittvärde", s.text().length() > 48 ? s.text().substring(0, 47) + "…"
                        : s.text()));
        if (data.getColumnCount() == 0) {
            return;
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Snittvärde (1–6)", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        PdfKit.style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.55f);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 6);
        axis.setTickUnit(new NumberTickUnit(1));
        ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.5);
        PdfKit.add(doc, writer, chart, 40 + 28 * data.getColumnCount());
    }

    // ---- the board's suppression ---------------------------------------------------------------

    private String n(int count) {
        return k == null ? Integer.toString(count) : BoardSuppression.count(count, k);
    }

    private String n(int count, @Nullable Integer previous) {
        return previous == null ? n(count) : n(count) + " (" + n(previous) + ")";
    }

    private List<String> row(List<Integer> counts) {
        return k == null ? counts.stream().map(String::valueOf).toList() : BoardSuppression.row(counts, k);
    }

    /** A share of a count: withheld in the board's version when the count itself is. */
    private String percent(int part, Optional<Integer> share) {
        return k != null && part > 0 && part < k ? "–" : ReportText.percent(share);
    }

    // ---- building blocks -----------------------------------------------------------------------

    private PdfPTable counts(Map<String, Integer> counts) {
        PdfPTable table = table(2);
        table.setWidths(new float[] {4, 1});
        List<String> codes = new ArrayList<>(counts.keySet());
        List<String> shown = row(codes.stream().map(counts::get).toList());
        for (int i = 0; i < codes.size(); i++) {
            addCount(table, codes.get(i), shown.get(i));
        }
        return table;
    }

    private void addCount(PdfPTable table, String code, String shown) {
        table.addCell(cell(in.labels().getOrDefault(code, code), text));
        table.addCell(right(shown));
    }

    private void section(String name, @Nullable String body, Document doc) {
        if (!blank(body)) {
            doc.add(paragraph(name, heading, 4));
            text(body, doc);
            doc.add(paragraph("", text, 6));
        }
    }

    /** The section's free text, if there is any. */
    private void text(@Nullable String body, Document doc) {
        if (blank(body)) {
            return;
        }
        PdfKit.lines(doc, body);
    }

    private static boolean blank(@Nullable String s) {
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
