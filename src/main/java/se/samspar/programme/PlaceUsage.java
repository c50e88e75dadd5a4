package se.samspar.programme;

import java.time.LocalDate;

/**
 * How a programme's places are used on a day. Defined here, where places live, and answered by
 * the enrolment module, which knows who is enrolled (so programmes need not know enrolments).
 */
public interface PlaceUsage {

    /**
     * @param active started and not exited
     * @param waiting on the waiting list
     * @param followUp exited, in follow-up
     * @param overBudget active participants who were started beyond the budget, with a reason
     */
    record Usage(int active, int waiting, int followUp, int overBudget) {
    }

    Usage usageOn(long programmeId, LocalDate day);
}
