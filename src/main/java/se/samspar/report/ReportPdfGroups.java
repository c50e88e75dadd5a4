package se.samspar.report;

import static se.samspar.report.PdfKit.cell;
import static se.samspar.report.PdfKit.paragraph;
import static se.samspar.report.PdfKit.right;
import static se.samspar.report.PdfKit.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.samspar.questionnaire.QuestionnaireFigures;
import se.samspar.session.AttendanceService;
import se.samspar.session.GroupFigures;

/**
 * The report's sections about groups and the questionnaires: headcount registrations
 * (pinnstatistik), the exit questionnaires, the groups held with their sessions' themes, the
 * group evaluations, the picked quotes, and the final report's support at start against outcome.
 */
final class ReportPdfGroups {

    private final Font heading = PdfKit.HEADING;
    private final Font subheading = PdfKit.SUBHEADING;
    private final Font text = PdfKit.TEXT;
    private final Font small = PdfKit.SMALL;

    private final ReportPdf.Input in;
    private final ReportService.Figures f;
    private final ReportCounts c;
    private final Document doc;
    private final PdfWriter writer;

    ReportPdfGroups(ReportPdf.Input in, ReportCounts counts, Document doc, PdfWriter writer) {
        this.in = in;
        this.f = in.figures();
        this.c = counts;
        this.doc = doc;
        this.writer = writer;
    }

    /** Headcounts per activity, by kön, with the previous period's in brackets. */
    void headcounts() {
        List<ReportFigures.Headcount> now = f.now().headcounts();
        List<ReportFigures.Headcount> before = f.previous().map(ReportFigures.PeriodFigures::headcounts).orElse(null);
        if (now.isEmpty() && (before == null || before.isEmpty())) {
            return;
        }
        doc.add(paragraph("Aktiviteter med antal deltagare (pinnstatistik)", PdfKit.SUBHEADING, 4));
        Map<String, int[]> rows = new LinkedHashMap<>();
        now.forEach(h -> rows.put(h.activity(), new int[] {h.occasions(), h.women(), h.men(), 0, 0, 0}));
        if (before != null) {
            before.forEach(h -> {
                int[] r = rows.computeIfAbsent(h.activity(), k -> new int[6]);
                r[3] = h.occasions();
                r[4] = h.women();
                r[5] = h.men();
            });
        }
        PdfPTable table = table(5);
        table.setWidths(new float[] {4, 1.4f, 1.3f, 1.3f, 1.3f});
        List.of("Aktivitet", "Tillfällen", "Kvinnor", "Män", "Totalt").forEach(h -> table.addCell(cell(h, subheading)));
        int[] sum = new int[6];
        // A column with a withheld cell has its sum withheld too, or the cell is the sum less the others.
        boolean[] withheld = new boolean[6];
        rows.forEach((activity, r) -> {
            List<String> shown = addHeadcountRow(table, activity.isEmpty() ? "Utan angiven aktivitet" : activity, r,
                    before != null);
            withheld[1] |= !ReportCounts.numeric(shown.get(0));
            withheld[2] |= !ReportCounts.numeric(shown.get(1));
            for (int i = 0; i < 6; i++) {
                sum[i] += r[i];
            }
        });
        if (rows.size() > 1) {
            table.addCell(cell("Summa", text));
            table.addCell(right(ReportText.withPrevious(sum[0], before != null ? sum[3] : null)));
            List<String> kon = c.row(List.of(sum[1], sum[2]), before != null ? List.of(sum[4], sum[5]) : null);
            table.addCell(right(withheld[1] ? BoardSuppression.COMPLEMENTARY : kon.get(0)));
            table.addCell(right(withheld[2] ? BoardSuppression.COMPLEMENTARY : kon.get(1)));
            table.addCell(right(c.n(sum[1] + sum[2], before != null ? sum[4] + sum[5] : null)));
        }
        doc.add(table);
        doc.add(paragraph("Antalet är summan av de registrerade tillfällena: en person som deltar flera gånger räknas "
                + "varje gång.", small, 8));
    }

