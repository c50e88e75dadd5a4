package se.samspar.participant;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Early warning for an active participant: three or more absences in a row at the group sessions
 * held, or no contact for four weeks.
 * <ul>
 * <li>Absences in a row are counted back from the latest held session, in date order: an absence
 * counts, being present ends the row, and a session the participant cancelled with notice or
 * whose attendance was not taken neither counts nor ends it. Sessions the group cancelled are not
 * held, so they never reach the rule.</li>
 * <li>Contact is what the register knows of: present at a group session, or a contact registered
 * for the enrolment (a follow-up contact). No contact within the last 28 days flags an
 * enrolment that started more than 28 days ago.</li>
 * </ul>
 * Only active enrolments (started, not ended) are flagged.
 */
public final class EarlyWarningRule {

    public static final int ABSENCES_IN_A_ROW = 3;
    public static final int NO_CONTACT_DAYS = 28;

    private EarlyWarningRule() {
    }

    /** A participant's attendance at one held session. */
    public enum Mark {
        PRESENT, ABSENT, CANCELLED_WITH_NOTICE, NOT_TAKEN
    }

    /** One held session of the participant's groups. */
    public record HeldSession(LocalDate date, Mark mark) {
    }

    /**
     * Why an enrolment is flagged.
     *
     * @param absencesInARow the latest absences in a row, flagged from {@link #ABSENCES_IN_A_ROW}
     * @param noContact      no contact within {@link #NO_CONTACT_DAYS} days
     * @param lastContact    the latest contact known, if any
     */
    public record Warning(int absencesInARow, boolean noContact, @Nullable LocalDate lastContact) {
        public boolean absences() {
            return absencesInARow >= ABSENCES_IN_A_ROW;
        }
    }

    /** The latest absences in a row, over the sessions in date order (any order is accepted). */
    public static int absencesInARow(List<HeldSession> sessions) {
        List<HeldSession> newestFirst = sessions.stream()
                .sorted(Comparator.comparing(HeldSession::date).reversed()).toList();
        int absences = 0;
        for (HeldSession s : newestFirst) {
            if (s.mark() == Mark.PRESENT) {
                break;
            }
            if (s.mark() == Mark.ABSENT) {
                absences++;
            }
        }
        return absences;
    }

    /**
     * The warning for an enrolment on the day, if any.
     *
     * @param otherContacts contacts registered for the enrolment besides attendance
     */
    public static Optional<Warning> check(LocalDate today, @Nullable LocalDate start, @Nullable LocalDate end,
                                          List<HeldSession> sessions, List<LocalDate> otherContacts) {
        if (start == null || start.isAfter(today) || end != null && !end.isAfter(today)) {
            return Optional.empty();
        }
        List<HeldSession> held = sessions.stream().filter(s -> !s.date().isAfter(today)).toList();
        int absences = absencesInARow(held);
        LocalDate lastContact = Stream.concat(
                        held.stream().filter(s -> s.mark() == Mark.PRESENT).map(HeldSession::date),
                        otherContacts.stream().filter(d -> !d.isAfter(today)))
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate since = today.minusDays(NO_CONTACT_DAYS);
        boolean noContact = start.isBefore(since) && (lastContact == null || lastContact.isBefore(since));
        if (absences < ABSENCES_IN_A_ROW && !noContact) {
            return Optional.empty();
        }
        return Optional.of(new Warning(absences, noContact, lastContact));
    }
}
