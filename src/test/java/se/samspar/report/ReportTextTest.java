package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the report writes its numbers (what the board's version withholds: {@link DisclosureTest}). */
class ReportTextTest {

    @Test
    void numbers_read_as_in_the_swedish_reports() {
        assertThat(ReportText.decimal(new BigDecimal("4.6"))).isEqualTo("4,6");
        assertThat(ReportText.decimal(new BigDecimal("5.25"))).isEqualTo("5,3");
        assertThat(ReportText.percent(Optional.of(27))).isEqualTo("27\u00a0%");
        assertThat(ReportText.percent(Optional.empty())).isEqualTo("–");
        assertThat(ReportText.withPrevious(6, 22)).isEqualTo("6 (22)");
        assertThat(ReportText.withPrevious(6, null)).isEqualTo("6");
    }
}
