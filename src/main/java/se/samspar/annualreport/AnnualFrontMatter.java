package se.samspar.annualreport;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.DottedLineSeparator;
import se.samspar.report.PdfKit;

/**
 * The annual report's own pages in the reports' look: the cover, the table of contents, and the
 * foreword and closing text. The same A4 margins and footer as every part (the förbund's name and
 * org.nr); no page number of their own, the assembly numbers every page after the cover.
 */
final class AnnualFrontMatter {

    private static final Font COVER_TITLE = new Font(PdfKit.TITLE.getBaseFont(), 34);
    private static final Font COVER_YEAR = new Font(PdfKit.TITLE.getBaseFont(), 60);
    private static final Font COVER_NAME = new Font(PdfKit.TITLE.getBaseFont(), 18);
    private static final Font COVER_TEXT = new Font(PdfKit.TEXT.getBaseFont(), 12);

    private AnnualFrontMatter() {
    }

    /** One line of the contents: the heading and the page it starts on. */
    record Entry(String title, int page) {
    }

    /** The cover: the year on a band in the reports' colour, the förbund's name and org.nr beneath. */
    static byte[] cover(AnnualReportPdf.Cover cover) {
        // No footer on the cover: the förbund's name and org.nr stand large on it.
        return render("", (doc, writer) -> {
            doc.add(new Paragraph(" "));
            PdfContentByte canvas = writer.getDirectContentUnder();
            float width = doc.getPageSize().getWidth();
            float top = doc.getPageSize().getHeight();
            canvas.saveState();
            canvas.setColorFill(PdfKit.FIRST);
            canvas.rectangle(0, top - 380, width, 250);
            canvas.fill();
            canvas.setColorFill(PdfKit.SECOND);
            canvas.rectangle(0, top - 388, width, 8);
            canvas.fill();
            canvas.restoreState();
            PdfContentByte text = writer.getDirectContent();
            float left = doc.left();
            show(text, "Årsrapport", white(COVER_TITLE), left, top - 200);
            show(text, String.valueOf(cover.year()), white(COVER_YEAR), left, top - 280);
            show(text, "Verksamhetsåret " + cover.year() + ": insatsernas rapporter, statistik och indikatorer",
                    white(COVER_TEXT), left, top - 330);
            show(text, cover.forbundName(), COVER_NAME, left, top - 450);
            if (!cover.orgNr().isBlank()) {
                show(text, "Org.nr " + cover.orgNr(), COVER_TEXT, left, top - 474);
            }
            canvas.saveState();
            canvas.setColorStroke(PdfKit.FIRST);
            canvas.setLineWidth(0.75f);
            canvas.moveTo(left, doc.bottom() + 10);
            canvas.lineTo(doc.right(), doc.bottom() + 10);
            canvas.stroke();
            canvas.restoreState();
            show(text, "Sammanställd ur förbundets rapportarkiv. Varje del är den publicerade rapporten, oförändrad;",
                    PdfKit.SMALL, left, doc.bottom() - 4);
            show(text, "sidnumren överst på sidorna löper genom hela årsrapporten.", PdfKit.SMALL, left,
                    doc.bottom() - 15);
        });
    }

    /** The table of contents: each heading with dotted leaders to the page it starts on. */
    static byte[] contents(String footer, List<Entry> entries) {
        return render(footer, (doc, writer) -> {
            doc.add(PdfKit.paragraph("Innehåll", PdfKit.TITLE, 18));
            for (Entry e : entries) {
                Paragraph line = new Paragraph(new Chunk(e.title(), PdfKit.TEXT));
                DottedLineSeparator dots = new DottedLineSeparator();
                dots.setGap(3);
                dots.setOffset(-2);
                line.add(new Chunk(dots));
                line.add(new Chunk(" " + e.page(), PdfKit.TEXT));
                line.setSpacingAfter(7);
                doc.add(line);
            }
        });
    }

    /** The foreword or the closing text, under its heading, a paragraph per line as written. */
    static byte[] text(String footer, String heading, String body) {
        return render(footer, (doc, writer) -> {
            doc.add(PdfKit.paragraph(heading, PdfKit.TITLE, 12));
            PdfKit.lines(doc, body);
        });
    }

    private interface Content {
        void write(Document doc, PdfWriter writer);
    }

    private static byte[] render(String footer, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The parts' margins, so the running line sits in the same free top margin on every page.
        Document doc = new Document(PageSize.A4, 56, 56, 56, 64);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT, new Phrase(footer, PdfKit.SMALL),
                        d.left(), d.bottom() - 28, 0);
            }
        });
        doc.open();
        content.write(doc, writer);
        doc.close();
        return out.toByteArray();
    }

    private static void show(PdfContentByte canvas, String s, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(s, font), x, y, 0);
    }

    private static Font white(Font font) {
        return new Font(font.getBaseFont(), font.getSize(), Font.NORMAL, java.awt.Color.WHITE);
    }
}
