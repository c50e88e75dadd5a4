package se.samspar.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one group as the reports give them: invited, came to the first session, started,
 * present at the last session, kön of those who started, each member's attendance rate, and "X av
 * Y deltagare har ingen frånvaro". Pure: computed from the facts a query returns.
 */
public final class GroupFigures {

    private GroupFigures() {
    }

    /** A member: from which day (late joiners) and to which day (leavers) they belong to the group. */
    public record Member(long enrolmentId, String kon, LocalDate from, @Nullable LocalDate to) {
        boolean belongsOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * A session of the group; cancelled sessions, those after the day of the figures and those of
     * that day without any attendance taken do not count.
     */
    public record Held(long sessionId, LocalDate date, boolean cancelled) {
    }

    public record Mark(long sessionId, long enrolmentId, Attendance attendance) {
    }

    /** A member's attendance: present at so many of the sessions they belonged to. */
    public record Rate(int present, int sessions) {
        /** Whole per cent, or empty before the member's first session. */
        public Optional<Integer> percent() {
            return sessions == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * present / sessions));
        }
    }

    public record Figures(int invited, int cameToFirst, int started, int presentAtLast, Map<String, Integer> startedByKon,
                          Map<Long, Rate> rates, int withoutAbsence, int sessionsHeld) {
    }

    /** The figures as of the given day (sessions after it are not yet held). */
    public static Figures of(Collection<Member> members, Collection<Held> sessions, Collection<Mark> marks,
                             LocalDate asOf) {
        Map<Long, Map<Long, Attendance>> bySession = new HashMap<>();
        for (Mark m : marks) {
            bySession.computeIfAbsent(m.sessionId(), k -> new HashMap<>()).put(m.enrolmentId(), m.attendance());
        }
        // A session of the day counts once attendance is taken: until then it is still to come.
        List<Held> held = sessions.stream().filter(s -> !s.cancelled() && (s.date().isBefore(asOf)
                        || s.date().equals(asOf) && bySession.containsKey(s.sessionId())))
                .sorted(Comparator.comparing(Held::date).thenComparing(Held::sessionId)).toList();
        int cameToFirst = held.isEmpty() ? 0 : present(bySession, held.getFirst(), members);
        int presentAtLast = held.isEmpty() ? 0 : present(bySession, held.getLast(), members);
        Map<Long, Rate> rates = new LinkedHashMap<>();
        Map<String, Integer> startedByKon = new LinkedHashMap<>();
        int started = 0;
        int withoutAbsence = 0;
        for (Member member : members) {
            int belonged = 0;
            int present = 0;
            for (Held s : held) {
                if (member.belongsOn(s.date())) {
                    belonged++;
                    if (bySession.getOrDefault(s.sessionId(), Map.of()).get(member.enrolmentId()) == Attendance.NARVARANDE) {
                        present++;
                    }
                }
            }
            rates.put(member.enrolmentId(), new Rate(present, belonged));
            if (present > 0) {
                started++;
                startedByKon.merge(member.kon(), 1, Integer::sum);
                if (present == belonged) {
                    withoutAbsence++;
                }
            }
        }
        return new Figures(members.size(), cameToFirst, started, presentAtLast, startedByKon, rates, withoutAbsence,
                held.size());
    }

    private static int present(Map<Long, Map<Long, Attendance>> bySession, Held s, Collection<Member> members) {
        Map<Long, Attendance> marks = bySession.getOrDefault(s.sessionId(), Map.of());
        return (int) members.stream().filter(m -> m.belongsOn(s.date()))
                .filter(m -> marks.get(m.enrolmentId()) == Attendance.NARVARANDE).count();
    }
}
