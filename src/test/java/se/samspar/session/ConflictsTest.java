package se.samspar.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 7);

    private static Conflicts.Booking booking(long id, int from, int to, Set<Long> leaders, Long room, Long interpreter) {
        return new Conflicts.Booking(id, "Grupp " + id, DAY, LocalTime.of(from, 0), LocalTime.of(to, 0), leaders, room,
                interpreter);
    }

    @Test
    void a_leader_room_or_interpreter_booked_twice_at_overlapping_times_is_a_conflict() {
        var existing = booking(1, 9, 12, Set.of(10L), 5L, 7L);
        var candidate = booking(0, 11, 13, Set.of(10L, 11L), 5L, 7L);
        assertThat(Conflicts.of(candidate, List.of(existing))).extracting(Conflicts.Conflict::kind)
                .containsExactly(Conflicts.Kind.LEADER, Conflicts.Kind.ROOM, Conflicts.Kind.INTERPRETER);
    }

    @Test
    void back_to_back_sessions_other_days_other_resources_and_the_session_itself_do_not_conflict() {
        var existing = booking(1, 9, 12, Set.of(10L), 5L, null);
        assertThat(Conflicts.of(booking(0, 12, 15, Set.of(10L), 5L, null), List.of(existing))).isEmpty();
        assertThat(Conflicts.of(booking(0, 9, 12, Set.of(11L), 6L, null), List.of(existing))).isEmpty();
        assertThat(Conflicts.of(booking(1, 10, 11, Set.of(10L), 5L, null), List.of(existing))).isEmpty();
        var otherDay = new Conflicts.Booking(2, "Grupp 2", DAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0),
                Set.of(10L), 5L, null);
        assertThat(Conflicts.of(booking(0, 9, 12, Set.of(10L), 5L, null), List.of(otherDay))).isEmpty();
    }
}
