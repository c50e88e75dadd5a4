package se.samspar.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.IntegrationTest;
import se.samspar.assessment.AssessmentFacts.Kind;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.Exit;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.programme.ProgrammeKind;

/** Assessments recorded, changed, refused, reminded of and read for the report, against the real database. */
class AssessmentServiceTest extends IntegrationTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    PersonService persons;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    se.samspar.report.ReportService reports;
    @Autowired
    se.samspar.statistics.StatisticsService statistics;

    private final LocalDate today = LocalDate.now();
    private long programmeId;
    private String staff;
    private String coordinator;

    @BeforeEach
    void programme() {
        programmeId = newProgramme("Stegprogram", ProgrammeKind.INDIVIDUAL, 20);
        coordinator = newCoordinator("Siv Samordnare", programmeId)[0];
        staff = newStaff("Stina Steg", programmeId)[0];
    }

    private AssessmentDraft scored(LocalDate day, Kind kind, int step, int score) {
        AssessmentDraft d = new AssessmentDraft(day, kind, step);
        AssessmentTemplate.defaultDimensions().forEach(dim -> d.score(dim.code(), score, null));
        return d;
    }

    private void exit(long enrolmentId, LocalDate day, String reason) {
        long personId = jdbc.queryForObject("SELECT person_id FROM enrolment WHERE id = ?", Long.class, enrolmentId);
        Enrolment e = enrolments.fileOf(personId, se.samspar.audit.AuditAction.VIEW).enrolments().getFirst();
        enrolments.exit(e.getId(), e.getVersion(), new Exit(day, Set.of(reason), null, null, Set.of(), false));
    }

    @Test
    void a_new_programme_gets_the_six_default_dimensions_and_the_seven_step_ladder() {
        loginAs(coordinator, Role.SAMORDNARE);
        assertThat(assessments.dimensions(programmeId)).extracting(Dimension::label).containsExactly("Hälsa",
                "Vardagsstruktur", "Sociala relationer", "Motivation", "Arbetsförmåga/arbetsträning",
                "Närvaro och stabilitet");
        AssessmentTemplate t = assessments.template(programmeId);
        assertThat(t.versionNo()).isEqualTo(1);
        assertThat(t.ladder()).hasSize(7).startsWith("Ej aktuell för arbetslivsinriktade insatser")
                .endsWith("I arbete eller studier");
        assertThat(t.dimensions().getFirst().scale()).hasSize(5);
    }

    @Test
    void staff_assess_at_start_and_exit_and_the_report_reads_both_in_date_order() {
        long enrolment = startedParticipant(staff, programmeId, "Sara", "Stegsson", Kon.KVINNA, today.minusMonths(3));
        assessments.record(enrolment, scored(today.minusMonths(3).plusDays(3), Kind.START, 2, 2));
        exit(enrolment, today.minusDays(1), ExitReasons.ARBETE);
        assessments.record(enrolment, scored(today.minusDays(1), Kind.EXIT, 7, 4).score("HALSA", 5, "Mår bättre"));

        AssessmentService.Overview o = assessments.overview(enrolment);
        assertThat(o.assessments()).extracting(RecordedAssessment::kind).containsExactly(Kind.START, Kind.EXIT);
        assertThat(o.assessments().getLast().scores().get("HALSA").comment()).isEqualTo("Mår bättre");
        assertThat(o.assessments().getFirst().assessedBy()).isEqualTo("Stina Steg");

        loginAs(coordinator, Role.SAMORDNARE);
        List<AssessmentFacts> facts = assessments.facts(programmeId, today.minusYears(1), today);
        assertThat(facts).hasSize(1);
        AssessmentFacts f = facts.getFirst();
        assertThat(f.exitReasons()).containsExactly(ExitReasons.ARBETE);
        assertThat(f.assessments()).extracting(AssessmentFacts.Assessment::step).containsExactly(2, 7);
        assertThat(f.assessments().getLast().scores()).containsEntry("HALSA", 5).containsEntry("MOTIVATION", 4)
                .hasSize(6);
    }

    @Test
    void the_programme_report_and_the_board_statistics_read_the_recorded_assessments() throws Exception {
        for (String name : List.of("Ada", "Bea", "Cia")) {
            long enrolment = startedParticipant(staff, programmeId, name, "Stegsson", Kon.KVINNA, today.minusMonths(4));
            assessments.record(enrolment, scored(today.minusMonths(4).plusDays(2), Kind.START, 2, 2));
            exit(enrolment, today.minusDays(2), ExitReasons.FORTSATT_REHABILITERING);
            assessments.record(enrolment, scored(today.minusDays(2), Kind.EXIT, 4, 3));
        }
        loginAs(coordinator, Role.SAMORDNARE);
        String report = se.samspar.PdfText.of(reports.generate(programmeId, se.samspar.report.ReportKind.DELAR,
                today.minusMonths(6), today, false, false));
        assertThat(report).contains("Stegförflyttning");
        String board = se.samspar.PdfText.of(statistics.pdf(today.minusMonths(6), today, false, true, null));
        assertThat(board).contains("Stegförflyttning");
    }

    @Test
    void scores_off_the_scale_and_a_day_before_the_start_are_refused_together_and_nothing_is_stored() {
        long enrolment = startedParticipant(staff, programmeId, "Rut", "Refuserad", Kon.KVINNA, today.minusWeeks(2));
        AssessmentDraft wrong = scored(today.minusWeeks(3), Kind.START, 3, 3).score("HALSA", 6, null);

        assertThatThrownBy(() -> assessments.record(enrolment, wrong)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(
                        InvalidInputException.Problem::field).containsExactly("date", "score.HALSA"));
        assertThat(assessments.overview(enrolment).assessments()).isEmpty();
    }

    @Test
    void an_exit_assessment_without_a_start_needs_a_reason_which_is_stored() {
        long enrolment = startedParticipant(staff, programmeId, "Ulla", "Utan", Kon.KVINNA, today.minusMonths(2));
        AssessmentDraft exit = scored(today, Kind.EXIT, 4, 3);
        assertThatThrownBy(() -> assessments.record(enrolment, exit)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.concerns("overrideReason")).isTrue());

        assessments.record(enrolment, exit.overrideReason("Startbedömningen gjordes inte"));
        assertThat(assessments.overview(enrolment).assessments().getFirst().overrideReason())
                .isEqualTo("Startbedömningen gjordes inte");
    }

    @Test
    void an_edit_is_audited_with_what_changed_and_a_second_edit_of_the_same_version_is_a_conflict() {
        long enrolment = startedParticipant(staff, programmeId, "Eva", "Ändrad", Kon.KVINNA, today.minusMonths(1));
        long id = assessments.record(enrolment, scored(today.minusDays(20), Kind.START, 2, 2));
        RecordedAssessment opened = assessments.overview(enrolment).assessments().getFirst();

        assessments.edit(id, opened.version(), AssessmentDraft.of(opened).score("MOTIVATION", 4, null));
        assertThat(assessments.overview(enrolment).assessments().getFirst().score("MOTIVATION")).isEqualTo(4);
        String details = jdbc.queryForObject("SELECT details FROM audit_entry WHERE enrolment_id = ? AND action = 'CHANGE' "
                + "ORDER BY id DESC LIMIT 1", String.class, enrolment);
        assertThat(details).contains("Motivation").contains("\"före\":\"2\"").contains("\"efter\":\"4\"");

        AssessmentDraft colleague = AssessmentDraft.of(opened);
        colleague.setStep(3);
        assertThatThrownBy(() -> assessments.edit(id, opened.version(), colleague))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(assessments.overview(enrolment).assessments().getFirst().step()).isEqualTo(2);
    }

    @Test
    void an_anonymous_participant_can_be_assessed() {
        loginAs(staff, Role.PERSONAL);
        long personId = persons.registerAndRefer(PersonDraft.anonymousPerson(Kon.MAN, 1990, "Vänersborg"),
                EnrolmentDraft.startingOn(programmeId, today.minusWeeks(3), today.minusWeeks(1))).personId();
        long enrolment = persons.open(personId, false).enrolments().getFirst().getId();
        assessments.record(enrolment, scored(today, Kind.START, 3, 3));

        loginAs(coordinator, Role.SAMORDNARE);
        assertThat(assessments.facts(programmeId, today.minusMonths(1), today)).singleElement()
                .satisfies(f -> assertThat(f.anonymous()).isTrue());
    }

    @Test
    void staff_of_another_programme_cannot_see_or_assess() {
        long enrolment = startedParticipant(staff, programmeId, "Olle", "Obehörig", Kon.MAN, today.minusWeeks(2));
        long other = newProgramme("Annat", ProgrammeKind.INDIVIDUAL, 5);
        String outsider = newStaff("Utan Behörighet", other)[0];
        loginAs(outsider, Role.PERSONAL);

        assertThatThrownBy(() -> assessments.overview(enrolment)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.record(enrolment, scored(today, Kind.START, 3, 3)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_wrong_registration_is_left_out_of_the_facts() {
        long enrolment = startedParticipant(staff, programmeId, "Fel", "Registrerad", Kon.MAN, today.minusWeeks(6));
        assessments.record(enrolment, scored(today.minusWeeks(6), Kind.START, 3, 3));
        exit(enrolment, today.minusWeeks(1), ExitReasons.FELREGISTRERING);

        loginAs(coordinator, Role.SAMORDNARE);
        assertThat(assessments.facts(programmeId, today.minusMonths(3), today)).isEmpty();
    }

    @Test
    void my_participants_without_a_start_assessment_after_four_weeks_are_reminded_as_overdue() {
        long late = startedParticipant(staff, programmeId, "Lena", "Sen", Kon.KVINNA, today.minusWeeks(5));
        long done = startedParticipant(staff, programmeId, "Dora", "Klar", Kon.KVINNA, today.minusWeeks(5));
        long me = userId(staff);
        jdbc.update("UPDATE enrolment SET contact_person1_id = ? WHERE id IN (?, ?)", me, late, done);
        assessments.record(done, scored(today.minusWeeks(4), Kind.START, 3, 3));

        List<AssessmentService.Reminder> due = assessments.dueForMyParticipants();
        assertThat(due).extracting(AssessmentService.Reminder::enrolmentId).containsExactly(late);
        assertThat(due.getFirst().due().what()).isEqualTo(AssessmentDue.What.START);
        assertThat(due.getFirst().due().overdue()).isTrue();
    }

    @Test
    void a_template_change_after_assessments_makes_a_new_version_and_old_assessments_keep_theirs() {
        long enrolment = startedParticipant(staff, programmeId, "Vera", "Version", Kon.KVINNA, today.minusWeeks(3));
        AssessmentTemplate first = assessments.template(programmeId);
        loginAs(coordinator, Role.SAMORDNARE);
        var dims = new java.util.ArrayList<>(AssessmentTemplate.defaultDimensions());
        dims.add(new AssessmentTemplate.TemplateDimension("BOENDE", "Boende", AssessmentTemplate.defaultScale()));
        assertThat(assessments.saveTemplate(programmeId, first, dims, AssessmentTemplate.defaultLadder()))
                .as("no one assessed yet").isEqualTo(AssessmentService.TemplateChange.IN_PLACE);

        loginAs(staff, Role.PERSONAL);
        assessments.record(enrolment, scored(today.minusWeeks(2), Kind.START, 3, 3).score("BOENDE", 2, null));
        loginAs(coordinator, Role.SAMORDNARE);
        AssessmentTemplate edited = assessments.template(programmeId);
        assertThat(edited.id()).as("changed in place").isEqualTo(first.id());
        assertThat(assessments.saveTemplate(programmeId, edited, AssessmentTemplate.defaultDimensions(),
                AssessmentTemplate.defaultLadder())).isEqualTo(AssessmentService.TemplateChange.NEW_VERSION);

        AssessmentService.Overview o = assessments.overview(enrolment);
        assertThat(o.current().versionNo()).isEqualTo(2);
        assertThat(o.current().dimension("BOENDE")).isEmpty();
        assertThat(o.templateOf(o.assessments().getFirst()).dimension("BOENDE")).isPresent();
        assertThatThrownBy(() -> assessments.saveTemplate(programmeId, first, dims, AssessmentTemplate.defaultLadder()))
                .as("an edit of the old version").isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void two_coordinators_changing_an_unassessed_template_at_once_cannot_overwrite_each_other() {
        loginAs(coordinator, Role.SAMORDNARE);
        AssessmentTemplate mine = assessments.template(programmeId);
        AssessmentTemplate theirs = assessments.template(programmeId);
        var dims = new java.util.ArrayList<>(AssessmentTemplate.defaultDimensions());
        dims.removeLast();
        assertThat(assessments.saveTemplate(programmeId, theirs, dims, AssessmentTemplate.defaultLadder()))
                .isEqualTo(AssessmentService.TemplateChange.IN_PLACE);

        assertThatThrownBy(() -> assessments.saveTemplate(programmeId, mine, AssessmentTemplate.defaultDimensions(),
                List.of("Långt ifrån", "Nära"))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(assessments.template(programmeId).dimensions()).as("the colleague's change stays").isEqualTo(dims);
        assertThat(assessments.templateVersions(programmeId)).singleElement().satisfies(v -> {
            assertThat(v.versionNo()).isEqualTo(1);
            assertThat(v.changedBy()).isEqualTo(coordinator);
            assertThat(v.assessments()).isZero();
        });
    }

    @Test
    void retention_keeps_the_scores_and_removes_the_comments_and_the_reason() {
        long enrolment = startedParticipant(staff, programmeId, "Gun", "Gallrad", Kon.KVINNA, today.minusMonths(2));
        assessments.record(enrolment, scored(today.minusDays(3), Kind.EXIT, 4, 3).score("HALSA", 4, "Har ont i ryggen")
                .overrideReason("Startbedömningen glömdes"));
        long anonymous = persons.register(PersonDraft.anonymousPerson(Kon.KVINNA, 1980, "Vänersborg")).personId();
        loginAs("test-admin", Role.ADMIN);
        enrolments.anonymiseForRetention(enrolment, anonymous);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id "
                + "WHERE a.enrolment_id = ? AND s.comment IS NOT NULL", Integer.class, enrolment)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assessment WHERE enrolment_id = ? AND override_reason IS NULL "
                + "AND ladder_step = 4", Integer.class, enrolment)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT score FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id "
                + "WHERE a.enrolment_id = ? AND s.dimension_code = 'HALSA'", Integer.class, enrolment)).isEqualTo(4);
    }
}
