package se.samspar.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.enrolment.Decision;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.Exit;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.participant.TestPersonnummer;
import se.samspar.programme.ProgrammeKind;
import se.samspar.report.ReportService;

/**
 * A known population of 2012 registered through the services (no other test uses that year), and
 * the board's statistics, the cross-table and the Finsam counts read back from it.
 */
class StatisticsServiceTest extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2012, 1, 1);
    private static final LocalDate TO = LocalDate.of(2012, 12, 31);

    @Autowired
    StatisticsService statistics;
    @Autowired
    PersonService persons;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    ReportService reports;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static boolean registered;
    private static long programmeId;
    private static String programmeName;
    private static String coordinator;
    private int serial = 980;

    private Enrolment enrol(String staff, int age, Kon kon, String education, Set<String> before, int years) {
        loginAs(staff, Role.PERSONAL);
        LocalDate start = LocalDate.of(2012, 2, 1);
        serial += 2;
        long personId = persons.register(PersonDraft.identified(TestPersonnummer.of(
                LocalDate.of(2012, 9, 1).minusYears(age), kon, serial), "Statistik", "Person", "Vänersborg")).personId();
        return persons.enrol(personId, new EnrolmentDraft(programmeId, start.minusWeeks(2), "AF", null, null,
                Decision.ANTAGEN, null, start, null, null, start, true, education, before, years, null, null));
    }

    private void exit(Enrolment e, String reason, String secondReason, String occupation, Set<String> after) {
        enrolments.exit(e.getId(), e.getVersion(), new Exit(LocalDate.of(2012, 9, 1),
                secondReason == null ? Set.of(reason) : Set.of(reason, secondReason), null, occupation, after, false));
    }

    @BeforeEach
    void population() {
        if (registered) {
            loginAs(coordinator, Role.SAMORDNARE);
            return;
        }
        programmeId = newProgramme("Statistikinsats", ProgrammeKind.INDIVIDUAL, 10, FROM);
        programmeName = jdbc.queryForObject("SELECT name FROM programme WHERE id = ?", String.class, programmeId);
        coordinator = newCoordinator("Stella Statistik", programmeId)[0];
        String staff = newStaff("Sten Statistik", programmeId)[0];
        exit(enrol(staff, 25, Kon.KVINNA, "GRUNDSKOLA", Set.of("FORSORJNINGSSTOD"), 1), ExitReasons.ARBETE, null,
                "EJ_SUBVENTIONERAT_ARBETE", Set.of("INGEN"));
        exit(enrol(staff, 35, Kon.KVINNA, "GYMNASIUM", Set.of("SJUKPENNING"), 10), ExitReasons.SJUKDOM, null, "OVRIGA",
                Set.of("SJUKPENNING"));
        exit(enrol(staff, 50, Kon.KVINNA, "GRUNDSKOLA", Set.of("A_KASSA"), 4), ExitReasons.FORTSATT_REHABILITERING,
                ExitReasons.SJUKDOM, "OVRIGA", Set.of("A_KASSA"));
        exit(enrol(staff, 22, Kon.MAN, "GRUNDSKOLA", Set.of("AKTIVITETSSTOD"), 2), ExitReasons.ARBETE, null,
                "SUBVENTIONERAT_ARBETE", Set.of("INGEN"));
        exit(enrol(staff, 47, Kon.MAN, "HOGSKOLA", Set.of("SJUKPENNING"), 12), ExitReasons.FORTSATT_REHABILITERING, null,
                "OVRIGA", Set.of("SJUKPENNING"));
        exit(enrol(staff, 30, Kon.MAN, "GYMNASIUM", Set.of("SJUKPENNING"), 3), ExitReasons.FELREGISTRERING, null,
                "OVRIGA", Set.of());
        enrol(staff, 40, Kon.KVINNA, "GYMNASIUM", Set.of("SJUKPENNING"), 6);
        registered = true;
        loginAs(coordinator, Role.SAMORDNARE);
    }

    private static Map<String, String> shares(Distribution d) {
        return d.rows().stream().collect(Collectors.toMap(Distribution.Row::code,
                r -> d.womenPercent(r).orElse(-1) + " " + d.menPercent(r).orElse(-1), (a, b) -> a, LinkedHashMap::new));
    }

    private static void assertEveryShare(Distribution d, Map<String, String> nonZero) {
        Map<String, String> shares = shares(d);
        assertThat(shares).as(d.title()).containsAllEntriesOf(nonZero);
        shares.forEach((code, share) -> assertThat(share).as(d.title() + " " + code)
                .isEqualTo(nonZero.getOrDefault(code, "0 0")));
    }

    @Test
    void the_statistics_of_the_year_come_from_the_exits_and_wrong_registrations_never_count() {
        StatisticsService.Statistics s = statistics.statistics(FROM, TO, true);
        assertThat(s.women()).isEqualTo(3);
        assertThat(s.men()).isEqualTo(2);
        Map<String, Distribution> byTitle = s.distributions().stream()
                .collect(Collectors.toMap(Distribution::title, d -> d));
        // Every share of every table: the rows named here, and 0 % for both in every other row.
        assertEveryShare(byTitle.get("Åldersfördelning"), Map.of("–29 år", "33 50", "30–44 år", "33 0",
                "45–59 år", "33 50"));
        assertEveryShare(byTitle.get("Utbildning"), Map.of("GRUNDSKOLA", "67 50", "GYMNASIUM", "33 0",
                "HOGSKOLA", "0 50"));
        assertEveryShare(byTitle.get("Tid i offentlig försörjning"), Map.of("0–2 år", "33 50", "3–5 år", "33 0",
                "9 år eller mer", "33 50"));
        assertEveryShare(byTitle.get("Tid i insatsen"), Map.of("6–9 mån", "100 100"));
        // A woman who left for illness and continued rehabilitation counts in both: 133 % for women.
        assertEveryShare(byTitle.get("Avslutsorsak"), Map.of("ARBETE_STUDIER_ARBETSSOKANDE", "33 50",
                "FORTSATT_REHABILITERING", "33 50", "SJUKDOM", "67 0"));
        assertEveryShare(byTitle.get("Sysselsättning vid avslut"), Map.of("EJ_SUBVENTIONERAT_ARBETE", "33 0",
                "SUBVENTIONERAT_ARBETE", "0 50", "OVRIGA", "67 50"));
        assertEveryShare(byTitle.get("Försörjning före insatsen"), Map.of("FORSORJNINGSSTOD", "33 0",
                "SJUKPENNING", "33 50", "A_KASSA", "33 0", "AKTIVITETSSTOD", "0 50"));
        assertEveryShare(byTitle.get("Försörjning efter insatsen"), Map.of("INGEN", "33 50", "SJUKPENNING", "33 50",
                "A_KASSA", "33 0"));
        assertThat(byTitle.get("Avslutsorsak").severalPerPerson()).isTrue();
        assertThat(byTitle.get("Tid i insatsen").severalPerPerson()).isFalse();
        assertThat(s.flows()).isEqualTo(new GenderStatistics.Flows(4, 2, 3, 2, 4, 2));
        assertThat(s.programmes()).as("the persons who exited, as the base")
                .contains(new GenderStatistics.ProgrammeCount(programmeName, false, 3, 2));
        assertThat(s.previous()).get().satisfies(p -> assertThat(p.women() + p.men()).isZero());
    }

    @Test
    void support_at_start_against_outcome_for_the_coordinators_programme_only() {
        assertThat(statistics.supportByOutcome(programmeId, FROM, TO)).contains(
                new GenderStatistics.CrossRow("SJUKPENNING", 3, 0, 0, 0, 2, 1),
                new GenderStatistics.CrossRow("FORSORJNINGSSTOD", 1, 1, 0, 0, 0, 0));
        long other = newProgramme("Annan insats", ProgrammeKind.INDIVIDUAL, 3);
        loginAs(coordinator, Role.SAMORDNARE);
        assertThatThrownBy(() -> statistics.supportByOutcome(other, FROM, TO)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_finsam_counts_export_as_csv_and_xlsx() throws IOException {
        FinsamCounts.Row row = statistics.finsam(FROM, TO).stream().filter(r -> r.programme().equals(programmeName))
                .findFirst().orElseThrow();
        assertThat(row).isEqualTo(new FinsamCounts.Row(programmeName, 4, 2, 4, 2, 3, 2));
        String csv = new String(FinsamCounts.csv(List.of(row)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFInsats;Deltagare kvinnor;Deltagare män;Deltagare totalt;")
                .contains(programmeName + ";4;2;6;4;2;3;2\r\n");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(FinsamCounts.xlsx(List.of(row),
                "Finsam 2012")))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Deltagare kvinnor");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(programmeName);
            assertThat(rows.get(1).getCellAsNumber(3)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(6));
        }
    }

    @Test
    void the_boards_pdf_hides_small_counts_and_is_published_to_the_archive() throws IOException {
        byte[] boardPdf = statistics.pdf(FROM, TO, true, true, "Kvinnorna avslutar oftare för sjukdom.");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "statistik-2012-styrelsen.pdf"), boardPdf);
        String board = text(boardPdf);
        // Five persons, two of them men: the base is printed, not how it splits; every table would be mostly
        // withheld, so each is one line; the men's "<3" of the programme row is explained on its page.
        assertThat(board).contains("KÖNSUPPDELAD STATISTIK", "styrelsens version",
                "5 personer, x kvinnor och x män", "Redovisas inte: färre än 3 personer i flera grupper.",
                "<3 = 1 eller 2 personer", "Kvinnorna avslutar oftare för sjukdom.");
        byte[] fullPdf = statistics.pdf(FROM, TO, false, false, null);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "statistik-2012.pdf"), fullPdf);
        String full = text(fullPdf);
        assertThat(full).contains("5 personer, 3 kvinnor och 2 män", "Störst skillnad: Sjukdom, 67 % av kvinnorna mot 0 % av männen.");
        assertThatThrownBy(() -> statistics.pdf(FROM, TO, false, false, "x".repeat(StatisticsPdf.COMMENTARY_MAX + 1)))
                .isInstanceOf(se.samspar.base.InvalidInputException.class);

        var published = statistics.publish(FROM, TO, false, "Kommentar");
        assertThat(published.getProgrammeId()).isNull();
        loginAs("styrelse-" + System.nanoTime(), Role.STYRELSE);
        assertThat(reports.archive(2012, ReportService.FORBUND)).singleElement()
                .satisfies(e -> assertThat(e.programmeName()).isEqualTo("Könsuppdelad statistik januari – december 2012"));
        assertThatThrownBy(() -> statistics.statistics(FROM, TO, false)).isInstanceOf(AccessDeniedException.class);
    }

    private static String text(byte[] pdf) throws IOException {
        return se.samspar.PdfText.of(pdf);
    }
}
