package se.samspar.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The förbund's time: one zone (Europe/Stockholm) for every "today", every clock time shown and
 * every moment stored as wall time, whatever zone the server or a test's clock runs in.
 */
public final class SwedishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    /** "01:13". */
    public static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** "2026-12-02 01:13", for a moment ({@link Instant}) or a Swedish wall time. */
    public static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private SwedishTime() {
    }

    /** Today in Sweden. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The Swedish wall time now. */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZONE));
    }

    /** Which day a Swedish day is, seen from today: how a time on it is said. */
    public enum RelativeDay { TODAY, TOMORROW, OTHER }

    public static RelativeDay relativeDay(LocalDate day, Clock clock) {
        LocalDate today = today(clock);
        return day.equals(today) ? RelativeDay.TODAY
                : day.equals(today.plusDays(1)) ? RelativeDay.TOMORROW : RelativeDay.OTHER;
    }

    /**
     * A Swedish wall time as said relative to today, as a translation key and its arguments:
     * "kl. 01:13 i dag", "kl. 01:13 i morgon", "den 4 december kl. 01:13" (with the year when not
     * this year).
     */
    public static Phrase at(LocalDateTime swedishTime, Clock clock) {
        String time = swedishTime.format(CLOCK);
        return switch (relativeDay(swedishTime.toLocalDate(), clock)) {
            case TODAY -> new Phrase("app.time.today", time);
            case TOMORROW -> new Phrase("app.time.tomorrow", time);
            case OTHER -> new Phrase("app.time.other", time, dayMonth(swedishTime.toLocalDate(), today(clock)));
        };
    }

    /** A text to be translated: its key and arguments. */
    public record Phrase(String key, Object... args) {
    }

    /** "2 december", with the year when it is not this year: "2 december 2027". */
    public static String dayMonth(LocalDate day, LocalDate today) {
        return day.format(DateTimeFormatter.ofPattern(day.getYear() == today.getYear() ? "d MMMM" : "d MMMM yyyy",
                SWEDISH));
    }
}
