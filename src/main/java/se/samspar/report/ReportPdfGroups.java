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
        if (c.activities.isEmpty()) {
            return;
        }
        PdfKit.keepRoom(doc, writer, 90);
        doc.add(paragraph("Aktiviteter med antal deltagare (pinnstatistik)", PdfKit.SUBHEADING, 4));
        PdfPTable table = table(4);
        table.setWidths(new float[] {4.6f, 1.3f, 1.3f, 1.3f});
        List.of("Aktivitet", "Kvinnor", "Män", "Totalt").forEach(h -> table.addCell(cell(h, subheading)));
        int occasions = 0;
        int occasionsBefore = 0;
        for (String activity : c.activities) {
            int o = occasions(now, activity);
            Integer ob = before == null ? null : occasions(before, activity);
            occasions += o;
            occasionsBefore += ob == null ? 0 : ob;
            headcountRow(table, activity.isEmpty() ? "Utan angiven aktivitet" : activity, "hc." + activity,
                    occasions(o, ob));
        }
        if (c.activities.size() > 1) {
            headcountRow(table, "Summa", "hc.sum", occasions(occasions, before == null ? null : occasionsBefore));
        }
        doc.add(table);
        doc.add(paragraph("Antalet är summan av de registrerade tillfällena: en person som deltar flera gånger räknas "
                + "varje gång.", small, 8));
    }

    private static int occasions(List<ReportFigures.Headcount> rows, String activity) {
        return rows.stream().filter(h -> h.activity().equals(activity)).mapToInt(ReportFigures.Headcount::occasions)
                .sum();
    }

    /** "2 tillfällen (1)": sessions, not persons, written out so that no one takes them for a count of people. */
    private static String occasions(int now, @org.jspecify.annotations.Nullable Integer before) {
        return now + (now == 1 ? " tillfälle" : " tillfällen") + (before == null ? "" : " (" + before + ")");
    }

    private void headcountRow(PdfPTable table, String label, String key, String occasions) {
        table.addCell(cell(label + ", " + occasions, text));
        table.addCell(right(c.n(key + ".w")));
        table.addCell(right(c.n(key + ".m")));
        table.addCell(right(c.n(key + ".t")));
    }

    void exitQuestionnaire() {
        QuestionnaireFigures.Figures q = f.exitQuestionnaire();
        PdfKit.keepRoom(doc, writer, 140);
        doc.add(paragraph("Slutenkäter", heading, 4));
        if (q.answered() == 0) {
            doc.add(paragraph("Ingen avslutsenkät har besvarats under perioden.", text, 10));
            return;
        }
        doc.add(paragraph("Av de " + c.now("q.exited") + " deltagare som avslutats under perioden har "
                + c.now("q.answered") + " deltagare fyllt i en avslutsenkät. Påståendena besvaras med ett värde "
                + "mellan 1 och 6 där 6 är bästa möjliga.", text, 6));
        scales(q, "q");
    }

    private void scales(QuestionnaireFigures.Figures q, String key) {
        PdfPTable table = table(3);
        table.setWidths(new float[] {6, 1, 1.3f});
        table.addCell(cell("Påstående", subheading));
        table.addCell(cell("Svar", subheading));
        table.addCell(cell("Snittvärde", subheading));
        for (int i = 0; i < q.scales().size(); i++) {
            QuestionnaireFigures.ScaleResult s = q.scales().get(i);
            table.addCell(cell(s.text(), text));
            table.addCell(right(c.now(key + ".n." + i)));
            table.addCell(right(s.meanText()));
        }
        doc.add(table);
        chart(q.scales());
    }

    /** The picked quotes of the exit questionnaires, or of the group evaluations. */
    void quotes(boolean group) {
        List<String> quotes = in.draft().quotes().stream().filter(q -> in.groupTexts().contains(q) == group).toList();
        int answered = (group ? f.groupEvaluation() : f.exitQuestionnaire()).answered();
        if (!quotes.isEmpty() && c.board() && answered < c.threshold()) {
            // Comments of one or two who answered are their own words: not in the board's version.
            doc.add(paragraph("Kommentarer redovisas inte i styrelsens version när färre än " + c.threshold()
                    + " har svarat.", small, 6));
            return;
        }
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
            doc.add(paragraph("Under perioden har " + groups.size() + (groups.size() == 1 ? " grupp" : " grupper")
                    + " träffats med totalt " + c.now("g.started") + " deltagare som startade.", text, 4));
            groupTable(groups);
            for (int i = 0; i < groups.size(); i++) {
                group(groups.get(i), "g." + i + ".");
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
            doc.add(paragraph("Av de " + c.now("ev.exited") + " deltagarna i de grupper som avslutats under "
                    + "perioden har " + c.now("ev.answered") + " besvarat utvärderingen. Snittvärde där 6 är "
                    + "högsta möjliga:", text, 6));
            scales(evaluation, "ev");
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
        for (int i = 0; i < groups.size(); i++) {
            AttendanceService.GroupSummary g = groups.get(i);
            GroupFigures.Figures gf = g.figures();
            String key = "g." + i + ".";
            table.addCell(cell(g.name(), text));
            table.addCell(cell(g.language() == null ? "–" : g.language(), text));
            table.addCell(cell(g.firstSession() == null ? "–" : g.firstSession() + " – " + g.lastSession()
                    + " (" + gf.sessionsHeld() + ")", text));
            table.addCell(right(c.now(key + "invited")));
            table.addCell(right(c.now(key + "came")));
            table.addCell(right(c.now(key + "started")));
            table.addCell(right(c.now(key + "last")));
        }
        doc.add(table);
        doc.add(paragraph("Kallade: inbjudna till gruppen. Kom: närvarande vid första tillfället. Sista: närvarande "
                + "vid sista tillfället.", small, 6));
    }

    private void group(AttendanceService.GroupSummary g, String key) {
        GroupFigures.Figures gf = g.figures();
        if (gf.started() > 0) {
            doc.add(paragraph(g.name() + ": " + c.now(key + "started") + " deltog, " + ReportCounts.people(
                    c.now(key + "women"), "kvinna", "kvinnor") + " och " + ReportCounts.people(c.now(key + "men"), "man",
                    "män") + ". " + c.now(key + "noAbsence") + " av " + c.now(key + "started")
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
        doc.add(paragraph("Av de " + c.now("persons") + " personer som varit aktuella under perioden är "
                + c.now("women") + " (" + c.percent("women", "persons") + ") kvinnor och " + c.now("men") + " ("
                + c.percent("men", "persons") + ") män. Nedan vad deltagarna hade för offentlig "
                + "försörjning när de startade, och vart de gått vid periodens slut. En deltagare med flera slag av "
                + "försörjning räknas under varje.", text, 6));
        PdfPTable table = table(8);
        table.setWidths(new float[] {3.1f, 1.1f, 1.5f, 1.3f, 1.4f, 1.3f, 1.4f, 1.0f});
        List.of("Försörjning vid start", "Antal", "Kvinnor/ män", "Arbete", "Studier", "Arb.-sökande", "Annat avslut",
                "Kvar").forEach(h -> table.addCell(cell(h, small)));
        for (int i = 0; i < rows.size(); i++) {
            String key = "so." + i + ".";
            table.addCell(cell(label(rows.get(i).support()), text));
            table.addCell(right(c.now(key + "all")));
            table.addCell(right(c.now(key + "women") + "/" + c.now(key + "men")));
            OUTCOMES.forEach(o -> table.addCell(right(c.now(key + o))));
        }
        doc.add(table);
        doc.add(paragraph("Arbete, studier, arb.-sökande och annat avslut: avslutade till det; kvar: aktiva vid "
                + "periodens slut.", small, 4));
        for (int i = 0; i < rows.size(); i++) {
            doc.add(paragraph(sentence(rows.get(i), "so." + i + "."), text, 4));
        }
        doc.add(paragraph("", text, 6));
    }

    /** A row's outcomes, which add up to the row's total with those still in the programme. */
    private static final List<String> OUTCOMES = List.of("work", "studies", "job", "other", "kvar");

    /** "29 deltagare (73 %) hade aktivitetsersättning när de startade, 13 kvinnor och 16 män. …". */
    private String sentence(SupportOutcome.Row r, String key) {
        String support = label(r.support()).toLowerCase(java.util.Locale.ROOT);
        String share = c.percent(key + "all", "active");
        String kon = ReportCounts.people(c.now(key + "women"), "kvinna", "kvinnor") + " och "
                + ReportCounts.people(c.now(key + "men"), "man", "män");
        StringBuilder s = new StringBuilder(ReportFigures.UNKNOWN.equals(r.support())
                ? "För " + c.now(key + "all") + " deltagare (" + share + "), " + kon
                + ", saknas uppgift om försörjning vid start. "
                : c.now(key + "all") + " deltagare (" + share + ") hade " + support + " när de startade, " + kon + ". ");
        s.append("Kvar i insatsen: ").append(c.now(key + "kvar")).append(" (")
                .append(ReportCounts.people(c.now(key + "kvar.women"), "kvinna", "kvinnor")).append(" och ")
                .append(ReportCounts.people(c.now(key + "kvar.men"), "man", "män")).append("). ");
        s.append("Av alla med ").append(support).append(" vid start, både pågående och avslutade, har ")
                .append(c.now(key + "work")).append(" (").append(c.percent(key + "work", key + "all"))
                .append(") gått till arbete och ").append(c.now(key + "studies")).append(" (")
                .append(c.percent(key + "studies", key + "all")).append(") till studier.");
        if (r.exited() > 0 && c.shown(key + "exited") && c.shown(key + "work") && c.shown(key + "studies")) {
            s.append(" Av de ").append(c.now(key + "exited")).append(" avslutade har ")
                    .append(c.percent(key + "self", key + "exited"))
                    .append(" gått till egen försörjning (arbete eller studier).");
        }
        return s.toString();
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
