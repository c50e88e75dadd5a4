package se.samspar.statistics;

import static se.samspar.report.PdfKit.cell;
import static se.samspar.report.PdfKit.paragraph;
import static se.samspar.report.PdfKit.right;
import static se.samspar.report.PdfKit.table;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.samspar.report.Disclosure;
import se.samspar.report.PdfKit;
import se.samspar.report.ReportPdf;

/**
 * The board's gender-divided statistics as a PDF in the look of the programme reports: the base,
 * the coordinator's commentary, and per table the shares of women and men in whole per cent with
 * a bar chart and the largest difference in words; then the flows and the programmes. Every
 * count goes through one {@link Disclosure} model per period before any layout
 * ({@link StatisticsCounts}): in the board's version a count about fewer than k persons, and a
 * cell that would give it away, is shown as "&lt;k" or "x" instead of its share and left out of
 * the chart; a table most of whose cells would be withheld is one line instead, and a chart with
 * nothing to draw is left out.
 */
public final class StatisticsPdf {

    public static final int COMMENTARY_MAX = 8000;
    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    private final StatisticsService.Statistics s;
    private final Map<String, String> labels;
    private final @Nullable Integer k;
    private final StatisticsCounts now;
    private final @Nullable StatisticsCounts before;

    private StatisticsPdf(StatisticsService.Statistics s, Map<String, String> labels, @Nullable Integer k) {
        this.s = s;
        this.labels = labels;
        this.k = k;
        // Disclosure control of the whole document, before any of it is laid out.
        this.now = new StatisticsCounts(s, k);
        this.before = s.previous().map(p -> new StatisticsCounts(p, k)).orElse(null);
    }

    public static byte[] render(StatisticsService.Statistics s, Map<String, String> labels, String footer,
                                Optional<Integer> boardThreshold, @Nullable String commentary) {
        return new StatisticsPdf(s, labels, boardThreshold.orElse(null)).document(footer, commentary);
    }

    private byte[] document(String footer, @Nullable String commentary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String period = ReportPdf.periodText(s.period());
        PdfKit.Pdf pdf = PdfKit.a4(out, footer, "Könsuppdelad statistik " + period,
                now.model().anyMark() || before != null && before.model().anyMark()
                        ? now.model().note().or(() -> before.model().note()).orElse(null) : null);
        Document doc = pdf.doc();
        doc.add(paragraph("KÖNSUPPDELAD STATISTIK", PdfKit.TITLE, 2));
        doc.add(paragraph(period.toUpperCase(SV), PdfKit.TITLE, 4));
        doc.add(paragraph("Alla insatser med individuella deltagare" + (k == null ? ""
                : " · styrelsens version: inga antal som rör färre än " + k + " personer"), PdfKit.SMALL, 12));
        doc.add(paragraph("Underlaget är de som avslutat en insats under perioden: " + now.text("persons")
                + " personer, " + now.text("women") + " kvinnor och " + now.text("men") + " män"
                + (s.exits() != s.women() + s.men() ? " (" + now.text("exits") + " avslut)." : ".")
                + " Andelarna är procent av kvinnorna respektive männen, i hela procent; avrundningen kan ge en "
                + "summa på 99–101 %." + s.previous().map(p -> " Kolumnerna \"året innan\" gäller samma period "
                + "året innan (" + before.text("women") + " kvinnor och " + before.text("men") + " män).").orElse("")
                + (s.anonymousExits() > 0 ? " Det finns även " + now.text("anonymous") + " anonymt registrerade "
                + "avslut som inte är med i statistiken." : ""), PdfKit.TEXT, 8));
        if (commentary != null && !commentary.isBlank()) {
            doc.add(paragraph("Kommentar", PdfKit.HEADING, 4));
            PdfKit.lines(doc, commentary);
            doc.add(paragraph("", PdfKit.TEXT, 6));
        }
        if (s.women() + s.men() == 0) {
            doc.add(paragraph("Ingen har avslutat en insats under perioden.", PdfKit.TEXT, 8));
        } else {
            for (int i = 0; i < s.distributions().size(); i++) {
                int index = i;
                distribution(doc, pdf.writer(), index, s.distributions().get(i),
                        s.previous().map(p -> p.distributions().get(index)).orElse(null));
            }
        }
        PdfKit.keepRoom(doc, pdf.writer(), 140);
        flows(doc);
        PdfKit.keepRoom(doc, pdf.writer(), 60 + 18 * (s.programmes().size() + 2));
        programmes(doc);
        if (!s.steps().isEmpty()) {
            PdfKit.keepRoom(doc, pdf.writer(), 80 + 18 * (s.steps().size() + 2));
            steps(doc);
        }
        doc.close();
        return out.toByteArray();
    }

