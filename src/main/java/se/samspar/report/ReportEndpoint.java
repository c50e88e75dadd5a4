package se.samspar.report;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report without the UI, for scheduled runs and scripts: the same PDF as the coordinator's
 * preview, for a programme and period, behind HTTP Basic with a coordinator's account (see the
 * operator guide). The board's version unless {@code styrelse=false}. Errors are answered by
 * {@link se.samspar.base.ApiErrors}.
 *
 * <pre>GET /api/rapporter/{programmeId}?fran=2018-10-01&amp;till=2018-12-31&amp;slag=DELAR&amp;jamfor=true</pre>
 */
@RestController
class ReportEndpoint {

    private final ReportService reports;
    private final se.samspar.audit.AuditService audit;

    ReportEndpoint(ReportService reports, se.samspar.audit.AuditService audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @GetMapping(path = "/api/rapporter/{programmeId}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> report(@PathVariable long programmeId,
                                  @RequestParam("fran") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam("till") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(name = "slag", defaultValue = "DELAR") ReportKind kind,
                                  @RequestParam(name = "jamfor", defaultValue = "false") boolean compare,
                                  @RequestParam(name = "styrelse", defaultValue = "true") boolean board) {
        byte[] pdf = reports.generate(programmeId, kind, from, to, compare, board);
        return se.samspar.base.PdfResponse.of("rapport-" + programmeId + "-" + from + "-" + to + ".pdf", pdf);
    }

    /** Another programme's report or a role without reports: recorded like a refused page, answered as every refusal. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(AccessDeniedException e, jakarta.servlet.http.HttpServletRequest request) {
        audit.recordRead(se.samspar.audit.AuditAction.REFUSED, null, null, "api " + request.getRequestURI());
        return se.samspar.base.ApiErrors.text(org.springframework.http.HttpStatus.FORBIDDEN,
                "Du har inte behörighet till programmets rapporter.");
    }
}
