package se.samspar.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Numbers as the reports write them: "4,6", "27 %", and a count with the previous period "6 (22)". */
public final class ReportText {

    private ReportText() {
    }

    /** One decimal with a Swedish comma: "4,6". */
    public static String decimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** "27 %" with a no-break space, or "–" when there is no share to give. */
    public static String percent(Optional<Integer> percent) {
        return percent.map(p -> p + "\u00a0%").orElse("–");
    }

    /** "6 (22)": the count, and in brackets the previous period's when there is one to compare with. */
    public static String withPrevious(int now, @Nullable Integer previous) {
        return previous == null ? Integer.toString(now) : now + " (" + previous + ")";
    }
}
