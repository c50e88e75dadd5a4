package se.samspar.report;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublishedReportRepository extends JpaRepository<PublishedReport, Long> {

    @Query("SELECT coalesce(max(r.versionNo), 0) FROM PublishedReport r WHERE r.programmeId = ?1 AND r.kind = ?2 "
            + "AND r.from = ?3 AND r.to = ?4")
    int lastVersion(long programmeId, ReportKind kind, LocalDate from, LocalDate to);

    @Query("SELECT coalesce(max(r.versionNo), 0) FROM PublishedReport r WHERE r.programmeId IS NULL AND r.kind = ?1 "
            + "AND r.from = ?2 AND r.to = ?3")
    int lastForbundVersion(ReportKind kind, LocalDate from, LocalDate to);
}
