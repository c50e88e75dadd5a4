package se.samspar;

import java.io.IOException;

/** The text of a generated PDF, for tests that read what the reader would. */
public final class PdfText {

    private PdfText() {
    }

    /**
     * Every page's text, whitespace collapsed. A board version is read by {@link BoardPdfCheck}
     * on the way: no test reads a board PDF that prints a count of fewer than k persons.
     */
    public static String of(byte[] pdf) throws IOException {
        BoardPdfCheck.check(pdf);
        return pages(pdf).replaceAll("\\s+", " ");
    }

    /** Every page's text, lines kept. */
    public static String pages(byte[] pdf) throws IOException {
        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf);
        StringBuilder sb = new StringBuilder();
        var extractor = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            sb.append(extractor.getTextFromPage(page)).append('\n');
        }
        return sb.toString().replace('\u00a0', ' ');
    }
}
