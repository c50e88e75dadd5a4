package se.samspar.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspar.base.KioskCode;

/** Answers are checked item by item; templates are versioned once answered. */
class AnswerRulesTest {

    private static final List<Item> ITEMS = Item.defaults();

    private static List<Answer> complete() {
        List<Answer> a = new ArrayList<>(List.of(new Answer(6, null), new Answer(5, "Bra"), new Answer(4, null)));
        a.addAll(Collections.nCopies(3, Answer.NONE));
        return a;
    }

    @Test
    void values_outside_one_to_six_empty_required_items_and_long_texts_are_refused_at_their_item() {
        assertThat(Answer.check(ITEMS, complete())).isEmpty();
        List<Answer> seven = complete();
        seven.set(1, new Answer(7, null));
        assertThat(Answer.check(ITEMS, seven)).contains(new Answer.Problem(1, "questionnaire.error.scale-range"));
        List<Answer> zero = complete();
        zero.set(0, new Answer(0, null));
        assertThat(Answer.check(ITEMS, zero)).contains(new Answer.Problem(0, "questionnaire.error.scale-range"));
        List<Answer> missing = complete();
        missing.set(2, Answer.NONE);
        assertThat(Answer.check(ITEMS, missing)).contains(new Answer.Problem(2, "questionnaire.error.scale-required"));
        List<Answer> longText = complete();
        longText.set(4, new Answer(null, "x".repeat(Item.ANSWER_MAX + 1)));
        assertThat(Answer.check(ITEMS, longText)).contains(new Answer.Problem(4, "questionnaire.error.answer-too-long"));
        List<Answer> invisible = complete();
        invisible.set(4, new Answer(null, "Bra\u202E kurs"));
        assertThat(Answer.check(ITEMS, invisible)).contains(new Answer.Problem(4, "error.invisible-character"));
        assertThat(Answer.check(ITEMS, complete().subList(0, 5))).get()
                .extracting(Answer.Problem::key).isEqualTo("questionnaire.error.answers-mismatch");
    }

    @Test
    void every_unanswered_statement_and_every_too_long_comment_is_named_at_once() {
        List<Answer> answers = new ArrayList<>(Collections.nCopies(6, Answer.NONE));
        answers.set(1, new Answer(null, "x".repeat(Item.ANSWER_MAX + 1)));
        assertThat(Answer.checkAll(ITEMS, answers)).extracting(Answer.Problem::field).containsExactly(
                "item-0", "item-1", "item-1-comment", "item-2");
    }

    @Test
    void a_template_is_edited_in_place_until_answered_and_then_gets_a_new_version() {
        List<Item> edited = new ArrayList<>(ITEMS);
        edited.set(0, Item.scale("Omfattningen har varit lagom"));
        assertThat(Versioning.of(ITEMS, ITEMS, true)).isEqualTo(Versioning.Outcome.UNCHANGED);
        assertThat(Versioning.of(ITEMS, edited, false)).isEqualTo(Versioning.Outcome.IN_PLACE);
        assertThat(Versioning.of(ITEMS, edited, true)).isEqualTo(Versioning.Outcome.NEW_VERSION);
        List<Item> padded = new ArrayList<>(ITEMS);
        padded.set(0, Item.scale("  " + ITEMS.getFirst().text() + " "));
        assertThat(Versioning.of(ITEMS, padded, true)).as("spaces alone change nothing")
                .isEqualTo(Versioning.Outcome.UNCHANGED);
        assertThat(Item.problem(List.of())).contains("questionnaire.error.no-items");
        assertThat(Item.problem(List.of(Item.freeText(" ")))).contains("questionnaire.error.item-text");
    }

    @Test
    void codes_are_read_leniently_and_only_their_hash_is_kept() {
        String code = KioskCode.generate();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(KioskCode.normalise(code.toLowerCase().replace("-", " "))).isEqualTo(code.replace("-", ""));
        assertThat(KioskCode.normalise("ABCD-EFG0")).as("0 is not in the alphabet").isEmpty();
        assertThat(KioskCode.normalise("ABC")).isEmpty();
        assertThat(KioskCode.hash(KioskCode.normalise(code))).hasSize(64).doesNotContain(code.replace("-", ""));
    }
}
