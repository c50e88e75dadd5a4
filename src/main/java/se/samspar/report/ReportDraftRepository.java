package se.samspar.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportDraftRepository extends JpaRepository<ReportDraft, Long> {

    /** A draft with its quotes, for the form and the PDF. */
    @EntityGraph(attributePaths = "quotes")
    Optional<ReportDraft> findWithQuotesById(long id);

    List<ReportDraft> findByProgrammeIdInOrderByUpdatedAtDesc(Collection<Long> programmeIds);
}
