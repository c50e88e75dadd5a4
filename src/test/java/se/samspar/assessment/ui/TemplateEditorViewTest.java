package se.samspar.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.assessment.AssessmentDraft;
import se.samspar.assessment.AssessmentFacts.Kind;
import se.samspar.assessment.AssessmentService;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;

/** The coordinator's assessment template editor ("Bedömningsmallar"), as a coordinator uses it. */
class TemplateEditorViewTest extends IntegrationTest {

    @Autowired
    AssessmentService service;

    private final LocalDate today = LocalDate.now();
    private long programmeId;
    private String coordinator;
    private String staff;

    @BeforeEach
    void coordinatorOfOneProgramme() {
        programmeId = newProgramme("Mallrehab", ProgrammeKind.INDIVIDUAL, 20);
        coordinator = newCoordinator("Maja Mall", programmeId)[0];
        staff = newStaff("Per Personal", programmeId)[0];
    }

    private TemplateEditorView open() {
        loginAs(coordinator, Role.SAMORDNARE);
        TemplateEditorView view = navigate(TemplateEditorView.class);
        test(view.programme).selectItem(view.programme.getListDataView().getItems()
                .filter(p -> p.getId() == programmeId).findFirst().orElseThrow().getName());
        return view;
    }

    private static String error(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : "";
    }

    /** Four dimensions on a 1–4 scale and a five-step ladder. */
    private void makeFourByFour(TemplateEditorView view) {
        while (view.dimensions.size() > 4) {
            test(view.dimensions.getLast().remove).click();
        }
        for (DimensionEditor d : view.dimensions) {
            test(d.steps).selectItem("4");
            test(d.descriptions.get(3)).setValue("Inga svårigheter alls");
        }
        while (view.ladder.steps.size() > 5) {
            test(view.ladder.steps.getLast().getParent().orElseThrow().getChildren()
                    .filter(c -> c instanceof com.vaadin.flow.component.button.Button).findFirst()
                    .map(com.vaadin.flow.component.button.Button.class::cast).orElseThrow()).click();
        }
        test(view.ladder.steps.get(4)).setValue("I arbete eller studier");
    }

    @Test
    void an_unassessed_template_is_changed_in_place_and_an_assessed_one_gets_a_new_version() {
        TemplateEditorView view = open();
        assertThat(view.versionInfo.getText()).startsWith("Version 1 gäller nu");
        assertThat(view.inUse.isVisible()).as("no one assessed yet").isFalse();
        makeFourByFour(view);
        test(view.save).click();

        AssessmentTemplate saved = service.template(programmeId);
        assertThat(saved.versionNo()).isEqualTo(1);
        assertThat(saved.dimensions()).hasSize(4).allSatisfy(d -> {
            assertThat(d.min()).isEqualTo(1);
            assertThat(d.max()).isEqualTo(4);
            assertThat(d.describe(4)).contains("Inga svårigheter alls");
        });
        assertThat(saved.ladder()).hasSize(5).last().isEqualTo("I arbete eller studier");

        long enrolment = startedParticipant(staff, programmeId, "Ada", "Bedömd", Kon.KVINNA, today.minusWeeks(2));
        AssessmentDraft start = new AssessmentDraft(today.minusWeeks(1), Kind.START, 2);
        saved.dimensions().forEach(d -> start.score(d.code(), 3, null));
        service.record(enrolment, start);

        view = open();
        assertThat(view.inUse.isVisible()).isTrue();
        assertThat(view.inUse.getText()).startsWith("Bedömningar finns redan – en ny version skapas");
        test(view.addDimension).click();
        test(view.dimensions.getLast().label).setValue("Boende");
        test(view.save).click();

        AssessmentService.Overview o = service.overview(enrolment);
        assertThat(o.current().versionNo()).isEqualTo(2);
        assertThat(o.current().dimensions()).extracting(AssessmentTemplate.TemplateDimension::label).last()
                .isEqualTo("Boende");
        assertThat(o.current().dimension("BOENDE")).as("a code made from the name").isPresent();
        assertThat(o.templateOf(o.assessments().getFirst()).versionNo()).as("the assessment keeps its version")
                .isEqualTo(1);
        assertThat(view.history.getElement().getTextRecursively()).contains("Version 2 (gäller nu)")
                .contains("Version 1, skapad").contains("bedömningar: 1").contains("bedömningar: 0");
    }

    @Test
    void every_faulty_field_is_marked_at_once_and_nothing_is_saved() {
        TemplateEditorView view = open();
        AssessmentTemplate before = service.template(programmeId);
        test(view.dimensions.get(0).label).setValue("  ");
        test(view.dimensions.get(2).label).setValue(view.dimensions.get(1).label.getValue());
        test(view.dimensions.get(1).descriptions.get(2)).setValue("");
        test(view.dimensions.get(3).descriptions.get(0)).setValue(" ");
        test(view.ladder.steps.get(3)).setValue("");
        test(view.save).click();

        List<String> marked = new ArrayList<>();
        view.dimensions.forEach(d -> {
            marked.add(error(d.label));
            d.descriptions.forEach(f -> marked.add(error(f)));
        });
        view.ladder.steps.forEach(f -> marked.add(error(f)));
        assertThat(marked.stream().filter(m -> !m.isEmpty())).containsExactly(
                "Varje område behöver ett namn på högst 100 tecken",
                "Skriv en kort beskrivning av värdet (högst 200 tecken)",
                "Ett annat område har redan det här namnet",
                "Skriv en kort beskrivning av värdet (högst 200 tecken)",
                "Skriv vad steget betyder (högst 200 tecken)");
        assertThat(error(view.dimensions.get(1).descriptions.get(2))).isNotEmpty();
        assertThat(error(view.dimensions.get(3).descriptions.get(0))).isNotEmpty();
        assertThat(error(view.ladder.steps.get(3))).isNotEmpty();
        assertThat(service.template(programmeId)).isEqualTo(before);
    }

    @Test
    void a_colleague_saving_meanwhile_is_explained_and_not_overwritten() {
        TemplateEditorView view = open();
        AssessmentTemplate opened = service.template(programmeId);
        List<String> theirs = List.of("Långt ifrån arbete", "Nära arbete", "I arbete");
        service.saveTemplate(programmeId, opened, opened.dimensions(), theirs);

        test(view.dimensions.getFirst().label).setValue("Fysisk och psykisk hälsa");
        test(view.save).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.getText()).startsWith("En annan samordnare har sparat mallen medan du arbetade");
        AssessmentTemplate now = service.template(programmeId);
        assertThat(now.ladder()).isEqualTo(theirs);
        assertThat(now.dimensions().getFirst().label()).isEqualTo("Hälsa");
    }
}
