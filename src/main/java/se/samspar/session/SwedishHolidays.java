package se.samspar.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Swedish public holidays (allmänna helgdagar, lag 1989:253) plus the eves everyone takes off
 * (midsommar-, jul- and nyårsafton): the days a series skips when the coordinator asks it to.
 * Hand-written: the rules are fixed by law, a dozen lines, and checked against the calendar in
 * the tests; a holiday library would bring XML configuration for every country.
 */
public final class SwedishHolidays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1),
            MonthDay.of(6, 6), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31));

    private SwedishHolidays() {
    }

    public static boolean isHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        if (day.equals(easter.minusDays(2)) || day.equals(easter) || day.equals(easter.plusDays(1))
                || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(49))) {
            return true;
        }
        // Midsommarafton: the Friday between 19 and 25 June; midsommardagen the day after.
        LocalDate midsummerEve = LocalDate.of(day.getYear(), 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        if (day.equals(midsummerEve) || day.equals(midsummerEve.plusDays(1))) {
            return true;
        }
        // Alla helgons dag: the Saturday between 31 October and 6 November.
        return day.equals(LocalDate.of(day.getYear(), 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
