package se.samspar.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.enrolment.ExitReasons;
import se.samspar.questionnaire.QuestionnaireFigures;
import se.samspar.session.AttendanceService;
import se.samspar.session.GroupFigures;

/**
 * The report's counts after disclosure control, made once before any layout: every count the
 * document prints is a named cell of one {@link Disclosure} model per period, tied by the sums a
 * reader could use, so that the text, the tables and the brackets print the same protected
 * values. In the board's version the band tables are first merged into wider bands where a band
 * would hold a small count ({@link Disclosure#mergeBands}). The coordinator's full version goes
 * through the same cells, with every count as it is.
 */
final class ReportCounts {

    private final @Nullable Integer k;
    private final Disclosure now;
    private final @Nullable Disclosure before;
    /** The tables' rows, the same for both periods: exit reasons, education and support by code, activities. */
    final List<String> exitCodes;
    final List<String> educationCodes;
    final List<String> supportCodes;
    final List<String> activities;
    /** The rows of the tables by code as printed: in the board's version small codes folded into {@link #OTHERS}. */
    final Rows exitRows;
    final Rows educationRows;
    final Rows supportRows;
    /** The row of the folded codes, "Övriga". */
    static final String OTHERS = "OVRIGA_RADER";

    /** A table's printed codes, and the codes folded into its row "Övriga" (none in the full version). */
    record Rows(List<String> codes, List<String> folded) {
    }
    /** The band tables as printed: merged in the board's version where a band would hold a small count. */
    final AgeBands ages;
    final UpperBands years;
    final UpperBands months;
    /** The stegförflyttning's support rows, the same for both periods, in the code list's order. */
    final List<String> stepSupport;

    private ReportCounts(@Nullable Integer k, ReportService.Figures f) {
        this.k = k;
        ReportFigures.PeriodFigures p = f.now();
        ReportFigures.@Nullable PeriodFigures b = f.previous().orElse(null);
        exitCodes = union(p.exitReasons().keySet(), b == null ? null : b.exitReasons().keySet());
        educationCodes = union(p.targetGroup().education().keySet(), b == null ? null
                : b.targetGroup().education().keySet());
        supportCodes = union(p.targetGroup().supportAtStart().keySet(), b == null ? null
                : b.targetGroup().supportAtStart().keySet());
        activities = union(p.headcounts().stream().map(ReportFigures.Headcount::activity).toList(), b == null ? null
                : b.headcounts().stream().map(ReportFigures.Headcount::activity).toList());
        // A table that is a breakdown of the exited (one row each) may fold its small rows into one.
        exitRows = fold(exitCodes, x -> x.exitReasons(), p, b, x -> x.exitReasons().values().stream()
                .mapToInt(Integer::intValue).sum() + x.exitsWithoutReason() == x.places().exited());
        educationRows = fold(educationCodes, x -> x.targetGroup().education(), p, b, x -> true);
        supportRows = fold(supportCodes, x -> x.targetGroup().supportAtStart(), p, b,
                x -> x.targetGroup().supportMentions() == x.targetGroup().exited());
        ReportFigures.Layout layout = f.layout();
        ages = k == null ? layout.ages() : layout.ages().merge(Disclosure.mergeBands(both(p, b,
                x -> x.targetGroup().ageBands()), k));
        years = k == null || layout.years().isEmpty() ? layout.years() : layout.years().merge(Disclosure.mergeBands(
                both(p, b, x -> x.targetGroup().yearBands().subList(0, layout.years().size())), k));
        months = k == null || layout.months().isEmpty() ? layout.months() : layout.months().merge(
                Disclosure.mergeBands(both(p, b, x -> x.time().bands()), k));
        stepSupport = StepCounts.supportRows(f.steps(), layout.support());
        this.now = model(p, f, true, layout);
        this.before = b == null ? null : model(b, f, false, layout);
    }

    /** The counts of the report, protected for the board's version when k is given. */
    static ReportCounts of(ReportService.Figures f, @Nullable Integer k) {
        return new ReportCounts(k, f);
    }

    private static List<List<Integer>> both(ReportFigures.PeriodFigures p, ReportFigures.@Nullable PeriodFigures b,
                                            java.util.function.Function<ReportFigures.PeriodFigures, List<Integer>> row) {
        return b == null ? List.of(row.apply(p)) : List.of(row.apply(p), row.apply(b));
    }

