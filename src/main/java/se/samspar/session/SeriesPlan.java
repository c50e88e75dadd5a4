package se.samspar.session;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A series of sessions as the coordinator describes it: "4 weeks, Mon+Thu 09:00–12:00", or
 * "24 pass on Tue+Thu 13:00–15:30 with new intake at pass 13". Dates and clock times are local
 * Swedish ones, so a series that crosses the change to or from summer time keeps its 09:00.
 *
 * @param weeks how many weeks from the first day (weekly series), or null
 * @param count how many sessions (pass series), or null
 * @param intakeAt the pass number at which new members join, or null
 */
public record SeriesPlan(LocalDate firstDay, Set<DayOfWeek> weekdays, LocalTime start, LocalTime end,
                         @Nullable Integer weeks, @Nullable Integer count, @Nullable Integer intakeAt,
                         boolean skipHolidays) {

    /** More than this many sessions is refused: almost certainly a typing error. */
    public static final int MAX_SESSIONS = 200;
    static final ZoneId STOCKHOLM = se.samspar.base.SwedishTime.ZONE;

    public SeriesPlan {
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
    }

    public static SeriesPlan weekly(LocalDate firstDay, int weeks, Set<DayOfWeek> weekdays, LocalTime start,
                                    LocalTime end, boolean skipHolidays) {
        return new SeriesPlan(firstDay, weekdays, start, end, weeks, null, null, skipHolidays);
    }

    public static SeriesPlan passes(LocalDate firstDay, int count, Set<DayOfWeek> weekdays, LocalTime start,
                                    LocalTime end, @Nullable Integer intakeAt, boolean skipHolidays) {
        return new SeriesPlan(firstDay, weekdays, start, end, null, count, intakeAt, skipHolidays);
    }

    /** One session of the series: its number (1, 2, …), day and times, and whether new members join. */
    public record Planned(int number, LocalDate date, LocalTime start, LocalTime end, boolean intake) {
        /** The real length, which on the night the clocks change differs from end minus start. */
        public Duration length() {
            return Duration.between(date.atTime(start).atZone(STOCKHOLM), date.atTime(end).atZone(STOCKHOLM));
        }
    }

    /** The first broken rule as field and message key, or empty. */
    public Optional<String[]> problem() {
        return problems().stream().findFirst();
    }

    /** Every broken rule as field and message key, one per field, so that a form marks them all at once. */
    public List<String[]> problems() {
        List<String[]> problems = new ArrayList<>();
        if (firstDay == null) {
            problems.add(new String[] {"firstDay", "error.required"});
        }
        if (weekdays.isEmpty()) {
            problems.add(new String[] {"weekdays", "session.error.no-weekdays"});
        }
        if (start == null) {
            problems.add(new String[] {"start", "error.required"});
        }
        if (end == null) {
            problems.add(new String[] {"end", "error.required"});
        } else if (start != null && !end.isAfter(start)) {
            problems.add(new String[] {"end", "session.error.end-before-start"});
        }
        if ((weeks == null) == (count == null)) {
            problems.add(new String[] {weeks == null ? "weeks" : "count", "session.error.weeks-or-count"});
        } else if (weeks != null && weeks < 1 || count != null && count < 1) {
            problems.add(new String[] {weeks != null ? "weeks" : "count", "session.error.at-least-one"});
        } else if (count != null && count > MAX_SESSIONS || weeks != null && weeks * weekdays.size() > MAX_SESSIONS) {
            problems.add(new String[] {weeks != null ? "weeks" : "count", "session.error.too-many"});
        }
        if (intakeAt != null && (count == null || intakeAt < 2 || intakeAt > count)) {
            problems.add(new String[] {"intakeAt", "session.error.intake-range"});
        }
        return problems;
    }

    /** The sessions, in order; call only when {@link #problem()} is empty. */
    public List<Planned> sessions() {
        return walk().sessions();
    }

    /** The days the series would have had a session but for a holiday, in order. */
    public List<LocalDate> skippedHolidays() {
        return walk().skipped();
    }

    /**
     * The field that puts the series outside the group's dates, if any: the first day when the
     * first session falls before the group or after its end, else the number of weeks or passes
     * when the last one runs past the group's last day. Call only when {@link #problem()} is empty.
     */
    public Optional<String> outsideGroup(LocalDate groupStart, @Nullable LocalDate groupEnd) {
        List<Planned> planned = sessions();
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = planned.getFirst().date();
        if (first.isBefore(groupStart) || groupEnd != null && first.isAfter(groupEnd)) {
            return Optional.of("firstDay");
        }
        if (groupEnd != null && planned.getLast().date().isAfter(groupEnd)) {
            return Optional.of(weeks != null ? "weeks" : "count");
        }
        return Optional.empty();
    }

    private record Walk(List<Planned> sessions, List<LocalDate> skipped) {
    }

    private Walk walk() {
        List<Planned> result = new ArrayList<>();
        List<LocalDate> skipped = new ArrayList<>();
        LocalDate lastDay = weeks != null ? firstDay.plusWeeks(weeks) : null;
        LocalDate day = firstDay;
        // A pass series can need many weeks when holidays fall out; the cap ends any run-away.
        while (result.size() < (count != null ? count : MAX_SESSIONS)
                && (lastDay == null || day.isBefore(lastDay)) && day.isBefore(firstDay.plusYears(5))) {
            if (weekdays.contains(day.getDayOfWeek())) {
                if (skipHolidays && SwedishHolidays.isHoliday(day)) {
                    skipped.add(day);
                } else {
                    int number = result.size() + 1;
                    result.add(new Planned(number, day, start, end, intakeAt != null && number == intakeAt));
                }
            }
            day = day.plusDays(1);
        }
        return new Walk(result, skipped);
    }
}
