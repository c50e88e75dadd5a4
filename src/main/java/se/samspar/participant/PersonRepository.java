package se.samspar.participant;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByPersonnummer(String personnummer);

    /** Enrolments in the given programmes whose person's name or number contains the text. */
    @Query(value = """
            select new se.samspar.participant.ParticipantRow(p.id, p.firstName, p.lastName, p.personnummer,
                p.anonymous, p.kon, p.birthYear, e.programmeId, e.id, e.referralDate, e.decision, e.startDate,
                e.endDate, e.followUpWanted)
            from Enrolment e join Person p on p.id = e.personId
            where e.programmeId in :programmeIds
              and (:text = '' or lower(concat(coalesce(p.firstName, ''), ' ', coalesce(p.lastName, ''))) like :pattern
                   or p.personnummer like :pattern)
              and (:programmeId = 0 or e.programmeId = :programmeId)
              and (:contactId = 0 or e.contactPerson1Id = :contactId or e.contactPerson2Id = :contactId)
              and (:status = ''
                or (:status = 'AKTIV' and e.startDate <= :today and (e.endDate is null or e.endDate > :today))
                or (:status = 'VANTELISTA' and e.decision = se.samspar.enrolment.Decision.VANTELISTA
                    and e.endDate is null and (e.startDate is null or e.startDate > :today))
                or (:status = 'ANSOKT' and e.endDate is null and (e.decision is null
                    or (e.decision = se.samspar.enrolment.Decision.ANTAGEN and (e.startDate is null or e.startDate > :today))))
                or (:status = 'EJ_AKTUELL' and e.decision = se.samspar.enrolment.Decision.EJ_AKTUELL
                    and (e.endDate is null or e.endDate > :today))
                or (:status = 'UPPFOLJNING' and e.endDate <= :today and e.followUpWanted = true
                    and e.startDate is not null and e.endDate >= :followUpFrom)
                or (:status = 'AVSLUTAD' and e.endDate <= :today and not (e.followUpWanted = true
                    and e.startDate is not null and e.endDate >= :followUpFrom)))""",
            countQuery = "select count(e) from Enrolment e where e.programmeId in :programmeIds")
    Slice<ParticipantRow> search(Collection<Long> programmeIds, String text, String pattern, long programmeId,
                                 long contactId, String status, java.time.LocalDate today,
                                 java.time.LocalDate followUpFrom, Pageable pageable);
}
