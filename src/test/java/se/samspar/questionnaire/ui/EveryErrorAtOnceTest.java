package se.samspar.questionnaire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.questionnaire.Purpose;
import se.samspar.questionnaire.QuestionnaireService;

/** The tablet, staff's answer page and the template editor mark every unanswered or faulty question at once. */
class EveryErrorAtOnceTest extends IntegrationTest {

    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    JdbcTemplate jdbc;

    private long programmeId;
    private long enrolmentId;
    private String staff;
    private String coordinator;

    @BeforeEach
    void programmeWithParticipant() {
        programmeId = newProgramme("Enkätfel", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 10);
        coordinator = newCoordinator("Vilma Vy", programmeId)[0];
        staff = newStaff("Kim Kiosk", programmeId)[0];
        enrolmentId = startedParticipant(staff, programmeId, "Ida", "Ipad", Kon.KVINNA, LocalDate.now().minusWeeks(8));
    }

    private static String error(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : "";
    }

    private int given() {
        return jdbc.queryForObject("SELECT count(*) FROM questionnaire_given WHERE enrolment_id = ?", Integer.class,
                enrolmentId);
    }

    @Test
    void the_tablet_marks_every_unanswered_statement_at_the_first_press_of_skicka() {
        loginAs(staff, Role.PERSONAL);
        String code = questionnaires.createCode(enrolmentId, Purpose.EXIT, null).code();
        SecurityContextHolder.clearContext();
        KioskView view = navigate(KioskView.class);
        test(view.code).setValue(code);
        test(view.start).click();
        test(view.send).click();

        for (int i = 0; i < 3; i++) {
            assertThat(error(view.form.scales.get(i))).as("statement %d", i + 1).isEqualTo("Välj ett värde mellan 1 och 6");
        }
        assertThat($(H1.class).first().getText()).isEqualTo("Vad tycker du?");
        assertThat(given()).isZero();

        for (int i = 0; i < 3; i++) {
            test(view.form.scales.get(i)).selectItem("5");
        }
        test(view.send).click();
        assertThat($(H1.class).first().getText()).isEqualTo("Tack för dina svar!");
    }

    @Test
    void staff_entering_answers_see_every_missing_statement_marked_at_once() {
        loginAs(staff, Role.PERSONAL);
        AnswerView view = navigate(AnswerView.class, Map.of("enrolmentId", Long.toString(enrolmentId)));
        test(view.form.scales.get(1)).selectItem("4");
        test(view.save).click();

        assertThat(error(view.form.scales.get(0))).isEqualTo("Välj ett värde mellan 1 och 6");
        assertThat(error(view.form.scales.get(1))).isEmpty();
        assertThat(error(view.form.scales.get(2))).isEqualTo("Välj ett värde mellan 1 och 6");
        assertThat(given()).isZero();
    }

    @Test
    void the_template_editor_marks_every_question_without_text() {
        loginAs(coordinator, Role.SAMORDNARE);
        TemplateView view = navigate(TemplateView.class);
        test(view.programme).selectItem(view.programme.getListDataView().getItems()
                .filter(p -> p.getId() == programmeId).findFirst().orElseThrow().getName());
        test(view.items.get(1).text).setValue(" ");
        test(view.items.get(4).text).setValue("");
        test(view.save).click();

        assertThat(error(view.items.get(1).text)).isEqualTo("Varje fråga behöver en text");
        assertThat(error(view.items.get(4).text)).isEqualTo("Varje fråga behöver en text");
        assertThat(error(view.items.get(0).text)).isEmpty();
    }
}
