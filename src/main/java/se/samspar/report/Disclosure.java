package se.samspar.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Statistical disclosure control of the board's version, for a whole document at once: every
 * count the document prints is a cell of one model, together with the sums that tie them
 * ("women and men of the exited add up to the exited", "the age bands add up to the exited"), so
 * that text, tables and charts print the same protected values.
 *
 * <ul>
 *   <li><b>Primary suppression</b>: a count about 1 ≤ n &lt; k persons prints "&lt;k" (Statistics
 *   Sweden and Statistics Finland use k = 3). Zeros name no one and print "0".</li>
 *   <li><b>Audit</b>: what a reader can work out from the printed cells, the sums and the marks
 *   ("&lt;3" is 1 to k−1, "x" anything from 0) is found by interval propagation over the sums, as
 *   τ-ARGUS's audit does for linked tables. A withheld cell whose value can be worked out exactly,
 *   a count of 1 to k−1 persons that can be (a cell never printed, such as "both work and
 *   studies", included), or a printed total whose withheld part is under k, is a leak.</li>
 *   <li><b>Secondary suppression</b>: for each leak, the smallest printed count of a sum involved
 *   is withheld as "x" (OpenSAFELY's "next smallest"), until there is none; when no printed cell
 *   is left to withhold, the involved "&lt;k" marks become "x" too, which tells less.</li>
 * </ul>
 *
 * A model without k (the coordinator's full version) prints every count as it is. Pure Java.
 */
public final class Disclosure {

    /** How a cell is printed. */
    public enum Mark {
        /** The count itself. */
        SHOWN,
        /** "&lt;k": a count about 1 to k−1 persons. */
        FEW,
        /** "x": withheld so that no small count can be worked out from it. */
        WITHHELD,
        /** Not printed at all (a part of a sum the document never shows); the reader knows only that it is ≥ 0. */
        UNPRINTED
    }

    /** The sign of a withheld cell. */
    public static final String WITHHELD_SIGN = "x";
    private static final long INFINITY = Long.MAX_VALUE / 4;

    /** A count of the document: its handle in the model. */
    public record Cell(int index) {
    }

    private final @Nullable Integer k;
    private final List<Integer> values = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    /** Each sum as the cells and signs of "Σ sign·cell = 0". */
    private final List<int[][]> sums = new ArrayList<>();
    private final Map<String, Cell> named = new LinkedHashMap<>();
    private boolean protectedAlready;

    /** A model for the board's version with threshold k, or for the full version without. */
    public Disclosure(@Nullable Integer k) {
        if (k != null && k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        this.k = k;
    }

    public Optional<Integer> threshold() {
        return Optional.ofNullable(k);
    }

    /** A printed count. */
    public Cell cell(int value) {
        return add(value, Mark.SHOWN);
    }

    /** A printed count under a name, to be looked up by the layout. */
    public Cell cell(String name, int value) {
        Cell c = cell(value);
        named.put(name, c);
        return c;
    }

    /** A count that is part of a sum but never printed. */
    public Cell unprinted(int value) {
        return add(value, Mark.UNPRINTED);
    }

    /** Another name for a cell: the same figure printed in two places is one cell, protected once. */
    public Cell name(String name, Cell cell) {
        named.put(name, cell);
        return cell;
    }

    public Optional<Cell> named(String name) {
        return Optional.ofNullable(named.get(name));
    }

    /** Cells under a name, one per value ("age.0", "age.1", …). */
    public List<Cell> row(String name, List<Integer> counts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.add(cell(name + "." + i, counts.get(i)));
        }
        return cells;
    }

    /** total = Σ parts. The values must add up: a sum that does not is a fault of the caller. */
    public Disclosure sum(Cell total, List<Cell> parts) {
        int sum = parts.stream().mapToInt(p -> values.get(p.index())).sum();
        if (sum != values.get(total.index())) {
            throw new IllegalArgumentException("The parts add up to " + sum + ", not " + values.get(total.index()));
        }
        int[][] terms = new int[parts.size() + 1][];
        terms[0] = new int[] {total.index(), -1};
        for (int i = 0; i < parts.size(); i++) {
            terms[i + 1] = new int[] {parts.get(i).index(), 1};
        }
        sums.add(terms);
        return this;
    }

    private Cell add(int value, Mark mark) {
        if (protectedAlready) {
            throw new IllegalStateException("The model is protected already");
        }
        if (value < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + value);
        }
        values.add(value);
        marks.add(mark);
        return new Cell(values.size() - 1);
    }

    // ---- protection ----------------------------------------------------------------------------

    /** Applies primary and secondary suppression; afterwards the cells print their protected text. */
    public Disclosure protect() {
        protectedAlready = true;
        if (k == null) {
            return this;
        }
        for (int i = 0; i < values.size(); i++) {
            if (marks.get(i) == Mark.SHOWN && values.get(i) > 0 && values.get(i) < k) {
                marks.set(i, Mark.FEW);
            }
        }
        // Each round withholds one more cell or loosens one mark, so this ends.
        for (int round = 0; round < 4 * values.size() + 4; round++) {
            Optional<Leak> leak = leak();
            if (leak.isEmpty()) {
                return this;
            }
            if (!withholdFor(leak.get())) {
                throw new IllegalStateException("Cannot protect the cell " + leak.get().cell());
            }
        }
        throw new IllegalStateException("Suppression did not settle");
    }

    /** A cell that can be worked out, and the sums through which. */
    record Leak(int cell, List<Integer> sums) {
    }

    /** The first leak the audit finds, if any. */
    Optional<Leak> leak() {
        long[][] bounds = audit();
        Optional<Leak> pinned = pinned(bounds, null);
        if (pinned.isPresent()) {
            return pinned;
        }
        // Elimination costs more than propagation: only when propagation found nothing.
        pinned = pinned(bounds, solved());
        if (pinned.isPresent()) {
            return pinned;
        }
        // A printed total whose withheld parts together are under k gives away a small count.
        for (int s = 0; s < sums.size(); s++) {
            int[][] terms = sums.get(s);
            long withheld = 0;
            int hidden = 0;
            boolean allKnown = true;
            for (int[] t : terms) {
                int i = t[0];
                if (bounds[i][0] != bounds[i][1]) {
                    allKnown = false;
                }
                if (t[1] > 0 && marks.get(i) != Mark.SHOWN) {
                    withheld += values.get(i);
                    hidden++;
                }
            }
            if (hidden > 1 && withheld > 0 && withheld < k && !allKnown && knownExceptParts(terms, bounds)) {
                return Optional.of(new Leak(firstHiddenPart(terms), List.of(s)));
            }
        }
        return Optional.empty();
    }

    /** The first cell that may not be known exactly and is: by its bounds, or solved by elimination. */
    private Optional<Leak> pinned(long[][] bounds, boolean @Nullable [] solved) {
        for (int i = 0; i < values.size(); i++) {
            Mark m = marks.get(i);
            boolean exact = bounds[i][0] == bounds[i][1] || solved != null && solved[i];
            boolean small = values.get(i) > 0 && values.get(i) < k;
            if (exact && (m == Mark.FEW || m == Mark.WITHHELD || m == Mark.UNPRINTED && small)) {
                return Optional.of(new Leak(i, sumsOf(i)));
            }
        }
        return Optional.empty();
    }

    /** Whether the total and every printed part of the sum are known exactly. */
    private boolean knownExceptParts(int[][] terms, long[][] bounds) {
        for (int[] t : terms) {
            boolean hiddenPart = t[1] > 0 && marks.get(t[0]) != Mark.SHOWN;
            if (!hiddenPart && bounds[t[0]][0] != bounds[t[0]][1]) {
                return false;
            }
        }
        return true;
    }

    private int firstHiddenPart(int[][] terms) {
        for (int[] t : terms) {
            if (t[1] > 0 && marks.get(t[0]) != Mark.SHOWN) {
                return t[0];
            }
        }
        throw new IllegalStateException();
    }

    private List<Integer> sumsOf(int cell) {
        List<Integer> result = new ArrayList<>();
        for (int s = 0; s < sums.size(); s++) {
            for (int[] t : sums.get(s)) {
                if (t[0] == cell) {
                    result.add(s);
                    break;
                }
            }
        }
        return result;
    }

    /**
     * Withholds the smallest printed part (above 0) of the sums through which the leak goes, the
     * leak's own sums before those joined to them through other withheld cells; with none, turns
     * the "&lt;k" marks of those sums into "x"; with none of those, withholds the smallest printed
     * total. Returns false when nothing was left to change.
     */
    private boolean withholdFor(Leak leak) {
        List<List<Integer>> layers = layers(leak);
        if (withholdSmallest(leak, layers, true)) {
            return true;
        }
        // Pinned by the "<k" marks themselves (two cells of 1 under a total of 2): they tell too much, say less.
        boolean loosened = false;
        for (List<Integer> layer : layers) {
            for (int sum : layer) {
                for (int[] t : sums.get(sum)) {
                    if (marks.get(t[0]) == Mark.FEW) {
                        marks.set(t[0], Mark.WITHHELD);
                        loosened = true;
                    }
                }
            }
        }
        if (marks.get(leak.cell()) == Mark.FEW) {
            marks.set(leak.cell(), Mark.WITHHELD);
            loosened = true;
        }
        return loosened || withholdSmallest(leak, layers, false);
    }

    /** Withholds the smallest printed part (or total) of the nearest layer that has one. */
    private boolean withholdSmallest(Leak leak, List<List<Integer>> layers, boolean parts) {
        for (List<Integer> layer : layers) {
            Optional<Integer> pick = layer.stream().flatMap(sum -> java.util.Arrays.stream(sums.get(sum)))
                    .filter(t -> (t[1] > 0) == parts && t[0] != leak.cell() && marks.get(t[0]) == Mark.SHOWN
                            && values.get(t[0]) > 0)
                    .map(t -> t[0]).min(Comparator.comparingInt(values::get));
            if (pick.isPresent()) {
                marks.set(pick.get(), Mark.WITHHELD);
                return true;
            }
        }
        return false;
    }

    /** The leak's sums, then the sums joined to those through a withheld or unprinted cell, and so on. */
    private List<List<Integer>> layers(Leak leak) {
        List<List<Integer>> layers = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>(leak.sums());
        List<Integer> layer = leak.sums();
        while (!layer.isEmpty()) {
            layers.add(layer);
            List<Integer> next = new ArrayList<>();
            for (int sum : layer) {
                for (int[] t : sums.get(sum)) {
                    if (marks.get(t[0]) != Mark.SHOWN) {
                        for (int other : sumsOf(t[0])) {
                            if (seen.add(other)) {
                                next.add(other);
                            }
                        }
                    }
                }
            }
            layer = next;
        }
        return layers;
    }

    /**
     * The withheld and unprinted cells a reader can solve for exactly from the sums and the
     * printed counts by linear algebra alone (combining sums, which interval propagation does not
     * do): Gauss–Jordan elimination over the unknown cells; an unknown is solved when its pivot
     * row has no other unknown left.
     */
    boolean[] solved() {
        List<Integer> unknown = new ArrayList<>();
        int[] column = new int[values.size()];
        for (int i = 0; i < values.size(); i++) {
            column[i] = -1;
            if (marks.get(i) != Mark.SHOWN) {
                column[i] = unknown.size();
                unknown.add(i);
            }
        }
        int n = unknown.size();
        double[][] m = new double[sums.size()][n + 1];
        for (int r = 0; r < sums.size(); r++) {
            for (int[] t : sums.get(r)) {
                if (column[t[0]] >= 0) {
                    m[r][column[t[0]]] += t[1];
                } else {
                    m[r][n] -= (double) t[1] * values.get(t[0]);
                }
            }
        }
        int row = 0;
        int[] pivotOfRow = new int[sums.size()];
        for (int col = 0; col < n && row < m.length; col++) {
            int best = row;
            for (int r = row + 1; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < 1e-9) {
                continue;
            }
            double[] swap = m[row];
            m[row] = m[best];
            m[best] = swap;
            double pivot = m[row][col];
            for (int c = col; c <= n; c++) {
                m[row][c] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != row && Math.abs(m[r][col]) > 1e-12) {
                    double factor = m[r][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= factor * m[row][c];
                    }
                }
            }
            pivotOfRow[row] = col;
            row++;
        }
        boolean[] solved = new boolean[values.size()];
        for (int r = 0; r < row; r++) {
            boolean alone = true;
            for (int c = 0; c < n && alone; c++) {
                alone = c == pivotOfRow[r] || Math.abs(m[r][c]) < 1e-9;
            }
            if (alone) {
                solved[unknown.get(pivotOfRow[r])] = true;
            }
        }
        return solved;
    }

    /** What a reader can work out: for every cell its lowest and highest possible value. */
    long[][] audit() {
        long[][] b = new long[values.size()][];
        for (int i = 0; i < values.size(); i++) {
            b[i] = switch (marks.get(i)) {
                case SHOWN -> new long[] {values.get(i), values.get(i)};
                case FEW -> new long[] {1, k - 1};
                case WITHHELD, UNPRINTED -> new long[] {0, INFINITY};
            };
        }
        boolean changed = true;
        for (int round = 0; changed && round < 1000; round++) {
            changed = false;
            for (int[][] terms : sums) {
                // Σ s·x = 0: each s·x lies in [-(Σ others' max), -(Σ others' min)]. The sums of all terms'
                // bounds are kept with the number of unbounded ones, so each term's "others" is one subtraction.
                long lo = 0;
                long hi = 0;
                int infiniteLo = 0;
                int infiniteHi = 0;
                for (int[] t : terms) {
                    long termLo = t[1] > 0 ? b[t[0]][0] : -b[t[0]][1];
                    long termHi = t[1] > 0 ? b[t[0]][1] : -b[t[0]][0];
                    if (termLo <= -INFINITY) {
                        infiniteLo++;
                    } else {
                        lo += termLo;
                    }
                    if (termHi >= INFINITY) {
                        infiniteHi++;
                    } else {
                        hi += termHi;
                    }
                }
                for (int[] t : terms) {
                    long termLo = t[1] > 0 ? b[t[0]][0] : -b[t[0]][1];
                    long termHi = t[1] > 0 ? b[t[0]][1] : -b[t[0]][0];
                    boolean ownLoInfinite = termLo <= -INFINITY;
                    boolean ownHiInfinite = termHi >= INFINITY;
                    long othersLo = infiniteLo - (ownLoInfinite ? 1 : 0) > 0 ? -INFINITY
                            : lo - (ownLoInfinite ? 0 : termLo);
                    long othersHi = infiniteHi - (ownHiInfinite ? 1 : 0) > 0 ? INFINITY
                            : hi - (ownHiInfinite ? 0 : termHi);
                    long newLo = t[1] > 0 ? (othersHi >= INFINITY ? -INFINITY : -othersHi)
                            : othersLo;
                    long newHi = t[1] > 0 ? (othersLo <= -INFINITY ? INFINITY : -othersLo)
                            : othersHi;
                    if (newLo > b[t[0]][0]) {
                        b[t[0]][0] = newLo;
                        changed = true;
                    }
                    if (newHi < b[t[0]][1]) {
                        b[t[0]][1] = newHi;
                        changed = true;
                    }
                }
            }
        }
        return b;
    }

    // ---- reading the protected cells -------------------------------------------------------------

    public Mark mark(Cell c) {
        return marks.get(c.index());
    }

    public int value(Cell c) {
        return values.get(c.index());
    }

    /** Whether the cell prints its count. */
    public boolean shown(Cell c) {
        return mark(c) == Mark.SHOWN;
    }

    /** "6", "&lt;3", "x". */
    public String text(Cell c) {
        return switch (mark(c)) {
            case SHOWN -> Integer.toString(value(c));
            case FEW -> "<" + k;
            case WITHHELD, UNPRINTED -> WITHHELD_SIGN;
        };
    }

    /** Whether any cell of the model prints a mark, so the document explains them. */
    public boolean anyMark() {
        return marks.stream().anyMatch(m -> m == Mark.FEW || m == Mark.WITHHELD);
    }

    /**
     * "&lt;3 = 1 eller 2 personer · x = … · – = …": the note explaining the signs, for the page they
     * first appear on. The dash is explained too: beside a withheld count a share or a mean is "–".
     */
    public Optional<String> note() {
        if (k == null || !anyMark()) {
            return Optional.empty();
        }
        String few = k == 2 ? "1 person" : k == 3 ? "1 eller 2 personer" : "1–" + (k - 1) + " personer";
        return Optional.of("<" + k + " = " + few + " (färre än " + k + ", redovisas inte för att skydda enskilda) · "
                + WITHHELD_SIGN + " = redovisas inte, så att ett litet antal inte kan räknas fram ur summor eller andra "
                + "uppgifter · – = andel eller snittvärde som inte anges (för få personer) · 0 = ingen.");
    }

    // ---- merging categories before suppressing ---------------------------------------------------

    /**
     * Neighbouring bands merged so that every merged band holds 0 or at least k in each of the
     * given rows of counts (the women's and the men's, this period's and the previous one's):
     * returns the groups of band indices, in order. Bands that need no merging stay as they are;
     * a last group under k joins the one before. One group of all bands means the table cannot be
     * shown without a small count.
     */
    public static List<List<Integer>> mergeBands(List<List<Integer>> rows, int k) {
        int size = rows.isEmpty() ? 0 : rows.getFirst().size();
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int band = 0; band < size; band++) {
            open.add(band);
            if (settled(rows, open, k)) {
                groups.add(open);
                open = new ArrayList<>();
            }
        }
        if (!open.isEmpty()) {
            if (groups.isEmpty()) {
                groups.add(open);
            } else {
                groups.getLast().addAll(open);
            }
        }
        return groups;
    }

    /** Whether each row's sum over the bands is 0 or at least k. */
    private static boolean settled(List<List<Integer>> rows, List<Integer> bands, int k) {
        for (List<Integer> row : rows) {
            int sum = bands.stream().mapToInt(row::get).sum();
            if (sum > 0 && sum < k) {
                return false;
            }
        }
        return true;
    }

    /** The counts of the merged bands. */
    public static List<Integer> merged(List<Integer> counts, List<List<Integer>> groups) {
        return groups.stream().map(g -> g.stream().mapToInt(counts::get).sum()).toList();
    }
}
