package se.samspar.statistics;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samspar.report.Disclosure;
import se.samspar.report.ReportFigures;

/**
 * The statistics' counts of one period after disclosure control, made before any layout: the
 * base, every table's cells by kön with the tables' column sums, the flows and the programmes
 * with their row and column totals, in one {@link Disclosure} model. A share is printed only when
 * its count and its base are.
 */
final class StatisticsCounts {

    /** A cell as the table prints it ("33 %", "0", "&lt;3", "x") and the per cent the chart draws, if any. */
    record Share(String text, @Nullable Integer percent) {
    }

    private final Disclosure d;
    private final StatisticsService.Statistics s;

    StatisticsCounts(StatisticsService.Statistics s, @Nullable Integer k) {
        this.s = s;
        this.d = new Disclosure(k);
        Disclosure.Cell women = d.cell("women", s.women());
        Disclosure.Cell men = d.cell("men", s.men());
        Disclosure.Cell persons = d.cell("persons", s.women() + s.men());
        d.sum(persons, List.of(women, men));
        Disclosure.Cell exits = d.cell("exits", s.exits());
        d.cell("anonymous", s.anonymousExits());
        boolean onePerPerson = s.exits() == s.women() + s.men();
        for (int i = 0; i < s.distributions().size(); i++) {
            Distribution dist = s.distributions().get(i);
            // The table's columns are the base's women and men when each person exited once: the same cells.
            boolean base = onePerPerson && dist.women() == s.women() && dist.men() == s.men();
            Disclosure.Cell w = base ? d.name(i + ".W", women) : d.cell(i + ".W", dist.women());
            Disclosure.Cell m = base ? d.name(i + ".M", men) : d.cell(i + ".M", dist.men());
            if (!base && dist.women() + dist.men() == s.exits()) {
                d.sum(exits, List.of(w, m));
            }
            List<Disclosure.Cell> ws = new ArrayList<>();
            List<Disclosure.Cell> ms = new ArrayList<>();
            for (Distribution.Row r : dist.rows()) {
                ws.add(d.cell(i + "." + r.code() + ".w", r.women()));
                ms.add(d.cell(i + "." + r.code() + ".m", r.men()));
            }
            // Rows that add up to their column (one per person, or no one with several) are a breakdown of it.
            if (ws.stream().mapToInt(d::value).sum() == dist.women()
                    && ms.stream().mapToInt(d::value).sum() == dist.men()) {
                d.sum(w, ws).sum(m, ms);
            }
        }
        GenderStatistics.Flows f = s.flows();
        row("flow.started", f.startedWomen(), f.startedMen());
        if (onePerPerson && f.exitedWomen() == s.women() && f.exitedMen() == s.men()) {
            d.name("flow.exited.w", women);
            d.name("flow.exited.m", men);
            d.name("flow.exited.t", persons);
        } else {
            List<Disclosure.Cell> exited = row("flow.exited", f.exitedWomen(), f.exitedMen());
            if (f.exitedWomen() + f.exitedMen() == s.exits()) {
                d.sum(exits, List.of(exited.get(0), exited.get(1)));
            }
        }
        row("flow.active", f.activeWomen(), f.activeMen());
        List<List<Disclosure.Cell>> programmes = new ArrayList<>();
        for (int i = 0; i < s.programmes().size(); i++) {
            GenderStatistics.ProgrammeCount c = s.programmes().get(i);
            programmes.add(row("programme." + i, c.women(), c.men()));
        }
        if (!programmes.isEmpty()) {
            GenderStatistics.ProgrammeCount total = GenderStatistics.total(s.programmes());
            List<Disclosure.Cell> t = row("programmeTotal", total.women(), total.men());
            for (int col = 0; col < 3; col++) {
                int column = col;
                d.sum(t.get(col), programmes.stream().map(r -> r.get(column)).toList());
            }
        }
        steps(s.steps());
        d.protect();
    }

