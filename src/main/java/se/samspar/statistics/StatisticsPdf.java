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
import se.samspar.report.BoardSuppression;
import se.samspar.report.PdfKit;
import se.samspar.report.ReportPdf;

/**
 * The board's gender-divided statistics as a PDF in the look of the programme reports: the base,
 * the coordinator's commentary, and per table the shares of women and men in whole per cent with
 * a bar chart and the largest difference in words; then the flows and the programmes. In the
 * board's version a count about fewer than k persons (and the cell that would give it away) is
 * shown as "&lt;k" or "x" instead of its share, and left out of the chart.
 */
public final class StatisticsPdf {

    public static final int COMMENTARY_MAX = 8000;
    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    private final StatisticsService.Statistics s;
    private final Map<String, String> labels;
    private final @Nullable Integer k;

    private StatisticsPdf(StatisticsService.Statistics s, Map<String, String> labels, @Nullable Integer k) {
        this.s = s;
        this.labels = labels;
        this.k = k;
    }

    public static byte[] render(StatisticsService.Statistics s, Map<String, String> labels, String footer,
                                Optional<Integer> boardThreshold, @Nullable String commentary) {
        return new StatisticsPdf(s, labels, boardThreshold.orElse(null)).document(footer, commentary);
    }

    private byte[] document(String footer, @Nullable String commentary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String period = ReportPdf.periodText(s.period());
        PdfKit.Pdf pdf = PdfKit.a4(out, footer, "Könsuppdelad statistik " + period);
        Document doc = pdf.doc();
        doc.add(paragraph("KÖNSUPPDELAD STATISTIK", PdfKit.TITLE, 2));
        doc.add(paragraph(period.toUpperCase(SV), PdfKit.TITLE, 4));
        doc.add(paragraph("Alla insatser med individuella deltagare" + (k == null ? ""
                : " · styrelsens version: antal som rör färre än " + k + " personer visas som <" + k), PdfKit.SMALL, 12));
        doc.add(paragraph("Underlaget är de som avslutat en insats under perioden: " + n(s.women() + s.men())
                + " personer, " + n(s.women()) + " kvinnor och " + n(s.men()) + " män"
                + (s.exits() != s.women() + s.men() ? " (" + n(s.exits()) + " avslut)." : ".")
                + " Andelarna är procent av kvinnorna respektive männen, i hela procent; avrundningen kan ge en "
                + "summa på 99–101 %." + s.previous().map(p -> " Kolumnerna \"året innan\" gäller samma period "
                + "året innan (" + n(p.women()) + " kvinnor och " + n(p.men()) + " män).").orElse("")
                + (s.anonymousExits() > 0 ? " Det finns även " + n(s.anonymousExits()) + " anonymt registrerade "
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
                distribution(doc, pdf.writer(), s.distributions().get(i),
                        s.previous().map(p -> p.distributions().get(index)).orElse(null));
            }
        }
        PdfKit.keepRoom(doc, pdf.writer(), 140);
        flows(doc);
        PdfKit.keepRoom(doc, pdf.writer(), 60 + 18 * (s.programmes().size() + 2));
        programmes(doc);
        doc.close();
        return out.toByteArray();
    }

    private void distribution(Document doc, PdfWriter writer, Distribution d, @Nullable Distribution before) {
        // The heading, its table and the start of its chart on one page.
        PdfKit.keepRoom(doc, writer, 60 + 18 * d.rows().size() + 80);
        doc.add(paragraph(d.title(), PdfKit.HEADING, 4));
        List<Share> women = shares(d, true);
        List<Share> men = shares(d, false);
        List<Share> womenBefore = before == null ? null : shares(before, true);
        List<Share> menBefore = before == null ? null : shares(before, false);
        PdfPTable t = table(before == null ? 3 : 5);
        t.setWidths(before == null ? new float[] {4, 1.3f, 1.3f} : new float[] {4, 1.3f, 1.3f, 1.3f, 1.3f});
        t.addCell(cell("", PdfKit.SUBHEADING));
        t.addCell(cell("Kvinnor", PdfKit.SUBHEADING));
        t.addCell(cell("Män", PdfKit.SUBHEADING));
        if (before != null) {
            t.addCell(cell("Kvinnor året innan", PdfKit.SUBHEADING));
            t.addCell(cell("Män året innan", PdfKit.SUBHEADING));
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int r = 0; r < d.rows().size(); r++) {
            Distribution.Row row = d.rows().get(r);
            String label = label(row.code());
            t.addCell(cell(label, PdfKit.TEXT));
            t.addCell(right(women.get(r).text()));
            t.addCell(right(men.get(r).text()));
            if (before != null) {
                int index = indexOf(before, row.code());
                t.addCell(right(index < 0 ? "–" : womenBefore.get(index).text()));
                t.addCell(right(index < 0 ? "–" : menBefore.get(index).text()));
            }
            // A withheld share is left out of the chart too.
            data.addValue(women.get(r).percent(), "Kvinnor", label);
            data.addValue(men.get(r).percent(), "Män", label);
        }
        doc.add(t);
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Procent", data, PlotOrientation.HORIZONTAL, true,
                false, false);
        PdfKit.style(chart);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setUpperBound(100);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        PdfKit.add(doc, writer, chart, 60 + 22 * d.rows().size());
        List<String> notes = new ArrayList<>();
        if (d.severalPerPerson()) {
            notes.add("En person kan ha flera, så andelarna kan tillsammans bli mer än 100 %.");
        }
        d.largestDifference().filter(r -> k == null || r.women() >= k && r.men() >= k).ifPresent(r -> notes.add(
                "Störst skillnad: " + label(r.code()) + ", " + d.womenPercent(r).orElse(0) + "\u00a0% av kvinnorna mot "
                        + d.menPercent(r).orElse(0) + "\u00a0% av männen."));
        if (!notes.isEmpty()) {
            doc.add(paragraph(String.join(" ", notes), PdfKit.SMALL, 10));
        }
    }

