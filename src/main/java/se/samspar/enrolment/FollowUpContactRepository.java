package se.samspar.enrolment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpContactRepository extends JpaRepository<FollowUpContact, Long> {

    List<FollowUpContact> findByEnrolmentIdInOrderByContactDate(Collection<Long> enrolmentIds);
}