    private static List<String> union(java.util.Collection<String> now, java.util.@Nullable Collection<String> before) {
        Set<String> all = new LinkedHashSet<>(now);
        if (before != null) {
            all.addAll(before);
        }
        return List.copyOf(all);
    }

    /**
     * Folds the codes with a small count (in either period) into one row "Övriga", with the
     * smallest other code when only one is small, so that the board reads the table instead of
     * marks; only in the board's version and for a table each person is in one row of.
     */
    private Rows fold(List<String> codes, java.util.function.Function<ReportFigures.PeriodFigures,
            Map<String, Integer>> counts, ReportFigures.PeriodFigures p, ReportFigures.@Nullable PeriodFigures b,
                      java.util.function.Predicate<ReportFigures.PeriodFigures> breakdown) {
        if (k == null || !breakdown.test(p) || b != null && !breakdown.test(b)) {
            return new Rows(codes, List.of());
        }
        List<ReportFigures.PeriodFigures> periods = b == null ? List.of(p) : List.of(p, b);
        java.util.function.ToIntFunction<String> total = code -> periods.stream()
                .mapToInt(x -> counts.apply(x).getOrDefault(code, 0)).sum();
        List<String> folded = new ArrayList<>(codes.stream().filter(code -> periods.stream()
                .map(x -> counts.apply(x).getOrDefault(code, 0)).anyMatch(n -> n > 0 && n < k)).toList());
        if (folded.size() == 1) {
            codes.stream().filter(code -> !folded.contains(code) && total.applyAsInt(code) > 0)
                    .min(java.util.Comparator.comparingInt(total)).ifPresent(folded::add);
        }
        if (folded.size() < 2) {
            return new Rows(codes, List.of());
        }
        List<String> printed = new ArrayList<>(codes.stream().filter(code -> !folded.contains(code)).toList());
        printed.add(OTHERS);
        return new Rows(printed, List.copyOf(folded));
    }

    /** The folded codes' row: the sum of their cells. */
    private static void others(Disclosure d, String prefix, Rows rows) {
        if (!rows.folded().isEmpty()) {
            List<Disclosure.Cell> parts = rows.folded().stream().map(c -> d.named(prefix + c).orElseThrow()).toList();
            d.sum(d.cell(prefix + OTHERS, parts.stream().mapToInt(d::value).sum()), parts);
        }
    }

    // ---- the model of one period -----------------------------------------------------------------

    private Disclosure model(ReportFigures.PeriodFigures p, ReportService.Figures f, boolean current,
                             ReportFigures.Layout layout) {
        Disclosure d = new Disclosure(k);
        ReportFigures.Places pl = p.places();
        Disclosure.Cell exited = d.cell("exited", pl.exited());
        Disclosure.Cell started = d.cell("started", pl.started());
        Disclosure.Cell active = d.cell("active", pl.activeDuring());
        Disclosure.Cell atEnd = d.cell("atEnd", pl.activeAtEnd());
        d.sum(d.cell("persons", pl.uniquePersonsDuring()), List.of(d.cell("women", pl.womenDuring()),
                d.cell("men", pl.menDuring())));
        // Active during = active at the start + started = active at the end + exited (+ others, if any).
        d.sum(active, List.of(d.unprinted(pl.activeDuring() - pl.started()), started));
        int others = pl.activeDuring() - pl.activeAtEnd() - pl.exited();
        if (others >= 0) {
            d.sum(active, others > 0 ? List.of(atEnd, exited, d.unprinted(others)) : List.of(atEnd, exited));
        }
        Disclosure.Cell inUse = d.cell("inUse", pl.inUseAtEnd());
        if (pl.inUseAtEnd() >= pl.activeAtEnd()) {
            d.sum(inUse, List.of(atEnd, d.unprinted(pl.inUseAtEnd() - pl.activeAtEnd())));
        }
        d.cell("anonymous", pl.anonymousDuring());
        d.cell("overBudget", pl.overBudgetStarts());
        d.cell("withoutReason", p.exitsWithoutReason());
        if (current) {
            d.cell("followUpUsed", f.capacity().followUpUsed());
        }
        results(d, p, exited);
        target(d, p, exited, layout);
        time(d, p, exited, layout);
        headcounts(d, p);
        if (current) {
            questionnaire(d, "q", f.exitQuestionnaire(), pl.exited(), exited);
            questionnaire(d, "ev", f.groupEvaluation(), -1, exited);
            groups(d, f.groups());
            supportOutcome(d, f.supportOutcome());
        }
        (current ? f.steps().now() : f.steps().previous()).ifPresent(s -> StepCounts.model(d, s, stepSupport));
        return d.protect();
    }

