package se.samspar.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupFiguresTest {

    private static final LocalDate START = LocalDate.of(2018, 8, 13);

    /**
     * Hälsoskolan, August–October 2018: 9 took part, 8 women and 1 man; "5 av 9 deltagare har ingen
     * frånvaro". Twelve were invited; three never came. Eight sessions, one cancelled.
     */
    @Test
    void the_halsoskolan_group_of_2018_gives_the_figures_of_the_report() {
        List<GroupFigures.Member> members = new ArrayList<>();
        for (long i = 1; i <= 12; i++) {
            members.add(new GroupFigures.Member(i, i == 9 ? "MAN" : "KVINNA", START, null));
        }
        List<GroupFigures.Held> sessions = new ArrayList<>();
        for (long s = 1; s <= 8; s++) {
            sessions.add(new GroupFigures.Held(s, START.plusWeeks(s - 1), s == 4));
        }
        List<GroupFigures.Mark> marks = new ArrayList<>();
        for (long s = 1; s <= 8; s++) {
            if (s == 4) {
                continue;
            }
            for (long p = 1; p <= 9; p++) {
                // 1–5 never miss; 6 misses session 2 (avbokat), 7–9 miss the first and the last.
                boolean absent = p == 6 && s == 2 || p >= 7 && (s == 1 || s == 8);
                marks.add(new GroupFigures.Mark(s, p, absent ? (p == 6 ? Attendance.AVBOKAT : Attendance.FRANVARANDE)
                        : Attendance.NARVARANDE));
            }
            for (long p = 10; p <= 12; p++) {
                marks.add(new GroupFigures.Mark(s, p, Attendance.FRANVARANDE));
            }
        }

        GroupFigures.Figures f = GroupFigures.of(members, sessions, marks, LocalDate.of(2018, 10, 31));

        assertThat(f.invited()).isEqualTo(12);
        assertThat(f.started()).isEqualTo(9);
        assertThat(f.startedByKon()).containsEntry("KVINNA", 8).containsEntry("MAN", 1);
        assertThat(f.withoutAbsence()).isEqualTo(5);
        assertThat(f.cameToFirst()).isEqualTo(6);
        assertThat(f.presentAtLast()).isEqualTo(6);
        assertThat(f.sessionsHeld()).isEqualTo(7);
        assertThat(f.rates().get(1L)).isEqualTo(new GroupFigures.Rate(7, 7));
        assertThat(f.rates().get(7L).percent()).contains(71);
        assertThat(f.rates().get(10L).percent()).contains(0);
    }

    @Test
    void a_late_joiner_is_counted_only_for_the_sessions_after_joining() {
        var members = List.of(new GroupFigures.Member(1, "KVINNA", START, null),
                new GroupFigures.Member(2, "MAN", START.plusWeeks(2), null),
                new GroupFigures.Member(3, "MAN", START, START.plusWeeks(1)));
        var sessions = List.of(new GroupFigures.Held(1, START, false), new GroupFigures.Held(2, START.plusWeeks(1), false),
                new GroupFigures.Held(3, START.plusWeeks(2), false), new GroupFigures.Held(4, START.plusWeeks(3), false));
        var marks = List.of(new GroupFigures.Mark(3, 2, Attendance.NARVARANDE), new GroupFigures.Mark(4, 2, Attendance.NARVARANDE),
                new GroupFigures.Mark(1, 3, Attendance.NARVARANDE), new GroupFigures.Mark(2, 3, Attendance.NARVARANDE));

        var f = GroupFigures.of(members, sessions, marks, START.plusWeeks(2));

        assertThat(f.sessionsHeld()).as("the last session is still to come").isEqualTo(3);
        assertThat(f.rates().get(2L)).isEqualTo(new GroupFigures.Rate(1, 1));
        assertThat(f.rates().get(3L)).isEqualTo(new GroupFigures.Rate(2, 2));
        assertThat(f.withoutAbsence()).isEqualTo(2);
        assertThat(f.cameToFirst()).isEqualTo(1);
        assertThat(f.presentAtLast()).isEqualTo(1);
    }

    @Test
    void a_session_of_the_day_counts_only_once_attendance_is_taken() {
        var members = List.of(new GroupFigures.Member(1, "KVINNA", START, null));
        var sessions = List.of(new GroupFigures.Held(1, START, false), new GroupFigures.Held(2, START.plusWeeks(1), false));
        var marks = List.of(new GroupFigures.Mark(1, 1, Attendance.NARVARANDE));

        var before = GroupFigures.of(members, sessions, marks, START.plusWeeks(1));
        assertThat(before.sessionsHeld()).isEqualTo(1);
        assertThat(before.presentAtLast()).as("the last held session is the first one").isEqualTo(1);
        assertThat(before.withoutAbsence()).isEqualTo(1);

        var after = GroupFigures.of(members, sessions,
                List.of(marks.getFirst(), new GroupFigures.Mark(2, 1, Attendance.AVBOKAT)), START.plusWeeks(1));
        assertThat(after.sessionsHeld()).isEqualTo(2);
        assertThat(after.presentAtLast()).isZero();
        assertThat(after.rates().get(1L)).isEqualTo(new GroupFigures.Rate(1, 2));
        assertThat(after.withoutAbsence()).as("a cancellation with notice is still an absence").isZero();
    }
}
