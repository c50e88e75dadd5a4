package se.samspar.annualreport;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.report.PublishedReport;

/**
 * The annual report without the UI, for automation, behind HTTP Basic with a coordinator's or the
 * administrator's account like the rest of {@code /api}: what the year's annual report would hold
 * (JSON), its PDF as it would be published, and publishing it from the saved draft (or, without
 * one, every part in the default order). Every call is in the audit log; errors are answered by
 * {@link se.samspar.base.ApiErrors}.
 *
 * <pre>
 * GET  /api/arsrapport/2018      parts, versions, SHA-256 and what is missing
 * GET  /api/arsrapport/2018/pdf  the assembled PDF, not published
 * POST /api/arsrapport/2018      publishes the next version to the archive
 * </pre>
 */
@RestController
class AnnualReportEndpoint {

    private final AnnualReportService annual;
    private final AuditService audit;

    AnnualReportEndpoint(AnnualReportService annual, AuditService audit) {
        this.annual = annual;
        this.audit = audit;
    }

    /** A part as the API lists it. */
    record Part(String key, String title, boolean included, long archiveId, int version, String sha256) {
    }

    record Preview(int year, List<Part> parts, List<String> missing, boolean foreword, boolean closing) {
    }

    record Published(long archiveId, int version, String sha256, int sizeBytes) {
    }

    @GetMapping(path = "/api/arsrapport/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    Preview overview(@PathVariable int year) {
        AnnualReportService.Overview o = annual.overview(year);
        audit.recordRead(AuditAction.VIEW, null, null, "api årsrapport " + year + ": " + o.included().size()
                + " delar, " + o.missing().size() + " saknas");
        return new Preview(year, o.parts().stream().map(p -> new Part(p.key(), p.title(), p.included(),
                p.publishedId(), p.archiveVersion(), p.sha256())).toList(), o.missing(), !o.foreword().isBlank(),
                !o.closing().isBlank());
    }

    @GetMapping(path = "/api/arsrapport/{year}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable int year) {
        return se.samspar.base.PdfResponse.of("arsrapport-" + year + ".pdf", annual.preview(year));
    }

    @PostMapping(path = "/api/arsrapport/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    Published publish(@PathVariable int year) {
        PublishedReport r = annual.publish(year, null);
        return new Published(r.getId(), r.getVersionNo(), r.getSha256(), r.getSizeBytes());
    }

    /** A role without annual reports (the board's account): recorded like a refused page, answered as every refusal. */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<String> denied(jakarta.servlet.http.HttpServletRequest request) {
        audit.recordRead(AuditAction.REFUSED, null, null, "api " + request.getRequestURI());
        return se.samspar.base.ApiErrors.text(org.springframework.http.HttpStatus.FORBIDDEN,
                "Du har inte behörighet till förbundets årsrapport.");
    }
}
