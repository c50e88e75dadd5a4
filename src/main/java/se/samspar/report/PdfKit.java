package se.samspar.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The look of every PDF the förbund hands the board: A4, DejaVu Sans embedded (å, ä, ö), the
 * förbund's name and org.nr with the page number in the footer, the same headings and tables,
 * and JFreeChart charts drawn as vectors in the same font.
 */
public final class PdfKit {

    private static final byte[] REGULAR_TTF = bytes("DejaVuSans.ttf");
    private static final byte[] BOLD_TTF = bytes("DejaVuSans-Bold.ttf");
    static final BaseFont REGULAR = font("DejaVuSans.ttf", REGULAR_TTF);
    static final BaseFont BOLD = font("DejaVuSans-Bold.ttf", BOLD_TTF);
    /** The same font for the charts' Java 2D drawing, parsed once (creating it reads the whole file). */
    private static final java.awt.Font AWT_REGULAR = awtFont(REGULAR_TTF);

    public static final Font TITLE = new Font(BOLD, 16);
    public static final Font HEADING = new Font(BOLD, 12);
    public static final Font SUBHEADING = new Font(BOLD, 10);
    public static final Font TEXT = new Font(REGULAR, 10);
    public static final Font SMALL = new Font(REGULAR, 8);
    /** The page's note above the footer. */
    static final Font NOTE = new Font(REGULAR, 7);
    /** The bars of the charts: women, men (and a single series). */
    public static final Color FIRST = new Color(0x1F5F8B);
    public static final Color SECOND = new Color(0xD98C2B);

    private PdfKit() {
    }

    /** An open A4 document writing to the stream, with the footer on every page. */
    public record Pdf(Document doc, PdfWriter writer) {
    }

    public static Pdf a4(OutputStream out, String footer, String title) {
        return a4(out, footer, title, null);
    }

    /**
     * An open A4 document with the footer on every page and, when given, a note above it on every
     * page (the board's version explains its suppression signs on each page they can appear on).
     */
    public static Pdf a4(OutputStream out, String footer, String title, @org.jspecify.annotations.Nullable String note) {
        Document doc = new Document(PageSize.A4, 56, 56, 56, 64);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            /** "av M": written once the document is closed and M is known. */
            private org.openpdf.text.pdf.PdfTemplate total;

            @Override
            public void onOpenDocument(PdfWriter w, Document d) {
                total = w.getDirectContent().createTemplate(30, 12);
            }

            @Override
            public void onEndPage(PdfWriter w, Document d) {
                if (note != null) {
                    ColumnText text = new ColumnText(w.getDirectContent());
                    text.setSimpleColumn(new Phrase(note, NOTE), d.left(), d.bottom() - 22, d.right(), d.bottom() - 2,
                            8, Element.ALIGN_LEFT);
                    text.go();
                }
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT, new Phrase(footer, SMALL),
                        d.left(), d.bottom() - 28, 0);
                String page = "Sida " + w.getPageNumber() + " av ";
                float x = d.right() - 18 - REGULAR.getWidthPoint(page, SMALL.getSize());
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT, new Phrase(page, SMALL), x,
                        d.bottom() - 28, 0);
                w.getDirectContent().addTemplate(total, x + REGULAR.getWidthPoint(page, SMALL.getSize()),
                        d.bottom() - 28);
            }

            @Override
            public void onCloseDocument(PdfWriter w, Document d) {
                total.beginText();
                total.setFontAndSize(REGULAR, SMALL.getSize());
                total.setTextMatrix(0, 0);
                total.showText(String.valueOf(w.getPageNumber() - 1));
                total.endText();
            }
        });
        doc.addTitle(title);
        doc.open();
        return new Pdf(doc, writer);
    }

    /**
     * Starts a new page unless the given height is left on this one: a heading stays with its
     * table or chart instead of standing alone at the bottom of a page.
     */
    public static void keepRoom(Document doc, PdfWriter writer, float height) {
        if (writer.getVerticalPosition(false) - doc.bottom() < height) {
            doc.newPage();
        }
    }

    public static Paragraph paragraph(String s, Font font, float after) {
        Paragraph p = new Paragraph(s, font);
        p.setSpacingAfter(after);
        return p;
    }

    /** Free text as the coordinator wrote it: a paragraph per line, blank lines kept apart. */
    public static void lines(Document doc, String body) {
        for (String line : body.strip().split("\\R")) {
            doc.add(paragraph(line.isBlank() ? " " : line, TEXT, 3));
        }
    }

    public static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        return table;
    }

    public static PdfPCell cell(String s, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(s, font));
        c.setPadding(4);
        c.setBorderWidth(0.5f);
        return c;
    }

    public static PdfPCell right(String s) {
        PdfPCell c = cell(s, TEXT);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    /** A bar chart in the reports' look: white, flat bars, the embedded font for every label. */
    public static void style(JFreeChart chart) {
        java.awt.Font regular = AWT_REGULAR.deriveFont(9f);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(regular);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(regular);
        plot.getDomainAxis().setLabelFont(regular);
        plot.getRangeAxis().setTickLabelFont(regular);
        plot.getRangeAxis().setLabelFont(regular);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, FIRST);
        bars.setSeriesPaint(1, SECOND);
    }

    /** Draws the chart as vectors, the width of the page's text and the given height. */
    public static void add(Document doc, PdfWriter writer, JFreeChart chart, float height) {
        float width = doc.right() - doc.left();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        FontMapper fonts = new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? BOLD : REGULAR;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return AWT_REGULAR.deriveFont((float) size);
            }
        };
        Graphics2D g2 = template.createGraphics(width, height, fonts);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        Image image = Image.getInstance(template);
        image.setSpacingAfter(8);
        doc.add(image);
    }

    private static java.awt.Font awtFont(byte[] ttf) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("Report font unreadable", e);
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream stream = PdfKit.class.getResourceAsStream("/report/fonts/" + name)) {
            if (stream == null) {
                throw new IllegalStateException("Font " + name + " is missing");
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont font(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