    private void distribution(Document doc, PdfWriter writer, int index, Distribution d,
                              @Nullable Distribution previous) {
        // The heading, its table and the start of its chart on one page.
        PdfKit.keepRoom(doc, writer, 60 + 18 * d.rows().size() + 80);
        doc.add(paragraph(d.title(), PdfKit.HEADING, 4));
        if (k != null && now.mostlyWithheld(index)) {
            doc.add(paragraph("Redovisas inte: färre än " + k + " personer i flera grupper.", PdfKit.TEXT, 10));
            return;
        }
        PdfPTable t = table(previous == null ? 3 : 5);
        t.setWidths(previous == null ? new float[] {4, 1.3f, 1.3f} : new float[] {4, 1.3f, 1.3f, 1.3f, 1.3f});
        t.addCell(cell("", PdfKit.SUBHEADING));
        t.addCell(cell("Kvinnor", PdfKit.SUBHEADING));
        t.addCell(cell("Män", PdfKit.SUBHEADING));
        if (previous != null) {
            t.addCell(cell("Kvinnor året innan", PdfKit.SUBHEADING));
            t.addCell(cell("Män året innan", PdfKit.SUBHEADING));
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Distribution.Row row : d.rows()) {
            String label = label(row.code());
            StatisticsCounts.Share women = now.share(index, row.code(), true);
            StatisticsCounts.Share men = now.share(index, row.code(), false);
            t.addCell(cell(label, PdfKit.TEXT));
            t.addCell(right(women.text()));
            t.addCell(right(men.text()));
            if (before != null) {
                t.addCell(right(before.share(index, row.code(), true).text()));
                t.addCell(right(before.share(index, row.code(), false).text()));
            }
            // A withheld share is left out of the chart too.
            if (women.percent() != null || men.percent() != null) {
                data.addValue(women.percent(), "Kvinnor", label);
                data.addValue(men.percent(), "Män", label);
            }
        }
        doc.add(t);
        if (data.getColumnCount() > 0) {
            JFreeChart chart = ChartFactory.createBarChart(null, null, "Procent", data, PlotOrientation.HORIZONTAL,
                    true, false, false);
            PdfKit.style(chart);
            ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setUpperBound(100);
            chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
            chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(3);
            PdfKit.add(doc, writer, chart, 60 + 22 * data.getColumnCount());
        }
        List<String> notes = new ArrayList<>();
        if (d.severalPerPerson()) {
            notes.add("En person kan ha flera, så andelarna kan tillsammans bli mer än 100 %.");
        }
        d.largestDifference().filter(r -> now.share(index, r.code(), true).percent() != null
                && now.share(index, r.code(), false).percent() != null).ifPresent(r -> notes.add(
                "Störst skillnad: " + label(r.code()) + ", " + d.womenPercent(r).orElse(0) + "\u00a0% av kvinnorna mot "
                        + d.menPercent(r).orElse(0) + "\u00a0% av männen."));
        if (!notes.isEmpty()) {
            doc.add(paragraph(String.join(" ", notes), PdfKit.SMALL, 10));
        }
    }

    private void flows(Document doc) {
        doc.add(paragraph("Deltagarflöden", PdfKit.HEADING, 4));
        PdfPTable t = table(4);
        List.of("", "Kvinnor", "Män", "Totalt").forEach(h -> t.addCell(cell(h, PdfKit.SUBHEADING)));
        row(t, "Startade", "flow.started");
        row(t, "Avslutade", "flow.exited");
        row(t, "Aktiva under perioden", "flow.active");
        doc.add(t);
        doc.add(paragraph("Inskrivningar i insatser med individuella deltagare; felregistreringar räknas inte.",
                PdfKit.SMALL, 10));
    }