    private void results(Disclosure d, ReportFigures.PeriodFigures p, Disclosure.Cell exited) {
        List<Disclosure.Cell> reasons = new ArrayList<>();
        for (String code : exitCodes) {
            reasons.add(d.cell("reason." + code, p.exitReasons().getOrDefault(code, 0)));
        }
        // One reason each: then a reader who takes the reasons for a breakdown of the exited is right.
        reasons.add(d.named("withoutReason").orElseThrow());
        if (reasons.stream().mapToInt(d::value).sum() == d.value(exited)) {
            d.sum(exited, reasons);
        }
        others(d, "reason.", exitRows);
        ReportFigures.Results r = p.results();
        Disclosure.Cell work = reason(d, ExitReasons.ARBETE, r.toWork());
        Disclosure.Cell studies = reason(d, ExitReasons.STUDIER, r.toStudies());
        reason(d, ExitReasons.AKTIVT_ARBETSSOKANDE, r.toJobSearch());
        d.sum(work, List.of(d.cell("work.women", r.toWorkWomen()), d.cell("work.men", r.toWorkMen())));
        // Work or studies = work only + studies only + both, none of the three printed.
        int both = r.toWork() + r.toStudies() - r.toWorkOrStudies();
        Disclosure.Cell bothCell = d.unprinted(both);
        Disclosure.Cell workOnly = d.unprinted(r.toWork() - both);
        Disclosure.Cell studiesOnly = d.unprinted(r.toStudies() - both);
        d.sum(work, List.of(workOnly, bothCell)).sum(studies, List.of(studiesOnly, bothCell))
                .sum(d.cell("wos", r.toWorkOrStudies()), List.of(workOnly, studiesOnly, bothCell));
    }

    /** The exit reason's cell, made when the table has no row for it (a count of 0 in both periods). */
    private static Disclosure.Cell reason(Disclosure d, String code, int count) {
        return d.named("reason." + code).orElseGet(() -> d.cell("reason." + code, count));
    }

    private void target(Disclosure d, ReportFigures.PeriodFigures p, Disclosure.Cell exited,
                        ReportFigures.Layout layout) {
        ReportFigures.TargetGroup t = p.targetGroup();
        d.sum(exited, List.of(d.cell("tg.women", t.women()), d.cell("tg.men", t.men())));
        List<Integer> ageCounts = Disclosure.merged(t.ageBands(), groups(layout.ages().lowerLimits().size(),
                ages.lowerLimits().stream().map(layout.ages().lowerLimits()::indexOf).toList()));
        d.sum(exited, d.row("age", ageCounts));
        if (!t.education().isEmpty()) {
            d.sum(exited, educationCodes.stream().map(c -> d.cell("edu." + c, t.education().getOrDefault(c, 0)))
                    .toList());
            others(d, "edu.", educationRows);
        }
        Disclosure.Cell nine = d.cell("nine", t.nineYearsOrMore());
        Disclosure.Cell unknownYears = d.cell("yearsUnknown", t.yearsUnknown());
        d.sum(exited, List.of(d.unprinted(t.exited() - t.nineYearsOrMore() - t.yearsUnknown()), nine, unknownYears));
        if (!layout.years().isEmpty()) {
            List<Integer> bands = t.yearBands().subList(0, layout.years().size());
            List<Disclosure.Cell> cells = new ArrayList<>(d.row("year", Disclosure.merged(bands, upperGroups(layout.years(),
                    years))));
            cells.add(unknownYears);
            d.sum(exited, cells);
        }
        List<Disclosure.Cell> support = supportCodes.stream()
                .map(c -> d.cell("support." + c, t.supportAtStart().getOrDefault(c, 0))).toList();
        d.sum(d.cell("mentions", t.supportMentions()), support);
        others(d, "support.", supportRows);
    }

    private void time(Disclosure d, ReportFigures.PeriodFigures p, Disclosure.Cell exited,
                      ReportFigures.Layout layout) {
        List<Integer> bands = p.time().bands();
        if (bands.isEmpty()) {
            return;
        }
        List<Integer> merged = Disclosure.merged(bands, upperGroups(layout.months(), months));
        List<Disclosure.Cell> cells = new ArrayList<>(d.row("time", merged));
        int withoutStart = d.value(exited) - merged.stream().mapToInt(Integer::intValue).sum();
        if (withoutStart > 0) {
            cells.add(d.unprinted(withoutStart));
        }
        d.sum(exited, cells);
    }

