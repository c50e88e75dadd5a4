package se.samspar.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static se.samspar.importexport.Sheet.Columns.*;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.assessment.AssessmentDraft;
import se.samspar.assessment.AssessmentFacts.Kind;
import se.samspar.assessment.AssessmentService;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.assessment.AssessmentTemplate.ScaleStep;
import se.samspar.assessment.AssessmentTemplate.TemplateDimension;
import se.samspar.base.Role;
import se.samspar.importexport.Importer.Action;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;

/**
 * The Bedömningar sheet against a programme's own template: version 1 the defaults (six
 * dimensions on 1–5, seven steps), in force until ten weeks ago, version 2 four dimensions on a
 * 1–4 scale and a five-step ladder since.
 */
class AssessmentSheetTest extends ImportTestSupport {

    @Autowired
    AssessmentService assessments;

    private final LocalDate today = LocalDate.now();
    private long programmeId;
    private String programme;
    private String coordinator;
    private long anna;
    private long bo;
    private String annaPnr;
    private String boPnr;

    static List<TemplateDimension> fourByFour() {
        List<ScaleStep> scale = List.of(new ScaleStep(1, "Stora hinder"), new ScaleStep(2, "Vissa hinder"),
                new ScaleStep(3, "Små hinder"), new ScaleStep(4, "Inga hinder"));
        return List.of(new TemplateDimension("BOENDE", "Boende", scale),
                new TemplateDimension("EKONOMI", "Ekonomi", scale), new TemplateDimension("HALSA", "Hälsa", scale),
                new TemplateDimension("NATVERK", "Nätverk", scale));
    }

    static final List<String> FIVE_STEPS = List.of("Långt ifrån arbete", "På väg", "Förberedd", "Nära arbete",
            "I arbete eller studier");

    private static AssessmentDraft draft(LocalDate day, Kind kind, int step, List<TemplateDimension> dims, int score,
                                         String comment) {
        AssessmentDraft d = new AssessmentDraft(day, kind, step);
        dims.forEach(x -> d.score(x.code(), Math.min(score, x.max()), x.code().equals("HALSA") ? comment : null));
        return d;
    }

    @BeforeEach
    void programmeWithTwoTemplateVersions() {
        programmeId = newProgramme("Mallimport", ProgrammeKind.INDIVIDUAL, 10);
        programme = name(programmeId);
        coordinator = newCoordinator("Mona Mall", programmeId)[0];
        String staff = newStaff("Pia Personal", programmeId)[0];
        anna = startedParticipant(staff, programmeId, "Anna", "Tidig", Kon.KVINNA, today.minusWeeks(20));
        assessments.record(anna, draft(today.minusWeeks(19), Kind.START, 2, AssessmentTemplate.defaultDimensions(), 2,
                "Sover dåligt"));
        loginAs(coordinator, Role.SAMORDNARE);
        assessments.saveTemplate(programmeId, assessments.template(programmeId), fourByFour(), FIVE_STEPS);
        jdbc.update("UPDATE assessment_template SET created_at = ? WHERE programme_id = ? AND version_no = 1",
                today.minusWeeks(30).atStartOfDay(), programmeId);
        jdbc.update("UPDATE assessment_template SET created_at = ? WHERE programme_id = ? AND version_no = 2",
                today.minusWeeks(10).atStartOfDay(), programmeId);
        loginAs(staff, Role.PERSONAL);
        assessments.record(anna, draft(today.minusWeeks(5), Kind.FOLLOW_UP, 3, fourByFour(), 3, "Bättre sömn"));
        bo = startedParticipant(staff, programmeId, "Bo", "Sen", Kon.MAN, today.minusWeeks(8));
        assessments.record(bo, draft(today.minusWeeks(7), Kind.START, 1, fourByFour(), 1, "Ont i ryggen; \"mycket\""));
        annaPnr = pnrOf(anna);
        boPnr = pnrOf(bo);
        loginAs(coordinator, Role.SAMORDNARE);
    }

    private String pnrOf(long enrolmentId) {
        return jdbc.queryForObject("SELECT p.personnummer FROM person p JOIN enrolment e ON e.person_id = p.id "
                + "WHERE e.id = ?", String.class, enrolmentId);
    }

    private static final String STORED = """
            SELECT CONCAT_WS('|', a.enrolment_id, a.assessed_on, a.kind, a.ladder_step, t.version_no, s.dimension_code,
                             s.score, s.comment)
            FROM assessment a JOIN assessment_template t ON t.id = a.template_id
            JOIN assessment_score s ON s.assessment_id = a.id JOIN enrolment e ON e.id = a.enrolment_id
            WHERE e.programme_id = ? ORDER BY 1""";

    private Table exportedSheet() {
        return imports.export(programmeId, today.minusYears(1), today).stream()
                .filter(t -> t.sheet() == Sheet.BEDOMNINGAR).findFirst().orElseThrow();
    }

