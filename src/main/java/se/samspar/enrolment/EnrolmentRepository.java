package se.samspar.enrolment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    /** What a status on a day is derived from, without loading whole enrolments. */
    record StatusFacts(Decision decision, java.time.LocalDate startDate, java.time.LocalDate endDate,
                       boolean followUpWanted, boolean overBudget) {
    }

    /** The programme's enrolments that can be open or in follow-up on the day, felregistrering left out. */
    @Query("""
            select new se.samspar.enrolment.EnrolmentRepository$StatusFacts(e.decision, e.startDate, e.endDate,
                e.followUpWanted, case when e.overBudgetReason is not null then true else false end)
            from Enrolment e
            where e.programmeId = :programmeId and e.referralDate <= :day
              and (e.endDate is null or e.endDate >= :followUpFrom)
              and :excluded not member of e.exitReasons""")
    List<StatusFacts> findStatusFacts(long programmeId, java.time.LocalDate day, java.time.LocalDate followUpFrom,
                                      String excluded);

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

    /** An enrolment due for retention: ended (or closed without start) before the cut-off, not yet anonymised. */
    interface RetentionRow {
        long getEnrolmentId();

        long getPersonId();

        java.time.LocalDate getLastDate();
    }

    @Query("""
            select e.id as enrolmentId, e.personId as personId, coalesce(e.endDate, e.referralDate) as lastDate
            from Enrolment e
            where e.programmeId = :programmeId and e.anonymisedAt is null
              and (e.endDate < :cutoff
                   or (e.endDate is null and e.decision = se.samspar.enrolment.Decision.EJ_AKTUELL
                       and e.referralDate < :cutoff))
            order by e.id""")
    List<RetentionRow> findDueForRetention(long programmeId, java.time.LocalDate cutoff);
}
