package se.samspar.report;

import java.time.LocalDate;
import java.util.Objects;

/** A report period, both days included; never exists with the end before the start. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * The period just before this one, for the comparison in brackets: as many whole months when
     * the period is whole months (Jul–Dec → Jan–Jun), otherwise as many days.
     */
    public Period previous() {
        if (from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to.plusDays(1));
            LocalDate start = from.minusMonths(months);
            return new Period(start, from.minusDays(1));
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        LocalDate end = from.minusDays(1);
        return new Period(end.minusDays(days), end);
    }
}