    /** One activity's row; returns the women's and men's cells as shown. */
    private List<String> addHeadcountRow(PdfPTable table, String label, int[] r, boolean compare) {
        table.addCell(cell(label, text));
        table.addCell(right(ReportText.withPrevious(r[0], compare ? r[3] : null)));
        List<String> kon = c.row(List.of(r[1], r[2]), compare ? List.of(r[4], r[5]) : null);
        table.addCell(right(kon.get(0)));
        table.addCell(right(kon.get(1)));
        table.addCell(right(c.n(r[1] + r[2], compare ? r[4] + r[5] : null)));
        return kon;
    }

    void exitQuestionnaire() {
        QuestionnaireFigures.Figures q = f.exitQuestionnaire();
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Slutenkäter", heading, 4));
        if (q.answered() == 0) {
            doc.add(paragraph("Ingen avslutsenkät har besvarats under perioden.", text, 10));
            return;
        }
        doc.add(paragraph("Av de " + c.n(q.exited()) + " deltagare som avslutats under perioden har "
                + c.n(q.answered()) + " deltagare fyllt i en avslutsenkät. Påståendena besvaras med ett värde "
                + "mellan 1 och 6 där 6 är bästa möjliga.", text, 6));
        scales(q);
    }

    private void scales(QuestionnaireFigures.Figures q) {
        PdfPTable table = table(3);
        table.setWidths(new float[] {6, 1, 1.3f});
        table.addCell(cell("Påstående", subheading));
        table.addCell(cell("Svar", subheading));
        table.addCell(cell("Snittvärde", subheading));
        for (QuestionnaireFigures.ScaleResult s : q.scales()) {
            table.addCell(cell(s.text(), text));
            table.addCell(right(c.n(s.n())));
            table.addCell(right(s.meanText()));
        }
        doc.add(table);
        chart(q.scales());
    }

    /** The picked quotes of the exit questionnaires, or of the group evaluations. */
    void quotes(boolean group) {
        List<String> quotes = in.draft().quotes().stream().filter(q -> in.groupTexts().contains(q) == group).toList();
        if (!quotes.isEmpty()) {
            doc.add(paragraph(group ? "Kommentarer i gruppernas utvärdering" : "Deltagarnas kommentarer", subheading, 4));
            quotes.forEach(quote -> doc.add(paragraph("”" + quote + "”", text, 3)));
            doc.add(paragraph("", text, 6));
        }
    }

    void groups() {
        List<AttendanceService.GroupSummary> groups = f.groups();
        String comment = in.draft().texts().groupWork();
        QuestionnaireFigures.Figures evaluation = f.groupEvaluation();
        if (groups.isEmpty() && ReportPdf.blank(comment) && evaluation.answered() == 0) {
            return;
        }
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Gruppverksamheten", heading, 4));
        if (!groups.isEmpty()) {
            int started = groups.stream().mapToInt(g -> g.figures().started()).sum();
            doc.add(paragraph("Under perioden har " + groups.size() + (groups.size() == 1 ? " grupp" : " grupper")
                    + " träffats med totalt " + c.n(started) + " deltagare som startade.", text, 4));
            groupTable(groups);
            for (AttendanceService.GroupSummary g : groups) {
                group(g);
            }
            if (sameThemes() && !groups.getFirst().themes().isEmpty()) {
                doc.add(paragraph("Tillfällen och teman, lika i alla grupper:", subheading, 3));
                groups.getFirst().themes().forEach(t -> doc.add(paragraph(theme(t), small, 1)));
                doc.add(paragraph("", text, 4));
            }
        }
        if (evaluation.answered() > 0) {
        PdfKit.keepRoom(doc, writer, 90);
        doc.add(paragraph("Gruppernas utvärdering", subheading, 4));
            doc.add(paragraph("Av de " + c.n(evaluation.exited()) + " deltagarna i de grupper som avslutats under "
                    + "perioden har " + c.n(evaluation.answered()) + " besvarat utvärderingen. Snittvärde där 6 är "
                    + "högsta möjliga:", text, 6));
            scales(evaluation);
            quotes(true);
        }
        ReportPdf.text(comment, doc);
        doc.add(paragraph("", text, 6));
    }

