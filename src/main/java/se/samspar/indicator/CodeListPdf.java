package se.samspar.indicator;

import static se.samspar.report.PdfKit.cell;
import static se.samspar.report.PdfKit.paragraph;

import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPTable;
import se.samspar.report.PdfKit;

/**
 * The printable list of one-time codes for handing out: a row per code with its link, cut apart
 * and given one to each respondent. Nothing in it says who gets which code, and nothing is kept.
 */
public final class CodeListPdf {

    private CodeListPdf() {
    }

    /** The codes with links to the answer page ({@code answerUrl} + "?kod=…"). */
    public static byte[] render(IndicatorService.IssuedCodes issued, String answerUrl, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfKit.Pdf pdf = PdfKit.a4(out, footer, "Svarskoder " + issued.occasion());
        Document doc = pdf.doc();
        doc.add(paragraph("SVARSKODER – " + issued.occasion().toUpperCase(java.util.Locale.forLanguageTag("sv-SE")),
                PdfKit.TITLE, 4));
        doc.add(paragraph("NNS Indikatorer för finansiell samordning · " + issued.group().label() + " · koderna gäller "
                + "till " + issued.expiresAt().toLocalDate() + ", en gång var.", PdfKit.SMALL, 8));
        doc.add(paragraph("Klipp isär och ge en kod till varje person. Svaren är anonyma: koden sparas inte tillsammans "
                + "med svaren och ingen kan se vem som svarat vad.", PdfKit.TEXT, 10));
        PdfPTable t = PdfKit.table(2);
        t.setWidths(new float[] {1, 4});
        for (String code : issued.codes()) {
            t.addCell(cell(code, PdfKit.HEADING));
            // The link carries the code without its dash, so that it never breaks across lines there.
            t.addCell(cell("Gå till " + answerUrl + " och skriv koden.\nEller öppna " + answerUrl + "?kod="
                    + se.samspar.base.KioskCode.normalise(code), PdfKit.TEXT));
        }
        doc.add(t);
        doc.close();
        return out.toByteArray();
    }
}
