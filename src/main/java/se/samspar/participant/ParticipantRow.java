package se.samspar.participant;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samspar.enrolment.Decision;
import se.samspar.enrolment.EnrolmentStatus;

/** One enrolment as the participant list shows it: minimal fields, the number masked. */
public record ParticipantRow(long personId, @Nullable String firstName, @Nullable String lastName,
                             @Nullable String personnummer, boolean anonymous, Kon kon, int birthYear,
                             long programmeId, long enrolmentId, LocalDate referralDate,
                             @Nullable Decision decision, @Nullable LocalDate startDate,
                             @Nullable LocalDate endDate, boolean followUpWanted) {

    public String displayName() {
        return anonymous ? "" : (firstName + " " + lastName).strip();
    }

    /** "19850417-****", or empty for an anonymous person. */
    public String maskedNumber() {
        return personnummer == null ? "" : personnummer.substring(0, 9) + "****";
    }

    public EnrolmentStatus statusOn(LocalDate day) {
        return EnrolmentStatus.on(day, decision, startDate, endDate, followUpWanted);
    }
}
