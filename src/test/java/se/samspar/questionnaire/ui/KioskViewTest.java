package se.samspar.questionnaire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
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

/** A participant answers alone on the tablet, without a login, with a code that works once. */
class KioskViewTest extends IntegrationTest {

    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    JdbcTemplate jdbc;

    private String code;

    @BeforeEach
    void staffCreateACode() {
        long programmeId = newProgramme("Surfplatteprogram", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 10);
        String staff = newStaff("Kim Kiosk", programmeId)[0];
        long enrolmentId = startedParticipant(staff, programmeId, "Ida", "Ipad", Kon.KVINNA, LocalDate.now().minusWeeks(8));
        loginAs(staff, Role.PERSONAL);
        code = questionnaires.createCode(enrolmentId, Purpose.EXIT, null).code();
        SecurityContextHolder.clearContext();
    }

    private KioskView enter(String typed) {
        KioskView view = navigate(KioskView.class);
        test(view.code).setValue(typed);
        test(view.start).click();
        return view;
    }

    @Test
    void the_participant_answers_the_questions_only_and_ends_on_the_thank_you_page() {
        KioskView view = enter(code.toLowerCase());
        assertThat($(H1.class).first().getText()).isEqualTo("Vad tycker du?");
        assertThat(view.form.scales).hasSize(6);

        // A required statement left empty: said at the statement, nothing stored.
        test(view.form.scales.get(0)).selectItem("6");
        test(view.form.scales.get(1)).selectItem("5");
        test(view.send).click();
        assertThat(view.form.scales.get(2).isInvalid()).isTrue();
        assertThat(view.form.scales.get(2).getErrorMessage()).isEqualTo("Välj ett värde mellan 1 och 6");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM questionnaire_code WHERE used_at IS NOT NULL AND code_hash = "
                + "SHA2(?, 256)", Integer.class, code.replace("-", ""))).isZero();

        test(view.form.scales.get(2)).selectItem("4");
        test(view.form.texts.get(3)).setValue("Att jag fick ta det i min takt");
        test(view.send).click();
        assertThat($(H1.class).first().getText()).isEqualTo("Tack för dina svar!");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .noneMatch(t -> t.contains("Ida") || t.contains("Ipad"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM questionnaire_code WHERE used_at IS NOT NULL AND code_hash = "
                + "SHA2(?, 256)", Integer.class, code.replace("-", ""))).isOne();
    }

    @Test
    void a_used_or_mistyped_code_is_refused_with_a_plain_message() {
        KioskView first = enter(code);
        for (int i = 0; i < 3; i++) {
            test(first.form.scales.get(i)).selectItem("5");
        }
        test(first.send).click();

        KioskView again = enter(code);
        assertThat(again.code.isInvalid()).isTrue();
        assertThat(again.code.getErrorMessage()).isEqualTo("Koden är redan använd. Be personalen om en ny kod.");
        assertThat(again.form).isNull();

        KioskView wrong = enter("QQQQ-QQQQ");
        assertThat(wrong.code.getErrorMessage()).isEqualTo("Koden finns inte. Kontrollera att du skrivit rätt.");

        // Nothing typed: asked for the code, not told that it does not exist.
        KioskView empty = enter("");
        assertThat(empty.code.isInvalid()).isTrue();
        assertThat(empty.code.getErrorMessage()).isEqualTo("Skriv in koden du fått av personalen.");
        assertThat(empty.form).isNull();
    }
}
