package se.samspar.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.assessment.AssessmentDraft;
import se.samspar.assessment.AssessmentFacts.Kind;
import se.samspar.assessment.AssessmentService;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.assessment.RecordedAssessment;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;

/** The Stegförflyttning section on the participant page and its form, as staff use them. */
class AssessmentFormTest extends IntegrationTest {

    @Autowired
    AssessmentService service;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now();
    private long programmeId;
    private String staff;

    @BeforeEach
    void staffOfOneProgramme() {
        programmeId = newProgramme("Stegrehab", ProgrammeKind.INDIVIDUAL, 20);
        staff = newStaff("Petra Personal", programmeId)[0];
    }

    private AssessmentSection open(long enrolmentId) {
        long personId = jdbc.queryForObject("SELECT person_id FROM enrolment WHERE id = ?", Long.class, enrolmentId);
        UI.getCurrent().navigate("deltagare/" + personId);
        return $(AssessmentSection.class).single();
    }

    private AssessmentDialog newAssessment(AssessmentSection section) {
        test(section.add).click();
        return $(AssessmentDialog.class).single();
    }

    private void fill(AssessmentDialog dialog, int step, int score) {
        test(dialog.step).selectItem(step + " – " + AssessmentTemplate.defaultLadder().get(step - 1));
        dialog.scores.values().forEach(s -> test(s).selectItem(score + " – "
                + AssessmentTemplate.defaultScale().get(score - 1).description()));
    }

    @Test
    void an_empty_form_marks_the_step_and_every_dimension_at_once_and_saves_nothing() {
        long enrolment = startedParticipant(staff, programmeId, "Tom", "Tom", Kon.MAN, today.minusWeeks(1));
        AssessmentSection section = open(enrolment);
        AssessmentDialog dialog = newAssessment(section);
        assertThat(dialog.kind.getValue()).as("the kind needed next").isEqualTo(Kind.START);
        test(dialog.date).setValue(today.minusWeeks(2));
        test(dialog.save).click();

        assertThat(dialog.errorsShown()).containsExactly("Bedömningen kan inte vara före starten ("
                + today.minusWeeks(1) + ")", "", "Fyll i fältet", "Fyll i fältet", "Fyll i fältet", "Fyll i fältet",
                "Fyll i fältet", "Fyll i fältet", "Fyll i fältet", "");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(service.overview(enrolment).assessments()).isEmpty();
    }

    @Test
    void a_start_assessment_is_saved_and_listed_with_its_step_and_the_chart() {
        long enrolment = startedParticipant(staff, programmeId, "Sara", "Start", Kon.KVINNA, today.minusWeeks(1));
        AssessmentSection section = open(enrolment);
        assertThat(section.getElement().getTextRecursively()).contains("startbedömning ska göras senast "
                + today.minusWeeks(1).plusWeeks(4));
        AssessmentDialog dialog = newAssessment(section);
        fill(dialog, 3, 2);
        test(dialog.comments.get("HALSA")).setValue("Sover dåligt");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(section.texts()).singleElement().asString().startsWith(today + " · Startbedömning · steg 3 av 7: "
                + "Social och hälsomässig rehabilitering").contains("Hälsa 2").contains("Hälsa: Sover dåligt")
                .contains("av Petra Personal");
        assertThat(section.getChildren().filter(Svg.class::isInstance)).hasSize(1);
    }

    @Test
    void an_exit_assessment_without_a_start_asks_for_the_reason_next_to_its_field() {
        long enrolment = startedParticipant(staff, programmeId, "Ulf", "Utan", Kon.MAN, today.minusWeeks(6));
        AssessmentDialog dialog = newAssessment(open(enrolment));
        assertThat(dialog.overrideReason.isVisible()).isFalse();
        test(dialog.kind).selectItem("Slutbedömning");
        assertThat(dialog.overrideReason.isVisible()).isTrue();
        fill(dialog, 5, 4);
        test(dialog.save).click();
        assertThat(dialog.errorsShown().getLast())
                .isEqualTo("Det finns ingen startbedömning. Skriv varför slutbedömningen ändå ska registreras.");

        test(dialog.overrideReason).setValue("Startbedömningen gjordes på papper");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(service.overview(enrolment).assessments()).singleElement()
                .satisfies(a -> assertThat(a.overrideReason()).isEqualTo("Startbedömningen gjordes på papper"));
    }

    @Test
    void a_change_saved_by_a_colleague_meanwhile_is_explained_and_not_overwritten() {
        long enrolment = startedParticipant(staff, programmeId, "Kim", "Krock", Kon.MAN, today.minusWeeks(3));
        AssessmentDraft start = new AssessmentDraft(today.minusWeeks(2), Kind.START, 2);
        AssessmentTemplate.defaultDimensions().forEach(d -> start.score(d.code(), 2, null));
        service.record(enrolment, start);
        AssessmentSection section = open(enrolment);
        test(section.edits.getFirst()).click();
        AssessmentDialog dialog = $(AssessmentDialog.class).single();
        RecordedAssessment opened = service.overview(enrolment).assessments().getFirst();
        service.edit(opened.id(), opened.version(), AssessmentDraft.of(opened).score("HALSA", 4, null));

        test(dialog.step).selectItem("3 – Social och hälsomässig rehabilitering");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        RecordedAssessment now = service.overview(enrolment).assessments().getFirst();
        assertThat(now.step()).isEqualTo(2);
        assertThat(now.score("HALSA")).isEqualTo(4);
    }

    @Test
    void my_participants_show_whose_start_assessment_is_overdue() {
        long enrolment = startedParticipant(staff, programmeId, "Lisa", "Sen", Kon.KVINNA, today.minusWeeks(5));
        jdbc.update("UPDATE enrolment SET contact_person1_id = ? WHERE id = ?", userId(staff), enrolment);
        loginAs(staff, Role.PERSONAL);
        UI.getCurrent().navigate("mina-deltagare");

        AssessmentReminders.Box box = $(AssessmentReminders.Box.class).single();
        assertThat(box.texts()).singleElement().asString().startsWith("Lisa Sen")
                .endsWith("startbedömningen är försenad (skulle ha gjorts senast " + today.minusWeeks(1) + ")");
    }
}
