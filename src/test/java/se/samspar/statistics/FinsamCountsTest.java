package se.samspar.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Finsam CSV opens in Excel as text: no formula can be smuggled in through a programme's name. */
class FinsamCountsTest {

    @Test
    void text_that_would_start_a_formula_is_neutralised_and_separators_are_quoted() {
        assertThat(se.samspar.base.Csv.quoted("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(se.samspar.base.Csv.quoted("+46")).isEqualTo("'+46");
        assertThat(se.samspar.base.Csv.quoted("-1")).isEqualTo("'-1");
        assertThat(se.samspar.base.Csv.quoted("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(se.samspar.base.Csv.quoted("Förrehab; grupp")).isEqualTo("\"Förrehab; grupp\"");
        assertThat(se.samspar.base.Csv.quoted("Hälsoskolan")).isEqualTo("Hälsoskolan");
        String csv = new String(FinsamCounts.csv(List.of(new FinsamCounts.Row("=1+1", 1, 2, 0, 0, 0, 0))),
                StandardCharsets.UTF_8);
        assertThat(csv).endsWith("\r\n'=1+1;1;2;3;0;0;0;0\r\n");
    }
}
