package se.samspar;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The disclosure check fails on what gives a person away, and passes what names no one. */
class BoardPdfCheckTest {

    private static final String BOARD = "Helårsrapport · styrelsens version: inga antal som rör färre än 3 personer\n";

    @Test
    void a_small_count_anywhere_fails() {
        for (String leak : List.of("Av 9 (0) avslutade deltagare har 2 gått till arbete", "Sjukdom 3 (1)",
                "5 kvinnor och 1 man", "Gymnasium 2")) {
            assertThatThrownBy(() -> BoardPdfCheck.check(BOARD + leak, 3)).as(leak).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("fewer than 3");
        }
    }

    @Test
    void a_withheld_count_that_is_the_total_less_the_other_fails() {
        assertThatThrownBy(() -> BoardPdfCheck.check(BOARD + "13 (0) personer: <3 (0) kvinnor och 11 (0) män", 3))
                .hasMessageContaining("total less the other");
        assertThatCode(() -> BoardPdfCheck.check(BOARD + "13 (0) personer: x (0) kvinnor och <3 (0) män", 3))
                .doesNotThrowAnyException();
    }

    @Test
    void what_is_not_a_count_of_persons_passes() {
        String text = BOARD + "Sida 1 av 2 2018-10-01 – 2018-12-31 (2) –29 år 30–44 år upp till 2 år 0 (0) 33 % 4,6 år "
                + "<3 (x) plats för 2 aktuella deltagare 1 grupp, 2 tillfällen (1) i genomsnitt 67 dagar (2 månader) "
                + "= 1 eller 2 personer Snittvärde (1–6) 0 1 2 3 4 5 6 org.nr 222000-2048 år 2018";
        assertThatCode(() -> BoardPdfCheck.check(text, 3)).doesNotThrowAnyException();
    }

    @Test
    void the_indicator_summary_s_scale_and_numbered_questions_pass_but_its_small_counts_do_not() {
        String summary = BOARD + "7 av 8 ledamöter svarade. Indikator 1 2 3 4 5 6 7 8–9 10 Medel 1. Har ni strukturer "
                + "för att initiera relationer? 0 0 0 0 0 0 3 4 0 7,4 2. Har ni en strategi? 0 0 0 0 7 0 0 0 0 5,0";
        assertThatCode(() -> BoardPdfCheck.check(summary, 3)).doesNotThrowAnyException();
        for (String leak : List.of("Indikator 1 2 3 Medel 1. Har ni strukturer? 0 2 5 5,1",
                "<3 av 8 svarade. Antalet som svarade var 2. Svaren redovisas inte.")) {
            assertThatThrownBy(() -> BoardPdfCheck.check(BOARD + leak, 3)).as(leak).isInstanceOf(AssertionError.class);
        }
    }
}
