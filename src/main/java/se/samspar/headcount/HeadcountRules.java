package se.samspar.headcount;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What makes a headcount valid; plain Java, shared by the form and the service. */
public final class HeadcountRules {

    /** The default age bands of the reports. */
    public static final List<String> AGE_BANDS = List.of("-29", "30-44", "45-59", "60-");

    private HeadcountRules() {
    }

    public static Optional<String> checkCount(@Nullable Integer count) {
        if (count == null) {
            return Optional.of("error.required");
        }
        if (count < 0) {
            return Optional.of("headcount.error.negative");
        }
        if (count > Headcount.MAX_COUNT) {
            return Optional.of("headcount.error.too-many");
        }
        return Optional.empty();
    }

    public static Optional<String> checkTotal(int women, int men) {
        return women + men == 0 ? Optional.of("headcount.error.nobody") : Optional.empty();
    }

    public static Optional<String> checkDate(@Nullable LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.of("error.required");
        }
        return date.isAfter(today) ? Optional.of("headcount.error.in-future") : Optional.empty();
    }
}
