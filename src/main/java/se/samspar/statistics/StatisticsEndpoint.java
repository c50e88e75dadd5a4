package se.samspar.statistics;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board's gender-divided statistics without the UI, for scheduled runs: the same PDF as the
 * Statistik page, behind HTTP Basic with a coordinator's or the administrator's account. The
 * board's version unless {@code styrelse=false}; the same period a year before beside it with
 * {@code jamfor=true}.
 *
 * <pre>GET /api/statistik?fran=2018-01-01&amp;till=2018-12-31&amp;jamfor=true&amp;styrelse=false</pre>
 */
@RestController
class StatisticsEndpoint {

    private final StatisticsService statistics;

    StatisticsEndpoint(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping(path = "/api/statistik", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> statistics(@RequestParam("fran") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam("till") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(name = "jamfor", defaultValue = "false") boolean compare,
                                      @RequestParam(name = "styrelse", defaultValue = "true") boolean board) {
        byte[] pdf = statistics.pdf(from, to, compare, board, null);
        return se.samspar.base.PdfResponse.of("statistik-" + from + "-" + to + (board ? "" : "-full") + ".pdf", pdf);
    }
}
