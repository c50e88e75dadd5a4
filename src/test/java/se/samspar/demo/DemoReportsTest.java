package se.samspar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo's published report is never signed on a day after it was published. */
class DemoReportsTest {

    @Test
    void signed_ten_days_after_the_period_or_today_if_that_is_sooner() {
        LocalDate endOfNovember = LocalDate.of(2026, 11, 30);
        assertThat(DemoReports.signed(endOfNovember, LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(DemoReports.signed(endOfNovember, LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2026, 12, 10));
    }
}
