package se.samspar.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The aggregation and the comparison over time, without Spring. */
class IndicatorFiguresTest {

    private static final List<String> BOARD = List.of("Strukturer?", "Strategi?", "Använder ni uppföljning?");

    private static Instrument instrument(int version, List<String> questions) {
        return new Instrument(version, RespondentGroup.STYRELSE, version, "NNS styrelse", Scale.NNS, true, true, questions);
    }

    @Test
    void seven_of_eight_board_members_give_counts_per_step_and_a_mean_with_a_swedish_comma() {
        List<List<Integer>> answers = List.of(List.of(8, 5, 10), List.of(7, 6, 9), List.of(8, 4, 9), List.of(9, 5, 8),
                List.of(6, 6, 9), List.of(8, 5, 10), List.of(7, 4, 9));
        IndicatorFigures.GroupResult r = IndicatorFigures.of(RespondentGroup.STYRELSE, "Oktober 2018",
                instrument(1, BOARD), 8, answers);

        assertThat(r.answeredOfBase()).isEqualTo("7 av 8");
        IndicatorFigures.QuestionResult first = r.questions().getFirst();
        assertThat(first.answered()).isEqualTo(7);
        assertThat(first.counts()).containsExactly(0, 0, 0, 0, 0, 1, 2, 3, 1, 0);
        // (8+7+8+9+6+8+7)/7 = 53/7 = 7,571…
        assertThat(first.meanText()).isEqualTo("7,6");
        assertThat(r.questions().get(1).meanText()).isEqualTo("5,0");
        assertThat(r.questions().get(2).meanText()).isEqualTo("9,1");
        assertThat(r.questions()).extracting(IndicatorFigures.QuestionResult::number).containsExactly(1, 2, 3);
    }

    @Test
    void a_mean_rounds_half_up_and_no_answers_have_no_mean() {
        assertThat(IndicatorFigures.meanText(OptionalDouble.of(7.25))).isEqualTo("7,3");
        assertThat(IndicatorFigures.meanText(OptionalDouble.of(7.24))).isEqualTo("7,2");
        assertThat(IndicatorFigures.meanText(OptionalDouble.of(10))).isEqualTo("10,0");
        IndicatorFigures.GroupResult none = IndicatorFigures.of(RespondentGroup.STYRELSE, "Tomt", instrument(1, BOARD), 8,
                List.of());
        assertThat(none.answeredOfBase()).isEqualTo("0 av 8");
        assertThat(none.questions().getFirst().meanText()).isEqualTo("–");
        assertThat(none.questions().getFirst().counts()).containsOnly(0);
    }

    @Test
    void earlier_occasions_are_matched_on_the_wording_whatever_the_instrument_version() {
        IndicatorFigures.GroupResult y2018 = IndicatorFigures.of(RespondentGroup.STYRELSE, "2018", instrument(1, BOARD), 8,
                List.of(List.of(6, 4, 8), List.of(8, 6, 8)));
        // Version 2 drops the second question and adds a new one; the others keep their wording.
        List<String> v2 = List.of("Strukturer?", "Använder ni uppföljning?", "Ny indikator?");
        IndicatorFigures.GroupResult y2019 = IndicatorFigures.of(RespondentGroup.STYRELSE, "2019", instrument(2, v2), 8,
                List.of(List.of(9, 7, 5), List.of(8, 9, 5)));

        List<IndicatorFigures.ComparisonRow> rows = IndicatorFigures.compare(y2019, List.of(y2018));

        assertThat(rows).extracting(IndicatorFigures.ComparisonRow::text).containsExactlyElementsOf(v2);
        assertThat(rows.get(0).means()).extracting(IndicatorFigures::meanText).containsExactly("7,0", "8,5");
        assertThat(rows.get(1).means()).extracting(IndicatorFigures::meanText).containsExactly("8,0", "8,0");
        assertThat(rows.get(2).means()).extracting(IndicatorFigures::meanText).containsExactly("–", "5,0");
        assertThat(IndicatorFigures.change(rows.get(0)).getAsDouble()).isEqualTo(1.5);
        assertThat(IndicatorFigures.change(rows.get(2))).isEmpty();
    }

    @Test
    void the_change_skips_an_earlier_occasion_that_did_not_ask_the_question() {
        var row = new IndicatorFigures.ComparisonRow(1, "Q", List.of(OptionalDouble.of(6), OptionalDouble.empty(),
                OptionalDouble.of(7.5)));
        assertThat(IndicatorFigures.change(row).getAsDouble()).isEqualTo(1.5);
    }

    @Test
    void an_instrument_draft_is_refused_with_every_problem_at_once() {
        InstrumentDraft draft = new InstrumentDraft(null, " ", 11, "", "Mycket", List.of(" ", ""));
        try {
            draft.validate();
            org.assertj.core.api.Assertions.fail("accepted");
        } catch (se.samspar.base.InvalidInputException e) {
            assertThat(e.problems()).extracting(se.samspar.base.InvalidInputException.Problem::field)
                    .containsExactlyInAnyOrder("group", "name", "steps", "lowLabel", "questions");
        }
    }
}
