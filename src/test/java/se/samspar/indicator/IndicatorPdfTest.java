package se.samspar.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspar.PdfText;

/** The board's summary merges the scale's steps until no printed count is 1 to k−1, and hides small groups. */
class IndicatorPdfTest {

    private static final Instrument BOARD = new Instrument(1, RespondentGroup.STYRELSE, 1, "NNS styrelse", Scale.NNS,
            true, true, List.of("Har ni strukturer?", "Har ni en strategi?"));

    private static IndicatorService.Results results(int base, List<List<Integer>> answers) {
        Occasion o = new Occasion(1, "Oktober 2018", LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 31), false, 0,
                List.of(new Occasion.Group(RespondentGroup.STYRELSE, 1, base, answers.size(), 0)));
        return new IndicatorService.Results(o, List.of(IndicatorFigures.of(RespondentGroup.STYRELSE, o.name(), BOARD,
                base, answers)), List.of());
    }

    private static final List<List<Integer>> SEVEN = List.of(List.of(8, 5), List.of(7, 6), List.of(8, 4), List.of(9, 5),
            List.of(6, 6), List.of(8, 5), List.of(7, 4));

    @Test
    void every_band_of_the_board_version_holds_no_answer_or_at_least_k_of_each_question() {
        IndicatorFigures.GroupResult g = results(8, SEVEN).groups().getFirst();
        List<List<Integer>> bands = new IndicatorPdf(results(8, SEVEN), 3).bands(g);

        assertThat(bands.stream().flatMap(List::stream).toList()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (IndicatorFigures.QuestionResult q : g.questions()) {
            for (List<Integer> band : bands) {
                int n = band.stream().mapToInt(step -> q.counts().get(step)).sum();
                assertThat(n == 0 || n >= 3).as("band %s of %s holds %d", band, q.text(), n).isTrue();
            }
        }
        // The full version keeps every step.
        assertThat(new IndicatorPdf(results(8, SEVEN), null).bands(g)).hasSize(10);
    }

    @Test
    void a_group_under_k_shows_neither_distribution_nor_mean_in_the_board_version() throws Exception {
        var two = results(8, List.of(List.of(9, 2), List.of(7, 4)));
        String board = PdfText.of(IndicatorPdf.render(two, "Samordningsförbundet", 3));
        assertThat(board).contains("<3 av 8 ledamöter svarade", "Svaren redovisas inte").doesNotContain("8,0")
                .doesNotContain("3,0");
        String full = PdfText.of(IndicatorPdf.render(two, "Samordningsförbundet", null));
        assertThat(full).contains("2 av 8 ledamöter svarade", "8,0", "3,0");
    }

    @Test
    void seven_of_eight_are_printed_with_their_means_and_pass_the_board_check() throws Exception {
        String board = PdfText.of(IndicatorPdf.render(results(8, SEVEN), "Samordningsförbundet", 3));
        assertThat(board).contains("7 av 8 ledamöter svarade på följande två indikatorer", "7,6", "5,0");
    }
}
