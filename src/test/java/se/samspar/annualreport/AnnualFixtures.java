package se.samspar.annualreport;

import java.io.ByteArrayOutputStream;
import se.samspar.report.PdfKit;

/** Small PDFs in the reports' look standing in for parts in the quick tests (the proof test publishes the real ones). */
final class AnnualFixtures {

    static final String FORBUND = "Samordningsförbundet Vänersborg/Mellerud";
    static final String ORG_NR = "222000-2048";
    static final String FOOTER = FORBUND + " · org.nr " + ORG_NR;

    private AnnualFixtures() {
    }

    /** A PDF of the given number of pages, each headed by the title and its page's name. */
    static byte[] part(String title, int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfKit.Pdf pdf = PdfKit.a4(out, FOOTER, title);
        for (int page = 0; page < pages; page++) {
            if (page > 0) {
                pdf.doc().newPage();
            }
            pdf.doc().add(PdfKit.paragraph(title, PdfKit.TITLE, 10));
            pdf.doc().add(PdfKit.paragraph("Avsnitt " + (char) ('A' + page) + " av " + title + ".", PdfKit.TEXT, 6));
            pdf.doc().add(PdfKit.paragraph("Andel till arbete eller studier: 40 %; 24 deltagare i snitt.",
                    PdfKit.TEXT, 6));
        }
        pdf.doc().close();
        return out.toByteArray();
    }

    /** The indicator summary's stand-in: what issue 23 publishes as kind INDIKATORER. */
    static byte[] indicators(int year) {
        return part("Sammanställning av indikatorer " + year, 2);
    }
}