    private void groupTable(List<AttendanceService.GroupSummary> groups) {
        PdfPTable table = table(7);
        table.setWidths(new float[] {2.6f, 1.5f, 2.6f, 1.5f, 1f, 1.6f, 1.1f});
        List.of("Grupp", "Språk", "Tillfällen", "Kallade", "Kom", "Startade", "Sista").forEach(h ->
                table.addCell(cell(h, subheading)));
        for (AttendanceService.GroupSummary g : groups) {
            GroupFigures.Figures gf = g.figures();
            table.addCell(cell(g.name(), text));
            table.addCell(cell(g.language() == null ? "–" : g.language(), text));
            table.addCell(cell(g.firstSession() == null ? "–" : g.firstSession() + " – " + g.lastSession()
                    + " (" + gf.sessionsHeld() + ")", text));
            table.addCell(right(c.n(gf.invited())));
            table.addCell(right(c.n(gf.cameToFirst())));
            table.addCell(right(c.n(gf.started())));
            table.addCell(right(c.n(gf.presentAtLast())));
        }
        doc.add(table);
        doc.add(paragraph("Kallade: inbjudna till gruppen. Kom: närvarande vid första tillfället. Sista: närvarande "
                + "vid sista tillfället.", small, 6));
    }

    private void group(AttendanceService.GroupSummary g) {
        GroupFigures.Figures gf = g.figures();
        if (gf.started() > 0) {
            List<String> kon = c.row(List.of(gf.startedByKon().getOrDefault("KVINNA", 0),
                    gf.startedByKon().getOrDefault("MAN", 0)));
            doc.add(paragraph(g.name() + ": " + c.n(gf.started()) + " deltog, " + ReportCounts.womenAndMen(kon)
                    + ". " + c.n(gf.withoutAbsence()) + " av " + c.n(gf.started())
                    + " deltagare har ingen frånvaro.", text, 3));
        }
        if (!g.themes().isEmpty() && !sameThemes()) {
            g.themes().forEach(t -> doc.add(paragraph(theme(t) + " (" + t.date() + ")", small, 1)));
            doc.add(paragraph("", text, 4));
        }
    }

    /** Whether every group had the same sessions' themes, listed once then. */
    private boolean sameThemes() {
        return f.groups().size() > 1 && f.groups().stream().map(g -> g.themes().stream().map(this::theme).toList())
                .distinct().count() == 1;
    }

    /** "2. Sjuksköterska – Vårdguiden, egenvård …". */
    private String theme(AttendanceService.Theme t) {
        String what = t.guestRole() == null ? t.theme() : t.theme() == null ? t.guestRole()
                : t.guestRole() + " – " + t.theme();
        return t.number() + ". " + what;
    }

    /**
     * Försörjning vid start och utfall: per kind of support, how many had it (by kön), and of them
     * how many went to work, studies, job-seeking or another exit, and how many are still in the
     * programme; with the share of the exited who went to their own support.
     */
    void supportOutcome() {
        List<SupportOutcome.Row> rows = f.supportOutcome();
        if (rows.isEmpty()) {
            return;
        }
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Försörjning vid start och utfall", heading, 4));
        ReportFigures.Places places = f.now().places();
        int persons = places.uniquePersonsDuring();
        List<String> byKon = c.row(List.of(places.womenDuring(), places.menDuring()));
        doc.add(paragraph("Av de " + c.n(persons) + " personer som varit aktuella under perioden är " + byKon.get(0)
                + " (" + c.percent(places.womenDuring(), ReportFigures.percent(places.womenDuring(), persons))
                + ") kvinnor och " + byKon.get(1) + " (" + c.percent(places.menDuring(),
                ReportFigures.percent(places.menDuring(), persons)) + ") män. Nedan vad deltagarna hade för offentlig "
                + "försörjning när de startade, och vart de gått vid periodens slut. En deltagare med flera slag av "
                + "försörjning räknas under varje.", text, 6));
        PdfPTable table = table(8);
        table.setWidths(new float[] {3.1f, 1.1f, 1.5f, 1.3f, 1.4f, 1.3f, 1.4f, 1.0f});
        List.of("Försörjning vid start", "Antal", "Kvinnor/ män", "Arbete", "Studier", "Arb.-sökande", "Annat avslut",
                "Kvar").forEach(h -> table.addCell(cell(h, small)));
        for (SupportOutcome.Row r : rows) {
            List<String> kon = c.row(List.of(r.all().women(), r.all().men()));
            table.addCell(cell(label(r.support()), text));
            table.addCell(right(c.n(r.all().total())));
            table.addCell(right(kon.get(0) + "/" + kon.get(1)));
            outcomes(r).forEach(cell -> table.addCell(right(cell)));
        }
        doc.add(table);
        doc.add(paragraph("Arbete, studier, arb.-sökande och annat avslut: avslutade till det; kvar: aktiva vid "
                + "periodens slut.", small, 4));
        int all = f.now().places().activeDuring();
        for (SupportOutcome.Row r : rows) {
            doc.add(paragraph(sentence(r, all), text, 4));
        }
        doc.add(paragraph("", text, 6));
    }

