package se.samspar.participant;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The held group sessions of enrolments with each one's attendance, for the early warning.
 * Implemented by the session module, which knows groups; the participant module only asks.
 */
public interface AttendanceHistory {

    /** Per enrolment, the held sessions of its groups while it was a member, in date order. */
    Map<Long, List<EarlyWarningRule.HeldSession>> heldSessionsOf(Collection<Long> enrolmentIds);
}
