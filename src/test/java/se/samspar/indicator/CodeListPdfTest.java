package se.samspar.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspar.PdfText;

/** The printable code list carries every code with its link, and nothing about who gets which. */
class CodeListPdfTest {

    @Test
    void every_code_is_printed_with_its_link_to_the_answer_page() throws Exception {
        var issued = new IndicatorService.IssuedCodes("Oktober 2018", RespondentGroup.STYRELSE,
                List.of("ABCD-EFGH", "JKMN-PQRS"), LocalDateTime.of(2018, 10, 31, 12, 0));
        byte[] pdf = CodeListPdf.render(issued, "https://samspar.example/indikatorer/svara", "Samordningsförbundet");
        if (System.getProperty("samspar.screenshots") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("samspar.screenshots"), "codes.pdf"), pdf);
        }
        String text = PdfText.of(pdf);
        assertThat(text).contains("SVARSKODER – OKTOBER 2018", "Styrelse", "ABCD-EFGH", "JKMN-PQRS",
                "https://samspar.example/indikatorer/svara?kod=JKMNPQRS", "2018-10-31");
    }
}
