package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the report writes its numbers, and what the board's version withholds. */
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

    @Test
    void the_board_sees_no_count_under_k_and_cannot_derive_it_from_the_total() {
        // 5 women and 2 men exited: the 2 is hidden, and so is the 5, or 7 − 5 would give it away.
        assertThat(BoardSuppression.row(List.of(5, 2), 3)).containsExactly(BoardSuppression.COMPLEMENTARY, "<3");
        // Two small cells hide each other; zeros and large cells stay.
        assertThat(BoardSuppression.row(List.of(1, 2, 0, 9), 3)).containsExactly("<3", "<3", "0", "9");
        // Of three cells, the smallest that is not small is the one withheld with a single small cell.
        assertThat(BoardSuppression.row(List.of(6, 1, 4), 3)).containsExactly("6", "<3", "x");
        assertThat(BoardSuppression.row(List.of(4, 5), 3)).containsExactly("4", "5");
        // A total under k: the whole row.
        assertThat(BoardSuppression.row(List.of(1, 1), 3)).containsExactly("<3", "<3");
        assertThat(BoardSuppression.count(2, 3)).isEqualTo("<3");
        assertThat(BoardSuppression.count(0, 3)).isEqualTo("0");
        assertThat(BoardSuppression.count(3, 3)).isEqualTo("3");
    }
}
