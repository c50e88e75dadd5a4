package se.samspar.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Double bookings: a leader, room or interpreter in two sessions whose times overlap. */
public final class Conflicts {

    private Conflicts() {
    }

    /** What a session occupies. */
    public record Booking(long sessionId, String groupName, LocalDate date, LocalTime start, LocalTime end,
                          Set<Long> leaderIds, @Nullable Long roomId, @Nullable Long interpreterId) {
        boolean overlaps(Booking other) {
            return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    public enum Kind { LEADER, ROOM, INTERPRETER }

    /** One clash: what is booked twice, and the other session. */
    public record Conflict(Kind kind, Booking other) {
    }

    /** Every clash of the candidate with the others (itself excluded), leader clashes first. */
    public static List<Conflict> of(Booking candidate, Collection<Booking> others) {
        List<Conflict> result = new ArrayList<>();
        for (Booking o : others) {
            if (o.sessionId() == candidate.sessionId() && candidate.sessionId() != 0 || !candidate.overlaps(o)) {
                continue;
            }
            if (o.leaderIds().stream().anyMatch(candidate.leaderIds()::contains)) {
                result.add(new Conflict(Kind.LEADER, o));
            }
            if (candidate.roomId() != null && Objects.equals(candidate.roomId(), o.roomId())) {
                result.add(new Conflict(Kind.ROOM, o));
            }
            if (candidate.interpreterId() != null && Objects.equals(candidate.interpreterId(), o.interpreterId())) {
                result.add(new Conflict(Kind.INTERPRETER, o));
            }
        }
        result.sort(java.util.Comparator.comparing(Conflict::kind));
        return result;
    }
}
