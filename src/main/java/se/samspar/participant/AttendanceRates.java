package se.samspar.participant;

import java.util.Collection;
import java.util.Map;

/**
 * Attendance at group sessions per enrolment, as the participant page shows it. Implemented by
 * the session module, which knows groups; the participant module only asks.
 */
public interface AttendanceRates {

    /** Present at so many of the held sessions the enrolment belonged to. */
    record Rate(int present, int sessions) {
        public int percent() {
            return sessions == 0 ? 0 : (int) Math.round(100.0 * present / sessions);
        }
    }

    /** The rates of those of the enrolments that belong to a group with held sessions. */
    Map<Long, Rate> ratesOf(Collection<Long> enrolmentIds);
}
