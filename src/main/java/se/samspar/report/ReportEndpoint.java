package se.samspar.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samspar.base.InvalidInputException;

/**
 * The report without the UI, for scheduled runs and scripts: the same PDF as the coordinator's
 * preview, for a programme and period, behind HTTP Basic with a coordinator's account (see the
 * operator guide). The board's version unless {@code styrelse=false}.
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
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("rapport-" + programmeId + "-" + from + "-" + to + ".pdf").build().toString())
                .header("X-Content-SHA256", se.samspar.base.Sha256.hex(pdf))
                .body(pdf);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e) {
        return text(HttpStatus.BAD_REQUEST, e.field() + ": " + swedish(e));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(AccessDeniedException e, jakarta.servlet.http.HttpServletRequest request) {
        // Another programme's report or a role without reports: recorded like a refused page.
        audit.recordRead(se.samspar.audit.AuditAction.REFUSED, null, null, "api " + request.getRequestURI());
        return text(HttpStatus.FORBIDDEN, "Du har inte behörighet till programmets rapporter.");
    }

    private static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN,
                java.nio.charset.StandardCharsets.UTF_8)).body(message + "\n");
    }

    private static String swedish(InvalidInputException e) {
        try {
            String pattern = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT).getString(e.messageKey());
            return new java.text.MessageFormat(pattern, Locale.forLanguageTag("sv-SE")).format(e.arguments());
        } catch (MissingResourceException missing) {
            return e.messageKey();
        }
    }
}
