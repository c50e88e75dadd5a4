package se.samspar.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures of Förrehabilitering's report for October–December 2018, and the board's privacy rule. */
class QuestionnaireFiguresTest {

    private static final List<Item> ITEMS = Item.defaults();

    private static QuestionnaireFigures.Response response(int scope, int ready, int respect, String ready_comment,
                                                          String good) {
        return new QuestionnaireFigures.Response(ITEMS, List.of(new Answer(scope, null), new Answer(ready, ready_comment),
                new Answer(respect, null), new Answer(null, good), Answer.NONE, Answer.NONE));
    }

    /** Eight of the nine exited answered: scope 5,9, readiness 4,6, respect 5,3, as in the excerpt. */
    private static List<QuestionnaireFigures.Response> förrehab2018() {
        int[] scope = {6, 6, 6, 6, 6, 6, 6, 5};
        int[] ready = {6, 6, 5, 5, 4, 4, 4, 3};
        int[] respect = {6, 6, 6, 5, 5, 5, 5, 4};
        List<QuestionnaireFigures.Response> list = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            list.add(response(scope[i], ready[i], respect[i], i == 0 ? "Lite mer, men finns orken?" : null,
                    i < 2 ? "Gemenskapen i gruppen" : ""));
        }
        return list;
    }

    @Test
    void the_coordinator_sees_the_means_of_the_2018_report_with_n_and_distribution() {
        var f = QuestionnaireFigures.of(9, förrehab2018(), false, 5);

        assertThat(f.exited()).isEqualTo(9);
        assertThat(f.answered()).isEqualTo(8);
        assertThat(f.responseRate()).contains(89);
        assertThat(f.scales()).extracting(QuestionnaireFigures.ScaleResult::meanText).containsExactly("5,9", "4,6", "5,3");
        assertThat(f.scales()).extracting(QuestionnaireFigures.ScaleResult::n).containsExactly(8, 8, 8);
        assertThat(f.scales().get(1).distribution()).containsExactly(0, 0, 1, 3, 2, 2);
        assertThat(f.texts()).anySatisfy(t -> {
            assertThat(t.question()).isEqualTo("Jag känner mig mer redo att ta nästa steg");
            assertThat(t.comments()).isTrue();
            assertThat(t.answers()).containsExactly("Lite mer, men finns orken?");
        });
        assertThat(f.texts()).anySatisfy(t -> {
            assertThat(t.question()).isEqualTo("Vad har varit bra?");
            assertThat(t.answers()).containsExactly("Gemenskapen i gruppen", "Gemenskapen i gruppen");
        });
    }

    @Test
    void the_board_sees_no_mean_over_fewer_answers_than_the_threshold_and_no_free_text() {
        var many = QuestionnaireFigures.of(9, förrehab2018(), true, 5);
        assertThat(many.scales()).extracting(QuestionnaireFigures.ScaleResult::meanText).containsExactly("5,9", "4,6", "5,3");
        assertThat(many.texts()).isEmpty();

        var few = QuestionnaireFigures.of(4, förrehab2018().subList(0, 4), true, 5);
        assertThat(few.scales()).allSatisfy(s -> {
            assertThat(s.suppressed()).isTrue();
            assertThat(s.meanText()).isEqualTo("–");
            assertThat(s.distribution()).containsOnly(0);
            assertThat(s.n()).isEqualTo(4);
        });
        assertThat(QuestionnaireFigures.of(4, förrehab2018().subList(0, 4), false, 5).scales().getFirst().meanText())
                .as("the coordinator still sees it").isEqualTo("6,0");
    }

    @Test
    void the_same_statement_in_two_versions_counts_as_one_item_and_unanswered_optional_items_do_not_count() {
        List<Item> v2 = List.of(Item.scale("Jag har blivit bemött med respekt"), Item.scale("Nytt påstående"));
        var f = QuestionnaireFigures.of(3, List.of(
                response(6, 5, 4, null, null),
                new QuestionnaireFigures.Response(v2, List.of(new Answer(6, null), new Answer(2, null))),
                new QuestionnaireFigures.Response(v2, List.of(new Answer(5, null), Answer.NONE))), false, 5);
        var respect = f.scales().stream().filter(s -> s.text().equals("Jag har blivit bemött med respekt")).findFirst()
                .orElseThrow();
        assertThat(respect.n()).isEqualTo(3);
        assertThat(respect.meanText()).isEqualTo("5,0");
        var added = f.scales().stream().filter(s -> s.text().equals("Nytt påstående")).findFirst().orElseThrow();
        assertThat(added.n()).isEqualTo(1);
        assertThat(QuestionnaireFigures.of(0, List.of(), false, 5).responseRate()).isEmpty();
    }
}
