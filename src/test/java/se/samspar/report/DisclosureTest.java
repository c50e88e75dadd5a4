package se.samspar.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The board's disclosure control as a table of cases: totals, margins, percentages' bases, one-
 * and two-cell rows, zeros, two-way tables; and, over many random tables, that nothing printed
 * lets a reader work out a withheld cell or a count of fewer than k.
 */
class DisclosureTest {

    /** A row of parts with its total printed: "parts → printed parts | printed total". */
    @ParameterizedTest(name = "{0} → {1} | {2}")
    @CsvSource(delimiter = ';', value = {
            // Nothing small: everything printed.
            "4 5; 4 5; 9",
            // Zeros name no one and stay.
            "0 9; 0 9; 9",
            // One small cell: the next smallest is withheld, or 7 − 5 gives the 2 back.
            "5 2; x <3; 7",
            "6 1 4; 6 <3 x; 11",
            // Two small cells of 1 and 2 add up to 3: either could be 1 or 2, and the 9 is printed.
            "1 2 0 9; <3 <3 0 9; 12",
            // Two small cells of 1 each add up to 2 = 11 − 9: both would be 1, so the 9 is withheld too.
            "1 1 9; <3 <3 x; 11",
            // Two 2s add up to 4 = 13 − 9: both 2, so the 9 is withheld.
            "2 2 9; <3 <3 x; 13",
            // A total under k: the parts can only be what they are, so every mark reads x.
            "1 1; x x; x",
            // A single part equals its total: both small, and the reader knows no more than "1 or 2".
            "0 2; 0 <3; <3",
            // One part and a total of k or more: nothing to hide.
            "3 0; 3 0; 3",
    })
    void a_row_with_its_total(String counts, String shown, String total) {
        Disclosure d = new Disclosure(3);
        List<Integer> values = ints(counts);
        List<Disclosure.Cell> cells = values.stream().map(d::cell).toList();
        Disclosure.Cell sum = d.cell(values.stream().mapToInt(Integer::intValue).sum());
        d.sum(sum, cells).protect();
        assertThat(String.join(" ", cells.stream().map(d::text).toList())).isEqualTo(shown);
        assertThat(d.text(sum)).isEqualTo(total);
        assertNothingWorkedOut(d);
    }

    @Test
    void the_full_version_prints_every_count() {
        Disclosure d = new Disclosure(null);
        Disclosure.Cell one = d.cell(1);
        d.sum(d.cell(3), List.of(one, d.cell(2))).protect();
        assertThat(d.text(one)).isEqualTo("1");
        assertThat(d.anyMark()).isFalse();
        assertThat(d.note()).isEmpty();
    }