    private void flows(Document doc) {
        GenderStatistics.Flows f = s.flows();
        doc.add(paragraph("Deltagarflöden", PdfKit.HEADING, 4));
        PdfPTable t = table(4);
        List.of("", "Kvinnor", "Män", "Totalt").forEach(h -> t.addCell(cell(h, PdfKit.SUBHEADING)));
        row(t, "Startade", f.startedWomen(), f.startedMen());
        row(t, "Avslutade", f.exitedWomen(), f.exitedMen());
        row(t, "Aktiva under perioden", f.activeWomen(), f.activeMen());
        doc.add(t);
        doc.add(paragraph("Inskrivningar i insatser med individuella deltagare; felregistreringar räknas inte.",
                PdfKit.SMALL, 10));
    }

    private void programmes(Document doc) {
        doc.add(paragraph("Deltagare per insats", PdfKit.HEADING, 4));
        PdfPTable t = table(4);
        t.setWidths(new float[] {4, 1, 1, 1});
        List.of("Insats", "Kvinnor", "Män", "Totalt").forEach(h -> t.addCell(cell(h, PdfKit.SUBHEADING)));
        for (GenderStatistics.ProgrammeCount c : s.programmes()) {
            row(t, c.programme() + (c.headcount() ? " (pinnstatistik)" : ""), c.women(), c.men());
        }
        if (!s.programmes().isEmpty()) {
            GenderStatistics.ProgrammeCount total = GenderStatistics.total(s.programmes());
            row(t, total.programme(), total.women(), total.men());
        }
        doc.add(t);
        doc.add(paragraph("Individuella insatser: personer registrerade med personuppgifter som avslutat insatsen under "
                + "perioden (statistikens underlag). Pinnstatistik: summan av registrerade deltagare vid tillfällena. "
                + "En person i flera insatser räknas i var och en.", PdfKit.SMALL, 10));
    }

    private void row(PdfPTable t, String label, int women, int men) {
        List<String> cells = k == null ? List.of(String.valueOf(women), String.valueOf(men))
                : BoardSuppression.row(List.of(women, men), k);
        t.addCell(cell(label, PdfKit.TEXT));
        t.addCell(right(cells.get(0)));
        t.addCell(right(cells.get(1)));
        t.addCell(right(n(women + men)));
    }

    /** A share as the table shows it ("33 %", or the board's mark) and the per cent the chart draws, if any. */
    private record Share(String text, @Nullable Integer percent) {
    }

    /** Each row's share of the column, or the board's mark where the count is withheld. */
    private List<Share> shares(Distribution d, boolean women) {
        List<Integer> counts = d.rows().stream().map(r -> women ? r.women() : r.men()).toList();
        List<String> shown = k == null ? null : BoardSuppression.row(counts, k);
        List<Share> result = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Distribution.Row r = d.rows().get(i);
            String mark = shown == null ? null : shown.get(i);
            Integer percent = (women ? d.womenPercent(r) : d.menPercent(r)).orElse(null);
            if (mark != null && !mark.equals(String.valueOf(counts.get(i)))) {
                result.add(new Share(mark, null));
            } else {
                result.add(new Share(percent == null ? "–" : percent + "\u00a0%", percent));
            }
        }
        return result;
    }

    private static int indexOf(Distribution d, String code) {
        for (int i = 0; i < d.rows().size(); i++) {
            if (d.rows().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private String label(String code) {
        return labels.getOrDefault(code, code);
    }

    private String n(int count) {
        return k == null ? Integer.toString(count) : BoardSuppression.count(count, k);
    }
}
