package se.samspar.questionnaire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;

/** Staff enter a participant's answers; the coordinator edits the template and reads the results. */
class QuestionnaireViewsTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private long programmeId;
    private String coordinator;
    private long enrolmentId;

    @BeforeEach
    void programmeWithParticipant() {
        programmeId = newProgramme("Enkätvyer", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 10);
        coordinator = newCoordinator("Vera Vy", programmeId)[0];
        String staff = newStaff("Olle Oral", programmeId)[0];
        enrolmentId = startedParticipant(staff, programmeId, "Lisa", "Lind", Kon.KVINNA, LocalDate.now().minusMonths(2));
        loginAs(coordinator, Role.SAMORDNARE);
    }

    private AnswerView answerView() {
        return navigate(AnswerView.class, Map.of("enrolmentId", Long.toString(enrolmentId)));
    }

    private java.util.List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void staff_enter_oral_answers_which_are_refused_until_complete_and_then_shown_in_the_results() {
        AnswerView view = answerView();
        assertThat(view.getPageTitle()).isEqualTo("Avslutsenkät – Lisa Lind");
        test(view.form.scales.get(0)).selectItem("6");
        test(view.save).click();
        assertThat(view.form.scales.get(1).getErrorMessage()).isEqualTo("Välj ett värde mellan 1 och 6");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM questionnaire_given WHERE enrolment_id = ?", Integer.class,
                enrolmentId)).isZero();

        test(view.form.scales.get(1)).selectItem("4");
        test(view.form.texts.get(1)).setValue("Mer redo än förut");
        test(view.form.scales.get(2)).selectItem("5");
        test(view.oral).click();
        test(view.save).click();
        assertThat(notifications()).contains("Svaren sparades");
        assertThat(jdbc.queryForObject("SELECT mode FROM questionnaire_response r JOIN questionnaire_template t "
                + "ON t.id = r.template_id WHERE t.programme_id = ?", String.class, programmeId)).isEqualTo("ORAL");
        assertThat(answerView().form).as("answered once: no second form").isNull();

        ResultsView results = navigate(ResultsView.class);
        test(results.programme).selectItem(results.programme.getListDataView().getItems()
                .filter(p -> p.getId() == programmeId).findFirst().orElseThrow().getName());
        test(results.to).setValue(LocalDate.now());
        results.refresh();
        assertThat(results.summary.getText()).contains("har 1 besvarat avslutsenkäten");
        assertThat(results.scales.getListDataView().getItems().map(r -> r.meanText()).toList())
                .containsExactly("6,0", "4,0", "5,0");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains("Mer redo än förut");

        test(results.board).click();
        results.refresh();
        assertThat(results.scales.getListDataView().getItems().map(r -> r.meanText()).toList())
                .as("one answer is below the board's threshold").containsOnly("–");
        assertThat($(ListItem.class).all()).isEmpty();
    }

    @Test
    void the_coordinator_edits_the_template_in_place_and_a_new_version_once_answered() {
        TemplateView view = navigate(TemplateView.class);
        test(view.programme).selectItem(view.programme.getListDataView().getItems()
                .filter(p -> p.getId() == programmeId).findFirst().orElseThrow().getName());
        assertThat(view.items).hasSize(6);
        test(view.items.getFirst().text).setValue("Antalet träffar har varit lagom");
        test(view.save).click();
        assertThat(notifications()).contains("Enkäten sparades");
        assertThat(view.versionInfo.getText()).isEqualTo("Version 1 gäller nu.");

        test(view.items.getLast().text).setValue(" ");
        test(view.save).click();
        assertThat(view.items.getLast().text.getErrorMessage()).isEqualTo("Varje fråga behöver en text");
        assertThat(view.items.getLast().text.isInvalid()).isTrue();

        jdbc.update("INSERT INTO questionnaire_response (template_id, programme_id, purpose, counts_on, mode) "
                + "SELECT id, programme_id, purpose, CURRENT_DATE, 'STAFF' FROM questionnaire_template "
                + "WHERE programme_id = ? AND active", programmeId);
        TemplateView again = navigate(TemplateView.class);
        test(again.programme).selectItem(again.programme.getListDataView().getItems()
                .filter(p -> p.getId() == programmeId).findFirst().orElseThrow().getName());
        test(again.items.get(1).text).setValue("Jag är mer redo för nästa steg");
        test(again.save).click();
        assertThat(notifications()).anyMatch(n -> n.startsWith("Enkäten har redan svar: en ny version sparades"));
        assertThat(again.versionInfo.getText()).isEqualTo("Version 2 gäller nu. Tidigare versioner: 1.");
    }
}
