package se.samspar.session.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import com.vaadin.flow.component.timepicker.TimePicker;

/** Swedish dates, weekdays and clock times as the group screens show them. */
final class SessionFormat {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", SWEDISH);

    private SessionFormat() {
    }

    /** "mån 2026-09-07". */
    static String day(LocalDate date) {
        return weekdayShort(date.getDayOfWeek()) + " " + date;
    }

    /** "mån 7 september". */
    static String dayMonth(LocalDate date) {
        return weekdayShort(date.getDayOfWeek()) + " " + date.format(DAY_MONTH);
    }

    /** "mån 7 september", and "mån 3 januari 2028" in another year than today's. */
    static String dayMonth(LocalDate date, LocalDate today) {
        return weekdayShort(date.getDayOfWeek()) + " " + se.samspar.base.SwedishTime.dayMonth(date, today);
    }

    static String weekdayShort(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, SWEDISH).replace(".", "");
    }

    static String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, SWEDISH);
    }

    /** "09:00–12:00". */
    static String times(LocalTime start, LocalTime end) {
        return start.format(TIME) + "–" + end.format(TIME);
    }

    static String time(LocalTime t) {
        return t.format(TIME);
    }

    /** Names of the ids, in name order, comma-separated. */
    static String names(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "?")).sorted().collect(Collectors.joining(", "));
    }

    /** "Anna Andersson", or "Anonym, 1985" for a person registered without identity. */
    static String participantName(se.samspar.participant.ParticipantRow r) {
        return r.anonymous() ? com.vaadin.flow.i18n.I18NProvider.translate("group.member.anonymous", r.birthYear())
                : r.displayName();
    }

    /** A 24-hour time picker in quarters of an hour. */
    static TimePicker timePicker(String label) {
        TimePicker picker = new TimePicker(label);
        picker.setLocale(SWEDISH);
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }
}
