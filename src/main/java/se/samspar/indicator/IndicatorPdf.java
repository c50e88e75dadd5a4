package se.samspar.indicator;

import static se.samspar.report.PdfKit.cell;
import static se.samspar.report.PdfKit.paragraph;
import static se.samspar.report.PdfKit.right;
import static se.samspar.report.PdfKit.table;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPTable;
import se.samspar.report.Disclosure;
import se.samspar.report.PdfKit;
import se.samspar.report.ReportPdf;

/**
 * "Sammanställning av indikatorer" in the reports' look: per group "7 av 8 ledamöter svarade",
 * then per question the distribution over the scale and the mean; the earlier occasions' means
 * side by side. In the board's version (k given) every count goes through {@link Disclosure}: a
 * group of fewer than k respondents shows neither distribution nor mean, and the other groups'
 * scale steps are merged into bands that each hold 0 or at least k answers of every question.
 */
final class IndicatorPdf {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final String[] NUMBERS = {"", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
        "elva", "tolv"};

    private final IndicatorService.Results results;
    private final @Nullable Integer k;

    IndicatorPdf(IndicatorService.Results results, @Nullable Integer k) {
        this.results = results;
        this.k = k;
    }

    static byte[] render(IndicatorService.Results results, String footer, @Nullable Integer k) {
        return new IndicatorPdf(results, k).document(footer);
    }

    /** Whether the group's answers may be shown: in the board's version only with at least k respondents. */
    boolean shown(IndicatorFigures.GroupResult g) {
        return g.respondents() > 0 && (k == null || g.respondents() >= k);
    }

    private byte[] document(String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Occasion o = results.occasion();
        // The counts printed (bases and respondents), protected together before any layout.
        Disclosure model = new Disclosure(k);
        for (IndicatorFigures.GroupResult g : results.groups()) {
            model.cell("base." + g.group(), g.base());
            model.cell("respondents." + g.group(), g.respondents());
        }
        model.protect();
        PdfKit.Pdf pdf = PdfKit.a4(out, footer, IndicatorService.title(o), model.note().orElse(null));
        Document doc = pdf.doc();
        doc.add(paragraph("SAMMANSTÄLLNING AV INDIKATORER", PdfKit.TITLE, 2));
        doc.add(paragraph(o.name().toUpperCase(SV), PdfKit.TITLE, 4));
        doc.add(paragraph("Mättillfälle " + ReportPdf.periodText(new se.samspar.report.Period(o.from(), o.to()))
                + (k == null ? " · fullständig version" : " · styrelsens version: inga antal som rör färre än " + k
                + " personer"), PdfKit.SMALL, 12));
        doc.add(paragraph("NNS Indikatorer för finansiell samordning är ett instrument som samordningsförbund använder för "
                + "att bedöma egen verksamhetsutveckling över tid, möjliggöra jämförelser mellan förbund samt ge förbund "
                + "och de ingående parterna ett stöd att förbättra samordningen av arbetslivsrehabiliterande insatser. "
                + "Här sammanställs svaren från " + groupList() + " vid mättillfället " + o.name() + "."
                + (results.earlier().isEmpty() ? " Det är förbundets första mättillfälle." : " Medelvärdena jämförs med "
                + "tidigare mättillfällen sist i dokumentet.") + " Svaren är anonyma: de går inte att knyta till "
                + "någon person.", PdfKit.TEXT, 10));
        for (IndicatorFigures.GroupResult g : results.groups()) {
            PdfKit.keepRoom(doc, pdf.writer(), 160);
            group(doc, g, model);
        }
        comparison(doc, pdf);
        doc.close();
        return out.toByteArray();
    }

    private String groupList() {
        List<String> names = results.groups().stream().map(g -> g.group().label().toLowerCase(SV)).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.getLast();
    }