    private void headcounts(Disclosure d, ReportFigures.PeriodFigures p) {
        List<Disclosure.Cell> women = new ArrayList<>();
        List<Disclosure.Cell> men = new ArrayList<>();
        List<Disclosure.Cell> totals = new ArrayList<>();
        for (String a : activities) {
            ReportFigures.Headcount h = p.headcounts().stream().filter(x -> x.activity().equals(a)).findFirst()
                    .orElse(new ReportFigures.Headcount(a, 0, 0, 0));
            Disclosure.Cell w = d.cell("hc." + a + ".w", h.women());
            Disclosure.Cell m = d.cell("hc." + a + ".m", h.men());
            Disclosure.Cell t = d.cell("hc." + a + ".t", h.total());
            d.sum(t, List.of(w, m));
            women.add(w);
            men.add(m);
            totals.add(t);
        }
        if (activities.size() > 1) {
            Disclosure.Cell w = d.cell("hc.sum.w", women.stream().mapToInt(d::value).sum());
            Disclosure.Cell m = d.cell("hc.sum.m", men.stream().mapToInt(d::value).sum());
            Disclosure.Cell t = d.cell("hc.sum.t", d.value(w) + d.value(m));
            d.sum(w, women).sum(m, men).sum(t, totals).sum(t, List.of(w, m));
        }
    }

    /** A questionnaire's base and answers; the base is the exited's cell when it is the same figure. */
    private static void questionnaire(Disclosure d, String name, QuestionnaireFigures.Figures q, int exitedValue,
                                      Disclosure.Cell exited) {
        if (q.exited() == exitedValue) {
            d.name(name + ".exited", exited);
        } else {
            d.cell(name + ".exited", q.exited());
        }
        d.cell(name + ".answered", q.answered());
        for (int i = 0; i < q.scales().size(); i++) {
            d.cell(name + ".n." + i, q.scales().get(i).n());
        }
    }

