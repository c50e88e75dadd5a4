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
                   or p.personnummer like :pattern)""",
            countQuery = "select count(e) from Enrolment e where e.programmeId in :programmeIds")
    Slice<ParticipantRow> search(Collection<Long> programmeIds, String text, String pattern, Pageable pageable);
}
