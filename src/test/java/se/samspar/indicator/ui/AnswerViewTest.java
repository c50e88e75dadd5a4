package se.samspar.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.indicator.IndicatorService;
import se.samspar.indicator.Occasion;
import se.samspar.indicator.OccasionDraft;
import se.samspar.indicator.RespondentGroup;

/** A board member answers without logging in: every question at once, then thanks; the code works once. */
class AnswerViewTest extends IntegrationTest {

    @Autowired
    IndicatorService indicators;

    @Test
    void unanswered_questions_are_all_marked_and_a_complete_answer_uses_up_the_code() {
        loginAs("svarsvy", Role.SAMORDNARE);
        Occasion o = indicators.createOccasion(new OccasionDraft(unique("Svar"), LocalDate.of(2018, 10, 1),
                LocalDate.of(2018, 10, 31), Map.of(RespondentGroup.STYRELSE, 8)));
        String code = indicators.issueCodes(o.id(), RespondentGroup.STYRELSE, 1).codes().getFirst();
        SecurityContextHolder.clearContext();

        AnswerView view = navigate(AnswerView.class);
        test(view.code).setValue(code.toLowerCase());
        test(view.start).click();
        assertThat(view.questions).hasSize(3);
        test(view.questions.get(1)).selectItem("7");
        test(view.send).click();
        assertThat(view.questions).extracting(q -> q.isInvalid()).containsExactly(true, false, true);
        assertThat(view.questions.get(0).getErrorMessage()).isEqualTo("Välj ett svar på frågan");

        test(view.questions.get(0)).selectItem("8");
        test(view.questions.get(2)).selectItem("10");
        test(view.send).click();
        assertThat($(H1.class).first().getText()).isEqualTo("Tack för dina svar!");

        view = navigate(AnswerView.class);
        test(view.code).setValue(code);
        test(view.start).click();
        assertThat(view.code.getErrorMessage()).isEqualTo("Koden är redan använd. Varje kod kan användas en gång.");
        loginAs("svarsvy", Role.SAMORDNARE);
        assertThat(indicators.results(o.id()).groups().getFirst().answeredOfBase()).isEqualTo("1 av 8");
    }
}