    private void group(Document doc, IndicatorFigures.GroupResult g, Disclosure model) {
        doc.add(paragraph(g.group().label().toUpperCase(SV), PdfKit.HEADING, 4));
        int questions = g.questions().size();
        String respondents = model.text(model.named("respondents." + g.group()).orElseThrow());
        String base = model.text(model.named("base." + g.group()).orElseThrow());
        doc.add(paragraph(respondents + " av " + base + " " + g.group().members() + " svarade på "
                + (questions == 1 ? "följande indikator" : "följande " + number(questions) + " indikatorer")
                + ". Svarsskalan är " + g.scale().range() + ", där det lägsta värdet betyder ”" + g.scale().lowLabel()
                + "” och det högsta ”" + g.scale().highLabel() + "”.", PdfKit.TEXT, 6));
        if (!shown(g)) {
            for (IndicatorFigures.QuestionResult q : g.questions()) {
                doc.add(paragraph(q.number() + ". " + q.text(), PdfKit.TEXT, 3));
            }
            doc.add(paragraph(g.respondents() == 0 ? "Inga svar har kommit in." : "Svaren redovisas inte: färre än " + k
                    + " har svarat, och med så få svar skulle enskildas svar kunna räknas fram.", PdfKit.TEXT, 10));
            return;
        }
        List<List<Integer>> bands = bands(g);
        PdfPTable t = table(bands.size() + 2);
        float[] widths = new float[bands.size() + 2];
        widths[0] = 5;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        widths[widths.length - 1] = 1.6f;
        t.setWidths(widths);
        t.addCell(cell("Indikator", PdfKit.SUBHEADING));
        for (List<Integer> band : bands) {
            t.addCell(cell(bandLabel(band), PdfKit.SMALL));
        }
        t.addCell(cell("Medel", PdfKit.SMALL));
        for (IndicatorFigures.QuestionResult q : g.questions()) {
            t.addCell(cell(q.number() + ". " + q.text(), PdfKit.TEXT));
            for (List<Integer> band : bands) {
                t.addCell(right(String.valueOf(band.stream().mapToInt(step -> q.counts().get(step)).sum())));
            }
            t.addCell(right(q.meanText()));
        }
        doc.add(t);
        doc.add(paragraph(k == null ? "Antal svar per steg på skalan (kolumnerna) och medelvärdet med en decimal."
                : "Antal svar per steg eller sammanslagna steg på skalan (kolumnerna) och medelvärdet med en decimal. Stegen är sammanslagna så att varje del "
                + "rymmer minst " + k + " svar eller inga, så att inget enskilt svar kan utläsas.", PdfKit.SMALL, 10));
    }

    /**
     * The scale's steps (0-based) as the table's columns: each step alone in the full version; in
     * the board's, neighbouring steps merged until every question's count in each band is 0 or ≥ k.
     */
    List<List<Integer>> bands(IndicatorFigures.GroupResult g) {
        int steps = g.scale().steps();
        if (k == null) {
            List<List<Integer>> each = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                each.add(List.of(i));
            }
            return each;
        }
        List<List<Integer>> counts = g.questions().stream().map(IndicatorFigures.QuestionResult::counts).toList();
        // Neighbouring bands without any answer read as one ("1–6: 0"): shorter, and a 0 stays a 0.
        List<List<Integer>> bands = new ArrayList<>();
        for (List<Integer> band : Disclosure.mergeBands(counts, k)) {
            if (empty(band, counts) && !bands.isEmpty() && empty(bands.getLast(), counts)) {
                bands.getLast().addAll(band);
            } else {
                bands.add(new ArrayList<>(band));
            }
        }
        return bands;
    }

    /** Whether no question has an answer in the band. */
    private static boolean empty(List<Integer> band, List<List<Integer>> counts) {
        return counts.stream().allMatch(c -> Disclosure.merged(c, List.of(band)).getFirst() == 0);
    }

    /** The step or steps of a column: "7", "8–9". */
    private static String bandLabel(List<Integer> band) {
        int first = band.getFirst() + 1;
        int last = band.getLast() + 1;
        return first == last ? Integer.toString(first) : first + "–" + last;
    }

    private void comparison(Document doc, PdfKit.Pdf pdf) {
        if (results.earlier().isEmpty()) {
            return;
        }
        PdfKit.keepRoom(doc, pdf.writer(), 120);
        doc.add(paragraph("Jämförelse med tidigare mättillfällen", PdfKit.HEADING, 4));
        doc.add(paragraph("Medelvärdet per indikator vid varje mättillfälle; samma formulering räknas som samma "
                + "indikator. – betyder att indikatorn inte besvarades då eller att för få svarade för att redovisa.",
                PdfKit.SMALL, 6));
        for (IndicatorFigures.GroupResult g : results.groups()) {
            List<IndicatorFigures.GroupResult> before = results.earlierOf(g.group());
            if (before.isEmpty()) {
                continue;
            }
            PdfKit.keepRoom(doc, pdf.writer(), 40 + 30 * g.questions().size());
            doc.add(paragraph(g.group().label(), PdfKit.SUBHEADING, 3));
            PdfPTable t = table(before.size() + 2);
            float[] widths = new float[before.size() + 2];
            widths[0] = 6;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 1.5f;
            }
            t.setWidths(widths);
            t.addCell(cell("Indikator", PdfKit.SUBHEADING));
            before.forEach(b -> t.addCell(cell(b.occasion(), PdfKit.SUBHEADING)));
            t.addCell(cell(g.occasion(), PdfKit.SUBHEADING));
            List<IndicatorFigures.GroupResult> all = new ArrayList<>(before);
            all.add(g);
            for (IndicatorFigures.ComparisonRow row : IndicatorFigures.compare(g, before)) {
                t.addCell(cell(row.number() + ". " + row.text(), PdfKit.TEXT));
                for (int i = 0; i < row.means().size(); i++) {
                    OptionalDouble mean = shown(all.get(i)) ? row.means().get(i) : OptionalDouble.empty();
                    t.addCell(right(IndicatorFigures.meanText(mean)));
                }
            }
            doc.add(t);
        }
    }

    private static String number(int n) {
        return n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }
}