    /**
     * A row's outcomes (work, studies, job-seeking, other exit, still active), which add up to the
     * row's total: suppressed together, and the same cells in the table and the sentences.
     */
    private List<String> outcomes(SupportOutcome.Row r) {
        return c.row(List.of(r.toWork().total(), r.toStudies().total(), r.toJobSearch().total(), r.otherExit().total(),
                r.stillActive().total()));
    }

    /** "29 deltagare (73 %) hade aktivitetsersättning när de startade, 13 kvinnor och 16 män. …". */
    private String sentence(SupportOutcome.Row r, int all) {
        List<String> kon = c.row(List.of(r.all().women(), r.all().men()));
        List<String> out = outcomes(r);
        String support = label(r.support()).toLowerCase(java.util.Locale.ROOT);
        String share = c.percent(r.all().total(), ReportFigures.percent(r.all().total(), all));
        StringBuilder s = new StringBuilder(ReportFigures.UNKNOWN.equals(r.support())
                ? "För " + c.n(r.all().total()) + " deltagare (" + share + "), " + ReportCounts.womenAndMen(kon)
                + ", saknas uppgift om försörjning vid start. "
                : c.n(r.all().total()) + " deltagare (" + share + ") hade " + support + " när de startade, "
                + ReportCounts.womenAndMen(kon) + ". ");
        List<String> kvar = ReportCounts.numeric(out.get(4))
                ? c.row(List.of(r.stillActive().women(), r.stillActive().men()))
                : List.of(BoardSuppression.COMPLEMENTARY, BoardSuppression.COMPLEMENTARY);
        s.append("Kvar i insatsen: ").append(out.get(4)).append(" (").append(ReportCounts.womenAndMen(kvar)).append("). ");
        s.append("Av alla med ").append(support).append(" vid start, både pågående och avslutade, har ")
                .append(out.get(0)).append(" (").append(share(out.get(0), r.toWork().total(), r.all().total()))
                .append(") gått till arbete och ").append(out.get(1)).append(" (")
                .append(share(out.get(1), r.toStudies().total(), r.all().total())).append(") till studier.");
        boolean exitedShown = out.subList(0, 4).stream().allMatch(ReportCounts::numeric);
        if (r.exited() > 0 && exitedShown) {
            s.append(" Av de ").append(c.n(r.exited())).append(" avslutade har ")
                    .append(c.percent(r.selfSupporting(), ReportFigures.percent(r.selfSupporting(), r.exited())))
                    .append(" gått till egen försörjning (arbete eller studier).");
        }
        return s.toString();
    }

    /** The share of a cell that is shown; none for a withheld one. */
    private String share(String cell, int part, int whole) {
        return ReportCounts.numeric(cell) ? c.percent(part, ReportFigures.percent(part, whole)) : "–";
    }

    private String label(String code) {
        return ReportFigures.UNKNOWN.equals(code) ? "Uppgift saknas" : in.labels().getOrDefault(code, code);
    }

    /** The questionnaire means as horizontal bars on the 1–6 scale, drawn as vectors; long statements wrap. */
    private void chart(List<QuestionnaireFigures.ScaleResult> scales) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        scales.stream().filter(s -> s.mean().isPresent()).forEach(s ->
                data.addValue(s.mean().get(), "Snittvärde", s.text()));
        if (data.getColumnCount() == 0) {
            return;
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Snittvärde (1–6)", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        PdfKit.style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(4);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 6);
        axis.setTickUnit(new NumberTickUnit(1));
        ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.5);
        PdfKit.add(doc, writer, chart, 40 + 34 * data.getColumnCount());
    }
}
