package se.samspar.enrolment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpContactRepository extends JpaRepository<FollowUpContact, Long> {

    List<FollowUpContact> findByEnrolmentIdInOrderByContactDate(Collection<Long> enrolmentIds);

    /** Retention: the notes of an anonymised enrolment's follow-ups go; date and kind stay. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update FollowUpContact f set f.note = null where f.enrolmentId = :enrolmentId")
    int clearNotes(long enrolmentId);
}
