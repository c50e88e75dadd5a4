package se.samspar.enrolment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.base.Role;
import se.samspar.programme.PlaceUsage;

/** Counts a programme's enrolments by their status on a day; a felregistrering never counts. */
@Component
class EnrolmentPlaceUsage implements PlaceUsage {

    private final EnrolmentRepository enrolments;

    EnrolmentPlaceUsage(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    @Transactional(readOnly = true)
    @Secured({Role.ROLE_ADMIN, Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Usage usageOn(long programmeId, LocalDate day) {
        List<EnrolmentRepository.StatusFacts> facts = enrolments.findStatusFacts(programmeId, day,
                day.minusMonths(EnrolmentStatus.FOLLOW_UP_MONTHS), ExitReasons.FELREGISTRERING);
        int active = 0;
        int waiting = 0;
        int followUp = 0;
        int overBudget = 0;
        for (EnrolmentRepository.StatusFacts f : facts) {
            switch (EnrolmentStatus.on(day, f.decision(), f.startDate(), f.endDate(), f.followUpWanted())) {
                case AKTIV -> {
                    active++;
                    if (f.overBudget()) {
                        overBudget++;
                    }
                }
                case VANTELISTA -> waiting++;
                case UPPFOLJNING -> followUp++;
                default -> {
                }
            }
        }
        return new Usage(active, waiting, followUp, overBudget);
    }
}