    private static void groups(Disclosure d, List<AttendanceService.GroupSummary> groups) {
        List<Disclosure.Cell> started = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupFigures.Figures g = groups.get(i).figures();
            String key = "g." + i + ".";
            d.cell(key + "invited", g.invited());
            d.cell(key + "came", g.cameToFirst());
            d.cell(key + "last", g.presentAtLast());
            d.cell(key + "noAbsence", g.withoutAbsence());
            Disclosure.Cell s = d.cell(key + "started", g.started());
            int women = g.startedByKon().getOrDefault("KVINNA", 0);
            int men = g.startedByKon().getOrDefault("MAN", 0);
            Disclosure.Cell w = d.cell(key + "women", women);
            Disclosure.Cell m = d.cell(key + "men", men);
            if (women + men == g.started()) {
                d.sum(s, List.of(w, m));
            }
            started.add(s);
        }
        d.sum(d.cell("g.started", started.stream().mapToInt(d::value).sum()), started);
    }

    private static void supportOutcome(Disclosure d, List<SupportOutcome.Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            SupportOutcome.Row r = rows.get(i);
            String key = "so." + i + ".";
            Disclosure.Cell all = d.cell(key + "all", r.all().total());
            d.sum(all, List.of(d.cell(key + "women", r.all().women()), d.cell(key + "men", r.all().men())));
            Disclosure.Cell kvar = d.cell(key + "kvar", r.stillActive().total());
            Disclosure.Cell exitedCell = d.cell(key + "exited", r.exited());
            List<Disclosure.Cell> outcomes = List.of(d.cell(key + "work", r.toWork().total()),
                    d.cell(key + "studies", r.toStudies().total()), d.cell(key + "job", r.toJobSearch().total()),
                    d.cell(key + "other", r.otherExit().total()));
            d.sum(exitedCell, outcomes);
            d.sum(all, List.of(exitedCell, kvar));
            d.sum(kvar, List.of(d.cell(key + "kvar.women", r.stillActive().women()),
                    d.cell(key + "kvar.men", r.stillActive().men())));
            Disclosure.Cell self = d.cell(key + "self", r.selfSupporting());
            if (r.selfSupporting() == r.toWork().total() + r.toStudies().total()) {
                d.sum(self, outcomes.subList(0, 2));
            }
        }
    }

    /** The groups of original band indices behind the merged bands, from the kept lower limits' indices. */
    private static List<List<Integer>> groups(int size, List<Integer> starts) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int g = 0; g < starts.size(); g++) {
            int end = g + 1 < starts.size() ? starts.get(g + 1) : size;
            List<Integer> members = new ArrayList<>();
            for (int i = starts.get(g); i < end; i++) {
                members.add(i);
            }
            groups.add(members);
        }
        return groups;
    }

    /** The groups of original upper bands behind the merged ones (the open band last). */
    private static List<List<Integer>> upperGroups(UpperBands original, UpperBands merged) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            open.add(i);
            boolean closes = i < original.limits().size() && merged.limits().contains(original.limits().get(i));
            if (closes || i == original.size() - 1) {
                groups.add(open);
                open = new ArrayList<>();
            }
        }
        return groups;
    }

    // ---- reading the cells -----------------------------------------------------------------------

    boolean board() {
        return k != null;
    }

    @Nullable Integer threshold() {
        return k;
    }

    boolean comparing() {
        return before != null;
    }

    /** The current period's model, for the note on its signs. */
    Disclosure model() {
        return now;
    }

    /** Whether either period prints a suppression mark. */
    boolean anyMark() {
        return now.anyMark() || before != null && before.anyMark();
    }

    private static Disclosure.Cell cell(Disclosure d, String key) {
        return d.named(key).orElseThrow(() -> new IllegalArgumentException("No count " + key));
    }

    /** The current period's count as printed: "6", "&lt;3" or "x". */
    String now(String key) {
        return now.text(cell(now, key));
    }

    /** "6 (22)": the count with the previous period's in brackets when the report compares. */
    String n(String key) {
        if (before == null) {
            return now(key);
        }
        return now(key) + " (" + before.named(key).map(before::text).orElse("0") + ")";
    }

    /** The previous period's count as printed ("" without one). */
    String previous(String key) {
        return before == null ? "" : before.named(key).map(before::text).orElse("0");
    }

    int value(String key) {
        return now.value(cell(now, key));
    }

    /** Whether the current period prints the count itself. */
    boolean shown(String key) {
        return now.shown(cell(now, key));
    }

    /** Whether a row of a table has a count in either period (rows of zeros in both are left out). */
    boolean any(String key) {
        return value(key) > 0 || before != null && before.named(key).map(before::value).orElse(0) > 0;
    }

    /** "27 %" of the part in the whole, withheld ("–") unless both are printed. */
    String percent(String part, String whole) {
        return shown(part) && shown(whole) ? ReportText.percent(ReportFigures.percent(value(part), value(whole))) : "–";
    }

    /** The previous period's share in brackets, " (25 %)", or nothing. */
    String previousPercent(String part, String whole) {
        if (before == null) {
            return "";
        }
        Optional<Disclosure.Cell> p = before.named(part);
        Optional<Disclosure.Cell> w = before.named(whole);
        boolean shown = p.isPresent() && w.isPresent() && before.shown(p.get()) && before.shown(w.get());
        return " (" + (shown ? ReportText.percent(ReportFigures.percent(before.value(p.get()), before.value(w.get())))
                : "–") + ")";
    }

    /** The count of the current or the previous period (0 without one or without the cell). */
    int value(String key, boolean current) {
        Disclosure d = current ? now : before;
        return d == null ? 0 : d.named(key).map(d::value).orElse(0);
    }

    /** Whether the current or the previous period prints the count itself. */
    boolean shown(String key, boolean current) {
        Disclosure d = current ? now : before;
        return d != null && d.named(key).map(d::shown).orElse(false);
    }

    /** Whether a mean over the count's persons may be printed: over k or more, and the count itself printed. */
    boolean meanAllowed(String key, int persons) {
        return k == null || persons >= k && shown(key);
    }

    /** "1 kvinna", "3 kvinnor": the cell as shown, with the word in singular only for exactly one. */
    static String people(String cell, String one, String many) {
        return cell + " " + ("1".equals(cell) ? one : many);
    }

    /** "13 kvinnor och 16 män" from the women's and the men's keys. */
    String womenAndMen(String women, String men) {
        return people(n(women), "kvinna", "kvinnor") + " och " + people(n(men), "man", "män");
    }

    /** The labels of a table's codes, for the rows that have a count in either period. */
    List<String> rows(String prefix, List<String> codes) {
        return codes.stream().filter(c -> any(prefix + c)).toList();
    }

    /** The count behind each code as printed, rows of zeros in both periods left out (read by the tests). */
    Map<String, String> table(String prefix, List<String> codes) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        rows(prefix, codes).forEach(c -> m.put(c, n(prefix + c)));
        return m;
    }
}
