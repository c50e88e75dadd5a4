package se.samspar.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samspar.importexport.Sheet.Columns.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.importexport.Importer.Action;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;

/**
 * Importing a förbund's history: a dry run that writes nothing, one transaction that writes all,
 * the same file again changing nothing, and every bad row refused with where and why.
 */
class ImportServiceTest extends ImportTestSupport {


    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    String programme;
    long programmeId;
    String pnr;
    String key;

    @BeforeEach
    void programme() {
        programmeId = newProgramme("Importrehab", ProgrammeKind.BOTH, 10);
        programme = name(programmeId);
        pnr = Sheets.freshPnr(jdbc, Kon.KVINNA);
        key = Sheets.freshKey();
        loginAs("import-admin", Role.ADMIN);
    }

    /** Two persons through a whole programme: enrolment, exit, follow-up, attendance, answers, headcount. */
    Sheets history() {
        return new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Anna", LAST_NAME, "Importsson", KOMMUN, "Vänersborg")
                .row(Sheet.PERSONER, KEY, key, KON, "Man", BIRTH_YEAR, "1988", KOMMUN, "Mellerud")
                .row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, programme, REFERRAL, "2019-02-11", PARTNER, "Arbetsförmedlingen",
                        START, "4 mars 2019", EDUCATION, "Gymnasium", SUPPORT_START, "Sjukpenning/rehabiliteringspenning; A-kassa",
                        YEARS, "3", CONSENT, "2019-03-04", CONSENT_WRITTEN, "Ja")
                .row(Sheet.INSKRIVNINGAR, KEY, key, PROGRAMME, programme, REFERRAL, "20190211", START, "2019-03-04",
                        SUPPORT_START, "FORSORJNINGSSTOD")
                .row(Sheet.AVSLUT, PNR, pnr, PROGRAMME, programme, START, "2019-03-04", END, "2019-09-30", REASONS, "Arbete",
                        OCCUPATION, "Ej subventionerat arbete", SUPPORT_AFTER, "Ingen offentlig försörjning",
                        FOLLOW_UP_WANTED, "Ja")
                .row(Sheet.UPPFOLJNINGAR, PNR, pnr, PROGRAMME, programme, START, "2019-03-04", DATE, "2019-12-02",
                        HOW, "Telefon", NOTE, "Har kvar jobbet")
                .row(Sheet.NARVARO, PNR, pnr, PROGRAMME, programme, START, "2019-03-04", GROUP, "Vår 2019", DATE, "2019-03-11",
                        FROM_TIME, "09:00", TO_TIME, "11:30", STATUS, "Närvarande")
                .row(Sheet.NARVARO, KEY, key, PROGRAMME, programme, START, "2019-03-04", GROUP, "Vår 2019", DATE, "2019-03-11",
                        FROM_TIME, "09:00", TO_TIME, "11:30", STATUS, "Frånvarande")
                .row(Sheet.ENKATSVAR, PROGRAMME, programme, PURPOSE, "Avslut", DATE, "2019-09-30", MODE, "Muntligt",
                        Sheet.Columns.question(1), "6", Sheet.Columns.question(2), "5", Sheet.Columns.question(3), "6",
                        Sheet.Columns.question(4), "Allt")
                .row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, "2019-04-02", ACTIVITY, "Inspirationsdag",
                        WOMEN, "7", MEN, "3");
    }

    @Test
    void a_dry_run_writes_nothing_and_the_import_then_creates_exactly_what_it_showed() {
        Sheets file = history();
        Importer.Plan plan = imports.dryRun(file.content());
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.committable()).isTrue();
        assertThat(plan.counts()).containsEntry(Action.CREATE, 10L).containsEntry(Action.REFUSED, 0L);
        assertThat(count("SELECT COUNT(*) FROM person WHERE personnummer = ?", pnr)).isZero();

        imports.commit("historik.xlsx", file.xlsx(), file.content());

        Map<String, Object> anna = jdbc.queryForMap("""
                SELECT p.first_name, p.kon, e.start_date, e.end_date, e.education, e.years_in_support, e.follow_up_wanted,
                       e.referring_partner, e.decision, e.occupation_at_exit
                FROM person p JOIN enrolment e ON e.person_id = p.id WHERE p.personnummer = ?""", pnr);
        assertThat(anna).containsEntry("first_name", "Anna").containsEntry("kon", "KVINNA")
                .containsEntry("education", "GYMNASIUM").containsEntry("years_in_support", 3)
                .containsEntry("referring_partner", "AF").containsEntry("decision", "ANTAGEN")
                .containsEntry("occupation_at_exit", "EJ_SUBVENTIONERAT_ARBETE").containsEntry("follow_up_wanted", true);
        assertThat(anna.get("start_date").toString()).isEqualTo("2019-03-04");
        assertThat(jdbc.queryForList("SELECT c.code FROM enrolment_support_start c JOIN enrolment e ON e.id = c.enrolment_id "
                + "JOIN person p ON p.id = e.person_id WHERE p.personnummer = ?", String.class, pnr))
                .containsExactlyInAnyOrder("SJUKPENNING", "A_KASSA");
        assertThat(jdbc.queryForList("SELECT a.status FROM attendance a JOIN group_session s ON s.id = a.session_id "
                + "JOIN group_round g ON g.id = s.group_id WHERE g.programme_id = ? ORDER BY a.status", String.class, programmeId))
                .containsExactly("FRANVARANDE", "NARVARANDE");
        assertThat(jdbc.queryForMap("SELECT anonymous, first_name, birth_year FROM person WHERE anonymous_key = ?", key))
                .containsEntry("anonymous", true).containsEntry("birth_year", 1988).containsEntry("first_name", null);
        assertThat(count("SELECT COUNT(*) FROM questionnaire_answer a JOIN questionnaire_response r ON r.id = a.response_id "
                + "WHERE r.programme_id = ? AND r.mode = 'ORAL'", programmeId)).isEqualTo(4);
        assertThat(count("SELECT women FROM headcount WHERE programme_id = ?", programmeId)).isEqualTo(7);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'IMPORT' AND details LIKE 'historik.xlsx%'"))
                .isPositive();
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        Sheets file = history();
        imports.commit("historik.xlsx", file.xlsx(), file.content());
        long versions = count("SELECT SUM(e.version) FROM enrolment e WHERE e.programme_id = ?", programmeId);

        Importer.Plan again = imports.dryRun(history().content());
        assertThat(again.counts()).containsEntry(Action.UNCHANGED, 10L).containsEntry(Action.CREATE, 0L)
                .containsEntry(Action.CHANGE, 0L);
        assertThat(again.committable()).isFalse();
        assertThat(count("SELECT SUM(e.version) FROM enrolment e WHERE e.programme_id = ?", programmeId)).isEqualTo(versions);
        assertThat(count("SELECT COUNT(*) FROM questionnaire_response WHERE programme_id = ?", programmeId)).isEqualTo(1);
    }

    @Test
    void a_changed_cell_changes_its_row_and_an_empty_cell_keeps_what_is_stored() {
        imports.commit("historik.xlsx", history().xlsx(), history().content());
        Sheets changed = new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, KOMMUN, "Trollhättan")
                .row(Sheet.AVSLUT, PNR, pnr, PROGRAMME, programme, START, "2019-03-04", END, "2019-10-15", REASONS, "Studier");
        Importer.Plan plan = imports.dryRun(changed.content());
        assertThat(plan.outcomes()).extracting(Importer.Outcome::action).containsExactly(Action.CHANGE, Action.CHANGE);
        imports.commit("rättelse.xlsx", changed.xlsx(), changed.content());
        assertThat(jdbc.queryForMap("SELECT p.first_name, p.kommun, e.end_date, e.occupation_at_exit FROM person p "
                + "JOIN enrolment e ON e.person_id = p.id WHERE p.personnummer = ?", pnr))
                .containsEntry("first_name", "Anna").containsEntry("kommun", "Trollhättan")
                .containsEntry("occupation_at_exit", "EJ_SUBVENTIONERAT_ARBETE");
    }

    @Test
    void a_coordinator_neither_sees_nor_changes_persons_outside_their_programmes() {
        imports.commit("historik.xlsx", history().xlsx(), history().content());
        long other = newProgramme("Grannprogram", ProgrammeKind.BOTH, 5);
        loginAs(newCoordinator("Granne Samordnare", other)[0], Role.SAMORDNARE);
        Importer.Plan plan = imports.dryRun(new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Annika")
                .row(Sheet.INSKRIVNINGAR, KEY, key, PROGRAMME, name(other), REFERRAL, "2019-05-06").content());
        assertThat(plan.outcomes()).extracting(Importer.Outcome::action).containsOnly(Action.REFUSED);
        assertThat(plan.problems()).extracting(Problem::key).containsOnly("import.error.person-elsewhere");
    }

    @Test
    void a_row_changed_by_someone_else_while_importing_undoes_the_whole_import() {
        imports.commit("historik.xlsx", history().xlsx(), history().content());
        Sheets changed = new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, KOMMUN, "Trollhättan")
                .row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, "2019-05-06", WOMEN, "2", MEN, "2");
        Importer importer = new Importer(jdbc, java.time.LocalDate.now(), id -> true, true);
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(t -> importer.apply(changed.content(), () ->
                jdbc.update("UPDATE person SET phone = '0521-123456', version = version + 1 WHERE personnummer = ?", pnr))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("import.error.changed-meanwhile");
        assertThat(jdbc.queryForObject("SELECT kommun FROM person WHERE personnummer = ?", String.class, pnr))
                .isEqualTo("Vänersborg");
        assertThat(count("SELECT COUNT(*) FROM headcount WHERE programme_id = ? AND count_date = '2019-05-06'", programmeId))
                .isZero();
    }

    /** An assessment row of the person with the personnummer, enrolled 2019-03-04 to 2019-09-30 in history(). */
    private String[] assessment(String start, String date, String kind, String halsa) {
        List<String> cells = new java.util.ArrayList<>(List.of(PNR, pnr, PROGRAMME, programme, START, start, DATE, date,
                KIND, kind, STEP, "3"));
        for (var d : AssessmentSheet.DIMENSIONS) {
            cells.addAll(List.of(d.label(), d.code().equals("HALSA") ? halsa : "3"));
        }
        cells.addAll(List.of(Sheet.Columns.comment("Hälsa"), "Sover bättre"));
        return cells.toArray(String[]::new);
    }

    @Test
    void an_assessment_row_is_shown_by_the_dry_run_imported_once_and_unchanged_the_second_time() {
        Sheets file = history().row(Sheet.BEDOMNINGAR, assessment("2019-03-04", "2019-03-11", "Start", "2"))
                .row(Sheet.BEDOMNINGAR, assessment("2019-03-04", "2019-09-30", "Avslut", "4"));
        Importer.Plan plan = imports.dryRun(file.content());
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.count(Sheet.BEDOMNINGAR, Action.CREATE)).isEqualTo(2);
        String scores = "SELECT COUNT(*) FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id "
                + "JOIN enrolment e ON e.id = a.enrolment_id WHERE e.programme_id = ?";
        assertThat(count(scores, programmeId)).isZero();

        imports.commit("bedomningar.xlsx", file.xlsx(), file.content());
        assertThat(count(scores, programmeId)).isEqualTo(2 * AssessmentSheet.DIMENSIONS.size());
        assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', a.kind, a.ladder_step, s.score, s.comment) FROM assessment a "
                + "JOIN assessment_score s ON s.assessment_id = a.id JOIN enrolment e ON e.id = a.enrolment_id "
                + "WHERE e.programme_id = ? AND s.dimension_code = 'HALSA' ORDER BY a.assessed_on", String.class, programmeId))
                .containsExactly("START|3|2|Sover bättre", "EXIT|3|4|Sover bättre");
        assertThat(imports.dryRun(file.content()).count(Sheet.BEDOMNINGAR, Action.UNCHANGED)).isEqualTo(2);
    }

    @Test
    void an_assessment_off_the_scale_outside_the_enrolment_of_no_enrolment_or_a_second_start_is_refused() {
        Importer.Plan plan = imports.dryRun(history()
                .row(Sheet.BEDOMNINGAR, assessment("2019-03-04", "2019-03-11", "Start", "6"))
                .row(Sheet.BEDOMNINGAR, assessment("2019-03-04", "2019-03-01", "Uppföljning", "3"))
                .row(Sheet.BEDOMNINGAR, assessment("2019-03-05", "2019-03-11", "Start", "3"))
                .row(Sheet.BEDOMNINGAR, assessment("2019-03-04", "2019-03-18", "Start", "3"))
                .row(Sheet.BEDOMNINGAR, assessment("2019-03-04", "2019-03-25", "Start", "3")).content());
        assertThat(plan.refused()).isTrue();
        assertThat(plan.problems()).extracting(Problem::sheet, Problem::row, Problem::column, Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bedömningar", 2, "Hälsa", "import.error.assessment-score"),
                        org.assertj.core.groups.Tuple.tuple("Bedömningar", 3, DATE, "assessment.error.before-start"),
                        org.assertj.core.groups.Tuple.tuple("Bedömningar", 4, START, "import.error.enrolment-unknown"),
                        org.assertj.core.groups.Tuple.tuple("Bedömningar", 6, KIND, "assessment.error.second-start"));
        assertThat(Messages.text(plan.problems().get(1))).isEqualTo("Bedömningen kan inte vara före starten (2019-03-04)");
        assertThat(Messages.text(plan.problems().getFirst()))
                .isEqualTo("Värdet finns inte på områdets skala i programmets bedömningsmall (version 1): 1–5.");
    }

    @Test
    void an_unknown_code_is_refused_with_the_codes_that_exist() {
        Problem p = onlyProblem(new Sheets().row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Anna", LAST_NAME, "Test")
                .row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, programme, REFERRAL, "2019-02-11", EDUCATION, "Universitet"));
        assertThat(p).extracting(Problem::sheet, Problem::row, Problem::column, Problem::value)
                .containsExactly("Inskrivningar", 2, EDUCATION, "Universitet");
        assertThat(Messages.text(p)).startsWith("Okänd kod. Tillåtna värden: Grundskola eller kortare, Gymnasium");
    }

    @Test
    void an_invalid_personnummer_is_refused() {
        String wrongCheckDigit = pnr.substring(0, 12) + ((pnr.charAt(12) - '0' + 1) % 10);
        Problem p = onlyProblem(new Sheets().row(Sheet.PERSONER, PNR, wrongCheckDigit, FIRST_NAME, "Anna", LAST_NAME, "Test"));
        assertThat(p).extracting(Problem::column, Problem::value).containsExactly(PNR, wrongCheckDigit);
        assertThat(p.key()).startsWith("person.error.pnr");
    }

    @Test
    void a_date_that_could_mean_two_days_is_refused() {
        Problem p = onlyProblem(new Sheets().row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Anna", LAST_NAME, "Test")
                .row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, programme, REFERRAL, "03/04/2019"));
        assertThat(p).extracting(Problem::column, Problem::value, Problem::key)
                .containsExactly(REFERRAL, "03/04/2019", "import.error.date-ambiguous");
    }

    @Test
    void a_row_twice_in_the_file_is_refused_the_second_time() {
        Importer.Plan plan = imports.dryRun(new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Anna", LAST_NAME, "Test")
                .row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Anna", LAST_NAME, "Test")
                .row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, "2019-04-02", WOMEN, "1", MEN, "1")
                .row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, "2019-04-02", WOMEN, "2", MEN, "1").content());
        assertThat(plan.outcomes()).extracting(Importer.Outcome::row, Importer.Outcome::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Action.CREATE), org.assertj.core.groups.Tuple.tuple(3, Action.REFUSED),
                org.assertj.core.groups.Tuple.tuple(2, Action.CREATE), org.assertj.core.groups.Tuple.tuple(3, Action.REFUSED));
        assertThat(plan.problems()).extracting(Problem::key).containsOnly("import.error.duplicate");
    }

    @Test
    void a_programme_that_does_not_exist_and_a_person_not_in_the_file_are_refused() {
        Importer.Plan plan = imports.dryRun(new Sheets()
                .row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, "Finns inte", REFERRAL, "2019-02-11").content());
        assertThat(plan.problems()).extracting(Problem::column, Problem::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(PNR, "import.error.person-unknown"),
                org.assertj.core.groups.Tuple.tuple(PROGRAMME, "import.error.programme-unknown"));
    }

    @Test
    void an_anonymous_person_with_a_name_or_a_key_like_a_personnummer_is_refused() {
        Importer.Plan plan = imports.dryRun(new Sheets()
                .row(Sheet.PERSONER, KEY, key, KON, "Kvinna", BIRTH_YEAR, "1990", FIRST_NAME, "Anna")
                .row(Sheet.PERSONER, KEY, pnr.substring(0, 8), KON, "Kvinna", BIRTH_YEAR, "1990").content());
        assertThat(plan.problems()).extracting(Problem::row, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "import.error.anonymous-identity"),
                org.assertj.core.groups.Tuple.tuple(3, "import.error.key-format"));
    }

    @Test
    void a_file_with_a_refused_row_imports_nothing_at_all() {
        Sheets file = history().row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, "2019-04-03", WOMEN, "många", MEN, "1");
        assertThatThrownBy(() -> imports.commit("historik.xlsx", file.xlsx(), file.content()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count("SELECT COUNT(*) FROM person WHERE personnummer = ? OR anonymous_key = ?", pnr, key)).isZero();
        assertThat(count("SELECT COUNT(*) FROM headcount WHERE programme_id = ?", programmeId)).isZero();
    }

    @Test
    void a_coordinator_imports_only_into_their_own_programmes_and_staff_not_at_all() {
        long other = newProgramme("Annans program", ProgrammeKind.BOTH, 5);
        String[] coordinator = newCoordinator("Import Samordnare", other);
        loginAs(coordinator[0], Role.SAMORDNARE);
        Importer.Plan plan = imports.dryRun(new Sheets()
                .row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, "2019-04-02", WOMEN, "1", MEN, "1").content());
        assertThat(plan.problems()).extracting(Problem::key).containsExactly("import.error.programme-not-yours");
        String[] staff = newStaff("Import Personal", programmeId);
        loginAs(staff[0], Role.PERSONAL);
        assertThatThrownBy(() -> imports.dryRun(history().content())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_csv_export_neutralises_text_that_a_spreadsheet_would_run_as_a_formula() throws Exception {
        Sheets file = history().row(Sheet.UPPFOLJNINGAR, PNR, pnr, PROGRAMME, programme, START, "2019-03-04",
                DATE, "2019-12-09", HOW, "Möte", NOTE, "=HYPERLINK(\"http://example.invalid\";\"Klicka\")");
        imports.commit("historik.xlsx", file.xlsx(), file.content());
        loginAs(newCoordinator("Export Samordnare", programmeId)[0], Role.SAMORDNARE);
        List<Table> export = imports.export(programmeId, java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 12, 31));
        String csv = new String(unzipped(Workbooks.csvZip(export), "uppfoljningar.csv"), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(";=HYPERLINK").contains("'=HYPERLINK");
        ImportFile.Content back = ImportFile.read("export.zip", new java.io.ByteArrayInputStream(Workbooks.csvZip(export)));
        Table followUps = back.tables().stream().filter(t -> t.sheet() == Sheet.UPPFOLJNINGAR).findFirst().orElseThrow();
        assertThat(followUps.rows()).anySatisfy(r -> assertThat(r.get(followUps.column(NOTE))).startsWith("=HYPERLINK"));
    }

    @Test
    void the_template_names_every_sheet_and_offers_the_code_lists() throws Exception {
        byte[] template = imports.template();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(template))) {
            assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList())
                    .contains("Personer", "Inskrivningar", "Avslut", "Uppföljningar", "Pinnstatistik", "Närvaro", "Enkätsvar",
                            "Kodlistor");
            var codes = wb.findSheet("Kodlistor").orElseThrow().read();
            assertThat(codes.getFirst().stream().map(c -> c == null ? "" : c.getText()).toList()).contains(PROGRAMME, EDUCATION);
            assertThat(codes.stream().flatMap(r -> r.stream()).map(c -> c == null ? "" : c.getText()).toList())
                    .contains(programme, "Gymnasium", "Arbete");
        }
        // The template itself imports: empty sheets are skipped.
        assertThat(ImportFile.read("mall.xlsx", new java.io.ByteArrayInputStream(template)).problems()).isEmpty();
        String sheet1 = new String(unzipped(template, "xl/worksheets/sheet3.xml"), StandardCharsets.UTF_8);
        assertThat(sheet1).contains("<dataValidation");
    }

    /** An entry of a zip (XLSX or the CSV export), through the central directory as Excel's are read. */
    static byte[] unzipped(byte[] zip, String name) throws java.io.IOException {
        java.nio.file.Path temp = java.nio.file.Files.createTempFile("t", ".zip");
        java.nio.file.Files.write(temp, zip);
        try (var file = new java.util.zip.ZipFile(temp.toFile())) {
            return file.getInputStream(file.getEntry(name)).readAllBytes();
        } finally {
            java.nio.file.Files.delete(temp);
        }
    }

    private Problem onlyProblem(Sheets file) {
        Importer.Plan plan = imports.dryRun(file.content());
        assertThat(plan.refused()).isTrue();
        assertThat(plan.problems()).hasSize(1);
        assertThatThrownBy(() -> imports.commit("fel.xlsx", file.xlsx(), file.content()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count("SELECT COUNT(*) FROM person WHERE personnummer = ?", pnr)).isZero();
        return plan.problems().getFirst();
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