    @Test
    void the_export_writes_each_versions_dimensions_and_the_import_reads_them_back_unchanged() throws Exception {
        List<Table> exported = imports.export(programmeId, today.minusYears(1), today);
        Table sheet = exported.stream().filter(t -> t.sheet() == Sheet.BEDOMNINGAR).findFirst().orElseThrow();
        assertThat(sheet.headers()).containsSubsequence(STEP, TEMPLATE_VERSION, "Boende", "Ekonomi", "Hälsa", "Nätverk",
                "Vardagsstruktur", "Närvaro och stabilitet", comment("Boende"), comment("Hälsa"));
        assertThat(sheet.rows()).hasSize(3);
        List<String> before = jdbc.queryForList(STORED, String.class, programmeId);

        jdbc.update("DELETE s FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id "
                + "JOIN enrolment e ON e.id = a.enrolment_id WHERE e.programme_id = ?", programmeId);
        jdbc.update("DELETE a FROM assessment a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.programme_id = ?",
                programmeId);
        byte[] xlsx = Workbooks.xlsx(exported);
        ImportFile.Content file = ImportFile.read("export.xlsx", new ByteArrayInputStream(xlsx));
        assertThat(file.problems()).isEmpty();
        Importer.Plan plan = imports.dryRun(file);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.count(Sheet.BEDOMNINGAR, Action.CREATE)).isEqualTo(3);
        imports.commit("export.xlsx", xlsx, file);

        assertThat(jdbc.queryForList(STORED, String.class, programmeId)).isEqualTo(before);
        Table again = exportedSheet();
        assertThat(again.headers()).isEqualTo(sheet.headers());
        assertThat(again.rows()).isEqualTo(sheet.rows());
    }

    /** A row of Bo's (started eight weeks ago) on version 2's dimensions, then the given column–value pairs. */
    private String[] bo(String date, String step, String... more) {
        List<String> cells = new ArrayList<>(List.of(PNR, boPnr, PROGRAMME, programme, START,
                today.minusWeeks(8).toString(), DATE, date, KIND, "Uppföljning", STEP, step, "Boende", "2",
                "Ekonomi", "3", "Hälsa", "4", "Nätverk", "1"));
        cells.addAll(List.of(more));
        return cells.toArray(String[]::new);
    }

    @Test
    void each_row_is_checked_against_the_version_in_force_on_its_day_and_refused_with_why() {
        String[] annaOnVersion1 = new ArrayList<>(List.of(PNR, annaPnr, PROGRAMME, programme, START,
                today.minusWeeks(20).toString(), DATE, today.minusWeeks(18).toString(), KIND, "Uppföljning", STEP, "7",
                "Hälsa", "5", "Vardagsstruktur", "5", "Sociala relationer", "5", "Motivation", "5",
                "Arbetsförmåga/arbetsträning", "5", "Närvaro och stabilitet", "5")).toArray(String[]::new);
        Importer.Plan plan = imports.dryRun(new Sheets()
                .row(Sheet.BEDOMNINGAR, bo(today.minusWeeks(6).toString(), "6"))
                .row(Sheet.BEDOMNINGAR, bo(today.minusWeeks(5).toString(), "2", "Boende", "5"))
                .row(Sheet.BEDOMNINGAR, bo(today.minusWeeks(4).toString(), "2", "Vardagsstruktur", "3"))
                .row(Sheet.BEDOMNINGAR, bo(today.minusWeeks(3).toString(), "5", comment("Nätverk"), "Fler vänner"))
                .row(Sheet.BEDOMNINGAR, annaOnVersion1)
                .row(Sheet.BEDOMNINGAR, bo(today.minusWeeks(2).toString(), "2", TEMPLATE_VERSION, "3")).content());

        assertThat(plan.problems()).extracting(Problem::row, Problem::column, Problem::key).containsExactly(
                tuple(2, STEP, "import.error.assessment-step"),
                tuple(3, "Boende", "import.error.assessment-score"),
                tuple(4, "Vardagsstruktur", "import.error.assessment-dimension"),
                tuple(7, TEMPLATE_VERSION, "import.error.assessment-version"));
        assertThat(plan.problems().stream().map(Messages::text)).containsExactly(
                "Steget finns inte på stegen i programmets bedömningsmall (version 2), som har steg 1–5.",
                "Värdet finns inte på områdets skala i programmets bedömningsmall (version 2): 1–4.",
                "Programmets bedömningsmall (version 2) har inget område med det namnet. Dess områden är: Boende, "
                        + "Ekonomi, Hälsa, Nätverk.",
                "Programmet har ingen bedömningsmall med den versionen.");
        assertThat(plan.count(Sheet.BEDOMNINGAR, Action.CREATE)).as("Bo's fine row and Anna's on version 1")
                .isEqualTo(2);
    }

    @Test
    void a_file_without_a_column_for_one_of_the_versions_dimensions_is_refused_at_that_column() {
        String[] row = bo(today.minusWeeks(3).toString(), "2");
        Importer.Plan plan = imports.dryRun(new Sheets().row(Sheet.BEDOMNINGAR,
                java.util.Arrays.copyOf(row, row.length - 2)).content());
        assertThat(plan.problems()).extracting(Problem::row, Problem::column, Problem::key)
                .containsExactly(tuple(2, "Nätverk", "import.error.assessment-column"));
    }
}
