package se.samspar.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByPersonnummer(String personnummer);

    /** The columns of a {@link ParticipantRowView}. */
    String ROW_COLUMNS = """
            p.id as personId, p.first_name as firstName, p.last_name as lastName,
                   p.personnummer as personnummer, p.anonymous as anonymous, p.kon as kon, p.birth_year as birthYear,
                   e.programme_id as programmeId, e.id as enrolmentId, e.referral_date as referralDate,
                   e.decision as decision, e.start_date as startDate, e.end_date as endDate,
                   e.follow_up_wanted as followUpWanted
            """;

    /** The list's filters ({@link ParticipantRows}); persons joined to their enrolments in the user's programmes. */
    String FILTERS = """
            from person p join enrolment e on e.person_id = p.id
            where e.programme_id in (:programmeIds)
              and (:text = '' or p.last_name like :pattern or p.first_name like :pattern
                   or concat(p.first_name, ' ', p.last_name) like :pattern or p.personnummer like :pattern)
              and (:programmeId = 0 or e.programme_id = :programmeId)
              and (:contactId = 0 or e.contact_person1_id = :contactId or e.contact_person2_id = :contactId)
              and (:status = ''
                or (:status = 'AKTIV' and e.start_date <= :today and (e.end_date is null or e.end_date > :today))
                or (:status = 'VANTELISTA' and e.decision = 'VANTELISTA'
                    and e.end_date is null and (e.start_date is null or e.start_date > :today))
                or (:status = 'ANSOKT' and e.end_date is null and (e.decision is null
                    or (e.decision = 'ANTAGEN' and (e.start_date is null or e.start_date > :today))))
                or (:status = 'EJ_AKTUELL' and e.decision = 'EJ_AKTUELL' and (e.end_date is null or e.end_date > :today))
                or (:status = 'UPPFOLJNING' and e.end_date <= :today and e.follow_up_wanted
                    and e.start_date is not null and e.end_date >= :followUpFrom)
                or (:status = 'AVSLUTAD' and e.end_date <= :today and not (e.follow_up_wanted
                    and e.start_date is not null and e.end_date >= :followUpFrom)))
            """;

    /** The given enrolments with their persons (a group's members, say). */
    @Query(nativeQuery = true, value = "select " + ROW_COLUMNS
            + " from person p join enrolment e on e.person_id = p.id where e.id in (:enrolmentIds)"
            + " order by p.last_name, p.first_name, e.id")
    List<ParticipantRowView> findRowsByEnrolmentIds(Collection<Long> enrolmentIds);

    /** The programme's accepted enrolments not ended before the day: who can join a group. */
    @Query(nativeQuery = true, value = "select " + ROW_COLUMNS
            + " from person p join enrolment e on e.person_id = p.id where e.programme_id = :programmeId"
            + " and e.decision = 'ANTAGEN' and (e.end_date is null or e.end_date >= :day)"
            + " order by p.last_name, p.first_name, e.id")
    List<ParticipantRowView> findAcceptedInProgramme(long programmeId, LocalDate day);

    interface ParticipantRowView {
        Long getPersonId();
        String getFirstName();
        String getLastName();
        String getPersonnummer();
        Boolean getAnonymous();
        String getKon();
        Integer getBirthYear();
        Long getProgrammeId();
        Long getEnrolmentId();
        java.time.LocalDate getReferralDate();
        String getDecision();
        java.time.LocalDate getStartDate();
        java.time.LocalDate getEndDate();
        Boolean getFollowUpWanted();

        default ParticipantRow toRow() {
            return new ParticipantRow(getPersonId(), getFirstName(), getLastName(), getPersonnummer(),
                    Boolean.TRUE.equals(getAnonymous()), Kon.valueOf(getKon()), getBirthYear(), getProgrammeId(),
                    getEnrolmentId(), getReferralDate(),
                    getDecision() == null ? null : se.samspar.enrolment.Decision.valueOf(getDecision()),
                    getStartDate(), getEndDate(), Boolean.TRUE.equals(getFollowUpWanted()));
        }
    }
}
