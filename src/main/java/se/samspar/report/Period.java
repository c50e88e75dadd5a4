package se.samspar.report;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.samspar.base.InvalidInputException;

/** A report period, both days included; never exists with the end before the start. */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period a report or the statistics cover: a final report over a programme's whole life. */
    public static final int MAX_YEARS = 10;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    /**
     * The period a user entered, or the Swedish message at the field that is wrong: no start, or
     * an end missing, before the start or more than {@value #MAX_YEARS} years after it.
     */
    public static Period entered(@Nullable LocalDate from, @Nullable LocalDate to) {
        // Both ends are checked before refusing, so that an empty period marks both fields.
        se.samspar.base.InputProblems problems = new se.samspar.base.InputProblems();
        if (from == null) {
            problems.add("from", "error.required");
        }
        if (to == null) {
            problems.add("to", "error.required");
        } else if (from != null && to.isBefore(from)) {
            problems.add("to", "report.error.period");
        } else if (from != null && to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
            problems.add("to", "report.error.period-too-long", MAX_YEARS);
        }
        problems.throwIfAny();
        return new Period(from, to);
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
