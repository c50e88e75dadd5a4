package se.samspar.enrolment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    @Query("select e from Enrolment e where e.personId = :personId order by e.referralDate desc, e.id desc")
    List<Enrolment> findByPerson(long personId);

    List<Enrolment> findByPersonIdAndProgrammeId(long personId, long programmeId);

    boolean existsByPersonIdAndProgrammeIdIn(long personId, Collection<Long> programmeIds);

    long countByPersonId(long personId);

    /** Enrolments started on or before the day and not exited before it: candidates for "active". */
    @Query("""
            select e from Enrolment e
            where e.programmeId = :programmeId and e.startDate is not null and e.startDate <= :day
              and (e.endDate is null or e.endDate > :day)""")
    List<Enrolment> findStartedNotEndedOn(long programmeId, java.time.LocalDate day);
}
