package se.samspar.annualreport;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportDraftRepository extends JpaRepository<AnnualReportDraft, Long> {

    Optional<AnnualReportDraft> findByYear(int year);
}
