package se.samspar.scale;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.SqlStatements;
import se.samspar.base.Role;
import se.samspar.enrolment.EnrolmentStatus;
import se.samspar.participant.PersonService;
import se.samspar.report.PdfKit;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;
import se.samspar.session.Attendance;
import se.samspar.session.AttendanceService;
import se.samspar.statistics.StatisticsService;

/**
 * Each user-facing operation against its physical limit, measured in the same run over a generated
 * population: a measurement, not a test (excluded from the test command). Run:
 * {@code ./mvnw test -Dtest=ScaleBenchmark -Dsamspar.benchmarks= -Dsamspar.scale=forbund} (or
 * {@code national}) and read the table it prints.
 */
@Tag("benchmark")
class ScaleBenchmark extends IntegrationTest {

    static final int RUNS = 7;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportService reports;
    @Autowired
    PersonService persons;
    @Autowired
    AttendanceService attendance;
    @Autowired
    StatisticsService statistics;

    @Test
    void operations_against_their_limits() {
        DataGenerator.Size size = DataGenerator.Size.named(System.getProperty("samspar.scale", "forbund"));
        // A fixed seed with a kept database folder (-Dsamspar.embedded-db.data-dir=...) measures again
        // without generating again.
        long seed = Long.getLong("samspar.scale.seed", System.nanoTime() % 100_000);
        DataGenerator generator = new DataGenerator(jdbc, LocalDate.now());
        List<Long> programmes = generator.programmes(size, seed);
        if (programmes.isEmpty()) {
            DataGenerator.Result generated = generator.generate(size, seed);
            System.out.printf("%nSCALE BENCHMARK (%s): %s%n", size.name(), generated);
            programmes = generator.programmes(size, seed);
        } else {
            System.out.printf("%nSCALE BENCHMARK (%s): seed %d generated before%n", size.name(), seed);
        }
        long programme = programmes.getFirst();
        loginAs(newCoordinator("Skala Samordnare", programmes.toArray(Long[]::new))[0], Role.SAMORDNARE);
        LocalDate to = LocalDate.now().withDayOfYear(1).minusDays(1);
        LocalDate from = to.withDayOfYear(1);
        long enrolmentsInProgramme = jdbc.queryForObject("SELECT COUNT(*) FROM enrolment WHERE programme_id = ?", Long.class,
                programme);

        // The programme report: the full PDF against the bare aggregates plus an equally long static PDF.
        byte[] pdf = reports.generate(programme, ReportKind.HELAR, from, to, true, false);
        int pages = pages(pdf);
        double report = median(() -> reports.generate(programme, ReportKind.HELAR, from, to, true, false));
        double aggregates = median(() -> aggregates(programme, from, to));
        double staticPdf = median(() -> staticPdf(pages));

        // The board's statistics (every programme of the database) against their bare aggregates.
        byte[] statisticsPdf = statistics.pdf(from, to, true, true, "");
        int statisticsPages = pages(statisticsPdf);
        double board = median(() -> statistics.pdf(from, to, true, true, ""));
        double boardAggregates = median(() -> {
            statisticsAggregates(from, to);
            return statisticsAggregates(from.minusYears(1), to.minusYears(1));
        });
        double boardStatic = median(() -> staticPdf(statisticsPages));

        // One page of the participant list (programme, active, by name) against the bare indexed query.
        PersonService.ParticipantSearch search = new PersonService.ParticipantSearch("", programme, EnrolmentStatus.AKTIV,
                false);
        double list = median(() -> persons.search(search, PageRequest.of(0, 50)).getContent());
        // The limit: the same page by the same index, the filter written out instead of the search's switches.
        double bareList = median(() -> jdbc.queryForList("""
                SELECT STRAIGHT_JOIN p.id, p.first_name, p.last_name, p.personnummer, p.anonymous, p.kon, p.birth_year,
                       e.programme_id, e.id, e.referral_date, e.decision, e.start_date, e.end_date, e.follow_up_wanted
                FROM person p JOIN enrolment e ON e.person_id = p.id
                WHERE e.programme_id = ? AND e.start_date <= CURDATE() AND (e.end_date IS NULL OR e.end_date > CURDATE())
                ORDER BY p.last_name, p.first_name, p.id LIMIT 50""", programme));

        // Saving one mark on the attendance screen against a bare single-row update.
        var mark = jdbc.queryForMap("""
                SELECT a.session_id, a.enrolment_id FROM attendance a JOIN group_session s ON s.id = a.session_id
                JOIN group_round g ON g.id = s.group_id WHERE g.programme_id = ? ORDER BY s.session_date DESC LIMIT 1""",
                programme);
        long session = ((Number) mark.get("session_id")).longValue();
        long enrolment = ((Number) mark.get("enrolment_id")).longValue();
        int[] flip = {0};
        double save = median(() -> {
            attendance.mark(session, enrolment, flip[0]++ % 2 == 0 ? Attendance.FRANVARANDE : Attendance.NARVARANDE);
            return null;
        });
        double update = median(() -> jdbc.update("UPDATE attendance SET status = ? WHERE session_id = ? AND enrolment_id = ?",
                flip[0]++ % 2 == 0 ? "FRANVARANDE" : "NARVARANDE", session, enrolment));

        System.out.printf("programme %d: %d enrolments, report %d pages for %s – %s%n", programme, enrolmentsInProgramme,
                pages, from, to);
        System.out.printf("board statistics: %d exits last year in %d programmes, %d pages%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM enrolment WHERE end_date BETWEEN ? AND ?", Long.class, from, to),
                jdbc.queryForObject("SELECT COUNT(*) FROM programme", Long.class), statisticsPages);
        if (Boolean.getBoolean("samspar.scale.statements")) {
            statements("programme report", () -> reports.generate(programme, ReportKind.HELAR, from, to, true, false));
            statements("board statistics", () -> statistics.pdf(from, to, true, true, ""));
            statements("participant list page", () -> persons.search(search, PageRequest.of(0, 50)));
            statements("attendance mark", () -> attendance.mark(session, enrolment, Attendance.NARVARANDE));
        }
        System.out.printf("| operation | time | limit | ratio |%n|---|---|---|---|%n");
        row("programme report PDF", report, aggregates + staticPdf,
                String.format("%.1f ms SQL + %.1f ms static PDF", aggregates, staticPdf));
        row("board statistics PDF", board, boardAggregates + boardStatic,
                String.format("%.1f ms SQL + %.1f ms static PDF", boardAggregates, boardStatic));
        row("participant list page", list, bareList, "bare query");
        row("attendance mark saved", save, update, "bare update");
    }

    /** Where an operation's database time goes: its statements, the slowest first. */
    private void statements(String what, Runnable work) {
        List<SqlStatements.Timed> timed = SqlStatements.timed(jdbc, work);
        System.out.printf("%s: %d statements, %.1f ms in the database%n", what, timed.size(),
                timed.stream().mapToDouble(SqlStatements.Timed::millis).sum());
        timed.stream().sorted(java.util.Comparator.comparingDouble(SqlStatements.Timed::millis).reversed()).limit(8)
                .forEach(t -> {
                    String sql = t.sql().replaceAll("\\s+", " ");
                    System.out.printf("  %8.1f ms  %s%n", t.millis(), sql.substring(0, Math.min(160, sql.length())));
                });
    }

    private static void row(String what, double time, double limit, String limitText) {
        System.out.printf("| %s | %.1f ms | %.1f ms (%s) | %.1f× |%n", what, time, limit, limitText, time / limit);
    }

    /** The median of RUNS timed runs after two warm-ups, in milliseconds. */
    private static double median(Supplier<?> work) {
        work.get();
        work.get();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    /** The report's figures as bare aggregate queries: counts, reasons, education, support, answers, attendance. */
    private Object aggregates(long programme, LocalDate from, LocalDate to) {
        String active = "FROM enrolment e JOIN person p ON p.id = e.person_id WHERE e.programme_id = ? "
                + "AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)";
        for (LocalDate start : List.of(from, from.minusYears(1))) {
            // The period and, for the comparison "6 (22)", the year before it.
            LocalDate end = start.equals(from) ? to : to.minusYears(1);
            jdbc.queryForMap("SELECT COUNT(*), COUNT(DISTINCT e.person_id), SUM(e.start_date >= ?), SUM(e.end_date <= ?), "
                    + "SUM(e.end_date IS NULL OR e.end_date > ?), SUM(p.kon = 'KVINNA'), MIN(p.birth_year), MAX(p.birth_year), "
                    + "AVG(e.years_in_support), MIN(DATEDIFF(e.end_date, e.start_date)), MAX(DATEDIFF(e.end_date, e.start_date)) "
                    + active, start, end, end, programme, end, start);
        }
        jdbc.queryForList("SELECT r.code, p.kon, COUNT(*) FROM enrolment_exit_reason r JOIN enrolment e ON e.id = r.enrolment_id "
                + "JOIN person p ON p.id = e.person_id WHERE e.programme_id = ? AND e.end_date BETWEEN ? AND ? "
                + "GROUP BY r.code, p.kon", programme, from, to);
        jdbc.queryForList("SELECT e.education, COUNT(*) " + active + " GROUP BY e.education", programme, to, from);
        jdbc.queryForList("SELECT c.code, COUNT(*) FROM enrolment_support_start c JOIN enrolment e ON e.id = c.enrolment_id "
                + "WHERE e.programme_id = ? AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?) GROUP BY c.code",
                programme, to, from);
        jdbc.queryForList("SELECT a.position, COUNT(a.scale_value), AVG(a.scale_value) FROM questionnaire_response r "
                + "JOIN questionnaire_answer a ON a.response_id = r.id WHERE r.programme_id = ? AND r.purpose = 'EXIT' "
                + "AND r.counts_on BETWEEN ? AND ? GROUP BY a.position", programme, from, to);
        return jdbc.queryForList("SELECT g.id, COUNT(*), SUM(a.status = 'NARVARANDE') FROM group_round g "
                + "JOIN group_session s ON s.group_id = g.id JOIN attendance a ON a.session_id = s.id "
                + "WHERE g.programme_id = ? AND s.session_date BETWEEN ? AND ? GROUP BY g.id", programme, from, to);
    }

    /**
     * The board statistics' figures for one period as tight bare aggregates: the exits' joint
     * distribution by kön, age, education, years in support, time in programme and occupation in one
     * grouped pass (every table of the statistics is a margin of it), the three code lists by kön,
     * the persons and Finsam counts per programme in one pass, and the headcounts.
     */
    private Object statisticsAggregates(LocalDate from, LocalDate to) {
        String exits = " FROM enrolment e JOIN person p ON p.id = e.person_id JOIN programme g ON g.id = e.programme_id "
                + "WHERE g.kind <> 'HEADCOUNT' AND e.start_date IS NOT NULL AND e.end_date BETWEEN ? AND ?";
        jdbc.queryForList("SELECT p.kon, (YEAR(e.end_date) - p.birth_year) DIV 5, e.education, e.years_in_support, "
                + "LEAST(DATEDIFF(e.end_date, e.start_date) DIV 30, 24), e.occupation_at_exit, COUNT(*)" + exits
                + " GROUP BY 1, 2, 3, 4, 5, 6", from, to);
        for (String table : List.of("enrolment_exit_reason", "enrolment_support_start", "enrolment_support_after")) {
            jdbc.queryForList("SELECT p.kon, c.code, COUNT(*)" + exits.replace("WHERE", "JOIN " + table
                    + " c ON c.enrolment_id = e.id WHERE") + " GROUP BY 1, 2", from, to);
        }
        jdbc.queryForList("SELECT e.programme_id, p.kon, COUNT(DISTINCT e.person_id), SUM(e.start_date >= ?), "
                + "SUM(e.end_date <= ?), SUM(e.end_date IS NULL OR e.end_date > ?) FROM enrolment e "
                + "JOIN person p ON p.id = e.person_id WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?) "
                + "GROUP BY 1, 2", from, to, to, to, from);
        return jdbc.queryForList("SELECT programme_id, SUM(women), SUM(men) FROM headcount WHERE count_date BETWEEN ? AND ? "
                + "GROUP BY programme_id", from, to);
    }

    /** A PDF as long as the report, of fixed text and tables. */
    private static byte[] staticPdf(int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfKit.Pdf pdf = PdfKit.a4(out, "Samordningsförbundet", "Statisk");
        Document doc = pdf.doc();
        for (int page = 0; page < pages; page++) {
            if (page > 0) {
                doc.newPage();
            }
            doc.add(PdfKit.paragraph("Rubrik " + page, PdfKit.TITLE, 8));
            PdfPTable table = PdfKit.table(4);
            for (int cell = 0; cell < 60; cell++) {
                table.addCell(PdfKit.cell("Cell " + cell, PdfKit.TEXT));
            }
            doc.add(table);
        }
        doc.close();
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
