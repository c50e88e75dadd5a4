package se.samspar.annualreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import se.samspar.report.PdfKit;

/**
 * The annual report as one PDF: the cover, the table of contents, the foreword, each part's
 * archived PDF with its pages imported unchanged (their content streams copied, not re-rendered,
 * so every figure is the archive's), and the closing text; a bookmark per part, and on every page
 * after the cover one added line in the free top margin, "Årsrapport 2018 · Sida 7 av 31", the
 * document's continuous numbering beside the part's own footer (DD010).
 */
public final class AnnualReportPdf {

    /** Where the running line stands: the top margin every page of the reports' look leaves free. */
    static final float LINE_FROM_TOP = 30;
    private static final Font LINE = new Font(PdfKit.SMALL.getBaseFont(), 8, Font.NORMAL, new java.awt.Color(0x555555));

    private AnnualReportPdf() {
    }

    /** The förbund on the cover and in the footer of the annual report's own pages. */
    public record Cover(String forbundName, String orgNr, int year) {
        String footer() {
            return orgNr.isBlank() ? forbundName : forbundName + " · org.nr " + orgNr;
        }
    }

    /** A part: its heading in the contents and bookmarks, and its archived PDF. */
    public record Section(String title, byte[] pdf) {
    }

    /** A heading of the contents (and bookmark) and the page of the whole document it starts on. */
    public record Heading(String title, int page) {
    }

    /** The assembled PDF, its contents as printed, and its number of pages. */
    public record Assembled(byte[] pdf, List<Heading> contents, int pages) {
    }

    /** The added line on page N of M. */
    public static String pageLine(int year, int page, int pages) {
        return "Årsrapport " + year + " · Sida " + page + " av " + pages;
    }

    public static Assembled assemble(Cover cover, @Nullable String foreword, @Nullable String closing,
                                     List<Section> parts) {
        List<Section> sections = new ArrayList<>();
        if (foreword != null && !foreword.isBlank()) {
            sections.add(new Section("Förord", AnnualFrontMatter.text(cover.footer(), "Förord", foreword)));
        }
        sections.addAll(parts);
        if (closing != null && !closing.isBlank()) {
            sections.add(new Section("Avslutning", AnnualFrontMatter.text(cover.footer(), "Avslutning", closing)));
        }
        List<Integer> counts = sections.stream().map(s -> pages(s.pdf())).toList();
        // The contents' own length moves every page after it: render until it stands still.
        int contentsPages = 1;
        byte[] contents;
        List<Heading> headings;
        while (true) {
            headings = new ArrayList<>();
            int page = 1 + contentsPages + 1;
            for (int i = 0; i < sections.size(); i++) {
                headings.add(new Heading(sections.get(i).title(), page));
                page += counts.get(i);
            }
            contents = AnnualFrontMatter.contents(cover.footer(),
                    headings.stream().map(h -> new AnnualFrontMatter.Entry(h.title(), h.page())).toList());
            int rendered = pages(contents);
            if (rendered == contentsPages) {
                break;
            }
            contentsPages = rendered;
        }
        int total = 1 + contentsPages + counts.stream().mapToInt(Integer::intValue).sum();
        List<byte[]> documents = new ArrayList<>(List.of(AnnualFrontMatter.cover(cover), contents));
        sections.forEach(s -> documents.add(s.pdf()));
        List<Map<String, Object>> outline = new ArrayList<>();
        outline.add(bookmark("Innehåll", 2));
        headings.forEach(h -> outline.add(bookmark(h.title(), h.page())));
        return new Assembled(copy(cover, documents, outline, total), List.copyOf(headings), total);
    }

    private static byte[] copy(Cover cover, List<byte[]> documents, List<Map<String, Object>> outline, int total) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfCopy copy = new PdfCopy(doc, out);
        copy.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        doc.addTitle("Årsrapport " + cover.year() + " – " + cover.forbundName());
        doc.addAuthor(cover.forbundName());
        doc.open();
        int page = 0;
        try {
            for (byte[] pdf : documents) {
                PdfReader reader = new PdfReader(pdf);
                for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                    PdfImportedPage imported = copy.getImportedPage(reader, i);
                    page++;
                    if (page > 1) {
                        Rectangle size = reader.getPageSizeWithRotation(i);
                        PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
                        ColumnText.showTextAligned(stamp.getOverContent(), Element.ALIGN_RIGHT,
                                new Phrase(pageLine(cover.year(), page, total), LINE), size.getRight() - 56,
                                size.getTop() - LINE_FROM_TOP, 0);
                        stamp.alterContents();
                    }
                    copy.addPage(imported);
                }
                copy.freeReader(reader);
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copy.setOutlines(outline);
        doc.close();
        return out.toByteArray();
    }

    private static Map<String, Object> bookmark(String title, int page) {
        Map<String, Object> m = new HashMap<>();
        m.put("Title", title);
        m.put("Action", "GoTo");
        m.put("Page", page + " Fit");
        return m;
    }

    static int pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