    @Test
    void a_two_way_table_with_row_and_column_totals_hides_a_rectangle() {
        // Women and men by two categories, with the row totals, the column totals and the grand total printed.
        int[][] counts = {{1, 6}, {5, 7}};
        Disclosure d = new Disclosure(3);
        Disclosure.Cell[][] c = new Disclosure.Cell[2][2];
        List<Disclosure.Cell> rowTotals = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            for (int col = 0; col < 2; col++) {
                c[r][col] = d.cell(counts[r][col]);
            }
            Disclosure.Cell t = d.cell(counts[r][0] + counts[r][1]);
            d.sum(t, List.of(c[r][0], c[r][1]));
            rowTotals.add(t);
        }
        Disclosure.Cell women = d.cell(6);
        Disclosure.Cell men = d.cell(13);
        d.sum(women, List.of(c[0][0], c[1][0])).sum(men, List.of(c[0][1], c[1][1]));
        d.sum(d.cell(19), rowTotals).protect();
        assertThat(d.text(c[0][0])).isEqualTo("<3");
        // The 1 cannot come back from its row (7 − 6) nor from its column (6 − 5).
        assertThat(d.shown(c[0][1])).isFalse();
        assertThat(d.shown(c[1][0])).isFalse();
        assertNothingWorkedOut(d);
    }

    @Test
    void a_count_never_printed_can_still_be_worked_out_and_is_protected_too() {
        // 5 to work, 3 to studies, 7 to work or studies: so 1 person went to both, never printed but derivable.
        Disclosure d = new Disclosure(3);
        Disclosure.Cell work = d.cell(5);
        Disclosure.Cell studies = d.cell(3);
        Disclosure.Cell both = d.unprinted(1);
        Disclosure.Cell workOnly = d.unprinted(4);
        Disclosure.Cell studiesOnly = d.unprinted(2);
        Disclosure.Cell either = d.cell(7);
        d.sum(work, List.of(workOnly, both)).sum(studies, List.of(studiesOnly, both))
                .sum(either, List.of(workOnly, studiesOnly, both)).protect();
        assertThat(List.of(d.shown(work), d.shown(studies), d.shown(either))).contains(false);
        assertNothingWorkedOut(d);
    }

    @Test
    void a_count_in_no_sum_is_suppressed_on_its_own() {
        Disclosure d = new Disclosure(3);
        Disclosure.Cell two = d.cell("answered", 2);
        Disclosure.Cell zero = d.cell(0);
        Disclosure.Cell three = d.cell(3);
        d.protect();
        assertThat(List.of(d.text(two), d.text(zero), d.text(three))).containsExactly("<3", "0", "3");
        assertThat(d.named("answered")).contains(two);
        assertThat(d.note()).hasValueSatisfying(n -> assertThat(n).contains("<3 = 1 eller 2 personer", "x = "));
    }

    @Test
    void sums_that_do_not_add_up_are_refused() {
        Disclosure d = new Disclosure(3);
        assertThatThrownBy(() -> d.sum(d.cell(5), List.of(d.cell(1), d.cell(2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.cell(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neighbouring_bands_merge_until_none_holds_a_small_count() {
        // Age bands 5 1 6 4 0 → 5 | 1+6 | 4 | 0.
        assertThat(Disclosure.mergeBands(List.of(List.of(5, 1, 6, 4, 0)), 3))
                .containsExactly(List.of(0), List.of(1, 2), List.of(3), List.of(4));
        // A small last band joins the one before.
        assertThat(Disclosure.mergeBands(List.of(List.of(4, 3, 1)), 3))
                .containsExactly(List.of(0), List.of(1, 2));
        // Both periods count: a band small in either merges.
        assertThat(Disclosure.mergeBands(List.of(List.of(3, 3, 3), List.of(1, 5, 5)), 3))
                .containsExactly(List.of(0, 1), List.of(2));
        // Fewer than k in all: one band, which the report does not print as a table.
        assertThat(Disclosure.mergeBands(List.of(List.of(1, 0, 1)), 3)).containsExactly(List.of(0, 1, 2));
        assertThat(Disclosure.merged(List.of(5, 1, 6, 4, 0), List.of(List.of(0), List.of(1, 2), List.of(3),
                List.of(4)))).containsExactly(5, 7, 4, 0);
        assertThat(AgeBands.DEFAULT.merge(List.of(List.of(0, 1), List.of(2, 3))).labels())
                .containsExactly("–44", "45–");
        assertThat(new UpperBands(List.of(3, 6, 9)).merge(List.of(List.of(0), List.of(1, 2), List.of(3))).limits())
                .containsExactly(3, 9);
    }

    @Test
    void random_tables_give_nothing_away() {
        Random random = new Random(20261202);
        for (int run = 0; run < 400; run++) {
            int rows = 1 + random.nextInt(4);
            int cols = 1 + random.nextInt(3);
            int[][] counts = new int[rows][cols];
            for (int[] row : counts) {
                for (int c = 0; c < cols; c++) {
                    row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(3) == 0 ? 1 + random.nextInt(2)
                            : random.nextInt(12);
                }
            }
            Disclosure d = new Disclosure(3);
            Disclosure.Cell[][] cells = new Disclosure.Cell[rows][cols];
            List<Disclosure.Cell> rowTotals = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    cells[r][c] = d.cell(counts[r][c]);
                }
                int sum = IntStream.of(counts[r]).sum();
                Disclosure.Cell t = d.cell(sum);
                d.sum(t, List.of(cells[r]));
                rowTotals.add(t);
            }
            List<Disclosure.Cell> colTotals = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                int col = c;
                Disclosure.Cell t = d.cell(IntStream.range(0, rows).map(r -> counts[r][col]).sum());
                d.sum(t, IntStream.range(0, rows).mapToObj(r -> cells[r][col]).toList());
                colTotals.add(t);
            }
            Disclosure.Cell grand = d.cell(IntStream.range(0, rows).map(r -> IntStream.of(counts[r]).sum()).sum());
            d.sum(grand, rowTotals).sum(grand, colTotals).protect();
            for (int r = 0; r < rows; r++) {
                for (Disclosure.Cell c : cells[r]) {
                    int v = d.value(c);
                    assertThat(d.shown(c) && v > 0 && v < 3).as("a small count printed").isFalse();
                }
            }
            assertNothingWorkedOut(d);
        }
    }

    @Test
    void in_two_by_two_tables_every_withheld_cell_has_more_than_one_value_a_reader_could_believe() {
        // Independent of the audit: every table of four cells 0–15 that agrees with what is printed (and
        // with the marks: "<3" is 1 or 2, "x" anything) is tried, and each withheld cell must take two values.
        Random random = new Random(19);
        for (int run = 0; run < 300; run++) {
            int[] v = new int[4];
            for (int i = 0; i < 4; i++) {
                v[i] = random.nextInt(3) == 0 ? random.nextInt(3) : random.nextInt(12);
            }
            Disclosure d = new Disclosure(3);
            Disclosure.Cell[] c = new Disclosure.Cell[9];
            for (int i = 0; i < 4; i++) {
                c[i] = d.cell(v[i]);
            }
            int[] all = {v[0], v[1], v[2], v[3], v[0] + v[1], v[2] + v[3], v[0] + v[2], v[1] + v[3],
                    v[0] + v[1] + v[2] + v[3]};
            for (int i = 4; i < 9; i++) {
                c[i] = d.cell(all[i]);
            }
            d.sum(c[4], List.of(c[0], c[1])).sum(c[5], List.of(c[2], c[3])).sum(c[6], List.of(c[0], c[2]))
                    .sum(c[7], List.of(c[1], c[3])).sum(c[8], List.of(c[4], c[5])).sum(c[8], List.of(c[6], c[7]))
                    .protect();
            List<java.util.Set<Integer>> possible = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                possible.add(new java.util.HashSet<>());
            }
            for (int a = 0; a < 16; a++) {
                for (int b = 0; b < 16; b++) {
                    for (int e = 0; e < 16; e++) {
                        for (int f = 0; f < 16; f++) {
                            int[] w = {a, b, e, f, a + b, e + f, a + e, b + f, a + b + e + f};
                            boolean agrees = true;
                            for (int i = 0; i < 9 && agrees; i++) {
                                agrees = switch (d.mark(c[i])) {
                                    case SHOWN -> w[i] == all[i];
                                    case FEW -> w[i] >= 1 && w[i] <= 2;
                                    case WITHHELD, UNPRINTED -> true;
                                };
                            }
                            if (agrees) {
                                for (int i = 0; i < 9; i++) {
                                    possible.get(i).add(w[i]);
                                }
                            }
                        }
                    }
                }
            }
            for (int i = 0; i < 9; i++) {
                if (!d.shown(c[i])) {
                    assertThat(possible.get(i)).as("table %s, cell %d (%s)", java.util.Arrays.toString(v), i, d.text(c[i]))
                            .hasSizeGreaterThan(1);
                }
            }
        }
    }

    /** The audit's own check, and that no marked cell's bounds pin it. */
    private static void assertNothingWorkedOut(Disclosure d) {
        assertThat(d.leak()).as("a leak").isEmpty();
    }

    private static List<Integer> ints(String s) {
        return java.util.Arrays.stream(s.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