    private void programmes(Document doc) {
        doc.add(paragraph("Deltagare per insats", PdfKit.HEADING, 4));
        PdfPTable t = table(4);
        t.setWidths(new float[] {4, 1, 1, 1});
        List.of("Insats", "Kvinnor", "Män", "Totalt").forEach(h -> t.addCell(cell(h, PdfKit.SUBHEADING)));
        for (int i = 0; i < s.programmes().size(); i++) {
            GenderStatistics.ProgrammeCount c = s.programmes().get(i);
            row(t, c.programme() + (c.headcount() ? " (pinnstatistik)" : ""), "programme." + i);
        }
        if (!s.programmes().isEmpty()) {
            row(t, "Totalt", "programmeTotal");
        }
        doc.add(t);
        doc.add(paragraph("Individuella insatser: personer registrerade med personuppgifter som avslutat insatsen under "
                + "perioden (statistikens underlag). Pinnstatistik: summan av registrerade deltagare vid tillfällena. "
                + "En person i flera insatser räknas i var och en.", PdfKit.SMALL, 10));
    }

    /** Per programme: assessed at start and exit, moved up at least one step, the share; the year before's share. */
    private void steps(Document doc) {
        doc.add(paragraph("Stegförflyttning", PdfKit.HEADING, 4));
        if (k != null && now.stepsMostlyWithheld()) {
            doc.add(paragraph("Redovisas inte: färre än " + k + " personer i flera insatser.", PdfKit.TEXT, 10));
            return;
        }
        List<StatisticsService.StepRow> last = before == null ? List.of() : s.previous().orElseThrow().steps();
        // The year before's column only when it has a share to show.
        boolean previous = !last.isEmpty() && (!"–".equals(before.stepShare("steps.total"))
                || java.util.stream.IntStream.range(0, last.size()).anyMatch(i -> !"–".equals(before.stepShare("steps." + i))));
        PdfPTable t = table(previous ? 5 : 4);
        t.setWidths(previous ? new float[] {4, 1.4f, 1.4f, 1.2f, 1.4f} : new float[] {4, 1.4f, 1.4f, 1.2f});
        List<String> headings = new ArrayList<>(List.of("Insats", "Bedömda vid start och avslut",
                "Upp minst ett steg", "Andel upp"));
        if (previous) {
            headings.add("Andel året innan");
        }
        headings.forEach(h -> t.addCell(cell(h, PdfKit.SUBHEADING)));
        for (int i = 0; i < s.steps().size(); i++) {
            StatisticsService.StepRow r = s.steps().get(i);
            stepRow(t, r.programme(), "steps." + i, previous ? indexOf(last, r.programme()) : -1, previous);
        }
        stepRow(t, "Totalt", "steps.total", previous ? -2 : -1, previous);
        doc.add(t);
        doc.add(paragraph("Inskrivningar som avslutats under perioden (anonyma medräknade) och bedömts både vid start och "
                + "vid avslut; upp minst ett steg på förbundets stege mot arbete eller studier, den sista bedömningen vid "
                + "avslut mot den första vid start. Mer i varje insats rapport.", PdfKit.SMALL, 10));
    }

    private static int indexOf(List<StatisticsService.StepRow> rows, String programme) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).programme().equals(programme)) {
                return i;
            }
        }
        return -1;
    }

    /** A row of the stegförflyttning table; the year before's share by its row (−2 the total, −1 none). */
    private void stepRow(PdfPTable t, String label, String key, int previousRow, boolean previous) {
        t.addCell(cell(label, PdfKit.TEXT));
        t.addCell(right(now.text(key + ".n")));
        t.addCell(right(now.text(key + ".up")));
        t.addCell(right(now.stepShare(key)));
        if (previous) {
            t.addCell(right(previousRow == -1 ? "–" : before.stepShare(previousRow == -2 ? "steps.total"
                    : "steps." + previousRow)));
        }
    }

    /** A row of women, men and their total, as the model protects them. */
    private void row(PdfPTable t, String label, String key) {
        t.addCell(cell(label, PdfKit.TEXT));
        t.addCell(right(now.text(key + ".w")));
        t.addCell(right(now.text(key + ".m")));
        t.addCell(right(now.text(key + ".t")));
    }

    private String label(String code) {
        return labels.getOrDefault(code, code);
    }
}