    /**
     * The stegförflyttning per programme: assessed = moved up + not moved up (never printed) in each
     * row, and the total row the sum of the rows.
     */
    private void steps(List<StatisticsService.StepRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Disclosure.Cell> assessed = new ArrayList<>();
        List<Disclosure.Cell> up = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            StatisticsService.StepRow r = rows.get(i);
            Disclosure.Cell[] row = stepRow("steps." + i, r.assessed(), r.movedUp());
            assessed.add(row[0]);
            up.add(row[1]);
        }
        Disclosure.Cell[] total = stepRow("steps.total", assessed.stream().mapToInt(d::value).sum(),
                up.stream().mapToInt(d::value).sum());
        d.sum(total[0], assessed).sum(total[1], up);
    }

    private Disclosure.Cell[] stepRow(String key, int assessed, int up) {
        Disclosure.Cell n = d.cell(key + ".n", assessed);
        Disclosure.Cell u = d.cell(key + ".up", up);
        d.sum(n, List.of(u, d.unprinted(assessed - up)));
        return new Disclosure.Cell[] {n, u};
    }

    /** The share who moved up of a row's assessed, "–" unless both are printed. */
    String stepShare(String key) {
        var n = d.named(key + ".n");
        var up = d.named(key + ".up");
        if (n.isEmpty() || up.isEmpty() || !d.shown(n.get()) || !d.shown(up.get())) {
            return "–";
        }
        return se.samspar.report.ReportText.percent(ReportFigures.percent(d.value(up.get()), d.value(n.get())));
    }

    /** Whether half or more of the stegförflyttning table's counts above 0 are withheld. */
    boolean stepsMostlyWithheld() {
        long nonZero = 0;
        long withheld = 0;
        for (int i = 0; i < s.steps().size(); i++) {
            for (String what : List.of(".n", ".up")) {
                Disclosure.Cell c = d.named("steps." + i + what).orElseThrow();
                if (d.value(c) > 0) {
                    nonZero++;
                    withheld += d.shown(c) ? 0 : 1;
                }
            }
        }
        return nonZero == 0 || withheld * 2 >= nonZero;
    }

    /** Women, men and total, tied by their sum. */
    private List<Disclosure.Cell> row(String key, int women, int men) {
        Disclosure.Cell w = d.cell(key + ".w", women);
        Disclosure.Cell m = d.cell(key + ".m", men);
        Disclosure.Cell t = d.cell(key + ".t", women + men);
        d.sum(t, List.of(w, m));
        return List.of(w, m, t);
    }

    Disclosure model() {
        return d;
    }

    String text(String key) {
        return d.named(key).map(d::text).orElse("0");
    }

    /** A table's row for women or men: the share of the column, "0", or the board's mark. */
    Share share(int table, String code, boolean women) {
        var cell = d.named(table + "." + code + (women ? ".w" : ".m"));
        var column = d.named(table + (women ? ".W" : ".M"));
        if (cell.isEmpty() || column.isEmpty() || d.value(cell.get()) == 0) {
            return new Share("0", cell.isEmpty() ? null : 0);
        }
        if (!d.shown(cell.get()) || !d.shown(column.get())) {
            return new Share(d.shown(cell.get()) ? "–" : d.text(cell.get()), null);
        }
        Integer percent = ReportFigures.percent(d.value(cell.get()), d.value(column.get())).orElse(null);
        return new Share(percent + "\u00a0%", percent);
    }

    /** Whether more than half of the table's non-zero cells are withheld: the board reads one line instead. */
    boolean mostlyWithheld(int table) {
        Distribution dist = s.distributions().get(table);
        int nonZero = 0;
        int withheld = 0;
        for (Distribution.Row r : dist.rows()) {
            for (String side : List.of(".w", ".m")) {
                Disclosure.Cell c = d.named(table + "." + r.code() + side).orElseThrow();
                if (d.value(c) > 0) {
                    nonZero++;
                    withheld += d.shown(c) ? 0 : 1;
                }
            }
        }
        return withheld * 2 > nonZero;
    }
}
