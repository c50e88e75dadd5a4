package se.samspar.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;

/**
 * The figures of the periodic report's sections, computed from the facts of a programme's
 * enrolments: pure, so that each can be checked against the numbers of the real reports.
 * Wrong registrations never count; enrolments and unique persons are counted apart. As in SUS,
 * figures about persons are drawn from those registered with personal data: anonymous enrolments
 * are counted apart, and in the places they occupy.
 */
public final class ReportFigures {

    /** In the reports' wording "mer än 9 år": the years in public support from which a person is counted apart. */
    public static final int LONG_SUPPORT_YEARS = 9;
    /** The row of a table for those whose data is not known. */
    public static final String UNKNOWN = "OKAND";

    private ReportFigures() {
    }

    /**
     * Uppföljning av antal deltagare och platser, of the participants registered with personal data;
     * the anonymous ones active during the period apart, and the places in use at the period's end
     * counting both.
     */
    public record Places(int activeDuring, int uniquePersonsDuring, int started, int exited, int activeAtEnd,
                         int overBudgetStarts, int anonymousDuring, int inUseAtEnd, int womenDuring, int menDuring) {
    }

    /** Resultat: of the exited, to work (by kön) and studies, as whole per cent; the target for comparison. */
    public record Results(int exited, int toWork, int toWorkWomen, int toWorkMen, Optional<Integer> toWorkPercent,
                          int toStudies, int toJobSearch, int toWorkOrStudies, Optional<Integer> toWorkOrStudiesPercent,
                          @Nullable Integer targetPercent) {
        /** Whether work or studies reached the programme's target share; empty without a target or exits. */
        public Optional<Boolean> targetReached() {
            return targetPercent == null ? Optional.empty() : toWorkOrStudiesPercent.map(p -> p >= targetPercent);
        }
    }

    /**
     * Målgruppsbeskrivning avslutade deltagare. Support at start may name several kinds for one
     * person, so its counts can add up to more than the exited ("antalet ersättningar kan
     * överstiga totalsumman"). Education and support come in the code list's order, every code of
     * the list (zeros too) and then codes no longer in it; {@code yearBands} counts per band of the
     * programme's table of years in public support (empty without one; the last cell: unknown).
     */
    public record TargetGroup(int exited, int women, int men, Optional<Integer> youngest, Optional<Integer> oldest,
                              List<Integer> ageBands, Map<String, Integer> education, Optional<Integer> fewestYears,
                              Optional<Integer> mostYears, Optional<BigDecimal> meanYearsUnderNine, int nineYearsOrMore,
                              int yearsUnknown, Map<String, Integer> supportAtStart, int supportMentions,
                              List<Integer> yearBands) {
    }

    /**
     * Tid i insatsen for the exited: range in whole months, mean in days (and in months), and the
     * counts per band of the programme's table of months (empty without one).
     */
    public record TimeInProgramme(Optional<Integer> shortestMonths, Optional<Integer> longestMonths,
                                  Optional<Integer> meanDays, List<Integer> bands) {
        /** The mean in whole months of 30.44 days (a year's twelfth), as "i genomsnitt 18 månader". */
        public Optional<Integer> meanMonths() {
            return meanDays.map(d -> (int) Math.round(d / (365.25 / 12)));
        }
    }

    /**
     * The programme's places at the period's end (and the budgeted ones at its start, when they
     * changed), other kinds of places by their label, and how many persons used a follow-up place.
     */
    public record Capacity(int budgeted, int followUp, int followUpUsed, int budgetedAtStart,
                           Map<String, Integer> other) {
        public Capacity(int budgeted, int followUp, int followUpUsed) {
            this(budgeted, followUp, followUpUsed, budgeted, Map.of());
        }
    }

    /** One headcount registration ("pinnstatistik"): the day, the activity, women and men present. */
    public record HeadcountFact(LocalDate date, @Nullable String activity, int women, int men) {
    }

    /** Headcounts of one activity over the period, summed. */
    public record Headcount(String activity, int occasions, int women, int men) {
        public int total() {
            return women + men;
        }
    }

    /** How a programme reports: its age bands, its optional band tables, and the code lists' order. */
    public record Layout(AgeBands ages, UpperBands years, UpperBands months, List<String> education,
                         List<String> support, List<String> exitReasons) {
        public static final Layout DEFAULT = new Layout(AgeBands.DEFAULT, UpperBands.NONE, UpperBands.NONE, List.of(),
                List.of(), List.of());
    }

    /** Every figure of one period, so that a report can give the previous period's beside each. */
    public record PeriodFigures(Period period, Places places, Results results, TargetGroup targetGroup,
                                Map<String, Integer> exitReasons, TimeInProgramme time, List<Headcount> headcounts,
                                int exitsWithoutReason) {
    }

    /** The figures of the period from the facts (which may cover more) and the headcount registrations. */
    public static PeriodFigures of(Collection<EnrolmentFacts> all, Collection<HeadcountFact> headcounts, Period p,
                                   @Nullable Integer targetPercent, Layout layout) {
        List<EnrolmentFacts> exited = exited(all, p);
        return new PeriodFigures(p, places(all, p), results(all, p, targetPercent), targetGroup(all, p, layout),
                exitReasons(all, p, layout.exitReasons()), timeInProgramme(all, p, layout.months()),
                headcounts(headcounts, p), (int) exited.stream().filter(f -> f.exitReasons().isEmpty()).count());
    }

    public static Places places(Collection<EnrolmentFacts> all, Period p) {
        List<EnrolmentFacts> facts = all.stream().filter(EnrolmentFacts::named).toList();
        List<EnrolmentFacts> during = facts.stream().filter(f -> f.activeDuring(p)).toList();
        List<EnrolmentFacts> anonymous = all.stream().filter(EnrolmentFacts::counts).filter(EnrolmentFacts::anonymous)
                .toList();
        Map<Long, Kon> persons = new LinkedHashMap<>();
        during.forEach(f -> persons.putIfAbsent(f.personId(), f.kon()));
        int women = (int) persons.values().stream().filter(k -> k == Kon.KVINNA).count();
        return new Places(during.size(), persons.size(),
                (int) facts.stream().filter(f -> f.startedIn(p)).count(),
                (int) facts.stream().filter(f -> f.exitedIn(p)).count(),
                (int) facts.stream().filter(f -> f.activeAtEndOf(p)).count(),
                (int) facts.stream().filter(f -> f.startedIn(p) && f.overBudget()).count(),
                (int) anonymous.stream().filter(f -> f.activeDuring(p)).count(),
                (int) all.stream().filter(EnrolmentFacts::counts).filter(f -> f.activeAtEndOf(p)).count(),
                women, persons.size() - women);
    }

    public static Results results(Collection<EnrolmentFacts> all, Period p, @Nullable Integer targetPercent) {
        List<EnrolmentFacts> exited = exited(all, p);
        List<EnrolmentFacts> work = exited.stream().filter(f -> f.exitReasons().contains(ExitReasons.ARBETE)).toList();
        int studies = count(exited, ExitReasons.STUDIER);
        int workOrStudies = (int) exited.stream().filter(f -> f.exitReasons().contains(ExitReasons.ARBETE)
                || f.exitReasons().contains(ExitReasons.STUDIER)).count();
        return new Results(exited.size(), work.size(), (int) work.stream().filter(f -> f.kon() == Kon.KVINNA).count(),
                (int) work.stream().filter(f -> f.kon() == Kon.MAN).count(), percent(work.size(), exited.size()),
                studies, count(exited, ExitReasons.AKTIVT_ARBETSSOKANDE), workOrStudies,
                percent(workOrStudies, exited.size()), targetPercent);
    }

    public static TargetGroup targetGroup(Collection<EnrolmentFacts> all, Period p, Layout layout) {
        List<EnrolmentFacts> exited = exited(all, p);
        AgeBands bands = layout.ages();
        IntSummaryStatistics ages = exited.stream().mapToInt(f -> f.ageOn(f.endDate())).summaryStatistics();
        Integer[] perBand = zeros(bands.lowerLimits().size());
        exited.forEach(f -> perBand[bands.indexOf(f.ageOn(f.endDate()))]++);
        Map<String, Integer> education = ordered(layout.education(), false);
        exited.forEach(f -> education.merge(f.education() == null ? UNKNOWN : f.education(), 1, Integer::sum));
        List<Integer> years = exited.stream().map(EnrolmentFacts::yearsInSupport).filter(y -> y != null).toList();
        List<Integer> under = years.stream().filter(y -> y < LONG_SUPPORT_YEARS).toList();
        Optional<BigDecimal> meanUnder = under.isEmpty() ? Optional.empty() : Optional.of(BigDecimal.valueOf(
                under.stream().mapToInt(Integer::intValue).sum()).divide(BigDecimal.valueOf(under.size()), 1,
                RoundingMode.HALF_UP));
        Map<String, Integer> support = ordered(layout.support(), true);
        exited.forEach(f -> f.supportAtStart().forEach(s -> support.merge(s, 1, Integer::sum)));
        List<Integer> yearBands = List.of();
        if (!layout.years().isEmpty()) {
            Integer[] y = zeros(layout.years().size() + 1);
            exited.forEach(f -> y[f.yearsInSupport() == null ? y.length - 1 : layout.years().indexOf(f.yearsInSupport())]++);
            yearBands = List.of(y);
        }
        return new TargetGroup(exited.size(), (int) exited.stream().filter(f -> f.kon() == Kon.KVINNA).count(),
                (int) exited.stream().filter(f -> f.kon() == Kon.MAN).count(),
                exited.isEmpty() ? Optional.empty() : Optional.of(ages.getMin()),
                exited.isEmpty() ? Optional.empty() : Optional.of(ages.getMax()), List.of(perBand), education,
                years.stream().min(Integer::compare), years.stream().max(Integer::compare), meanUnder,
                (int) years.stream().filter(y -> y >= LONG_SUPPORT_YEARS).count(), exited.size() - years.size(),
                support, support.values().stream().mapToInt(Integer::intValue).sum(), yearBands);
    }

    /**
     * Avslutsorsak: exit reasons of the exited, one person may give several; in the code list's
     * order, only the reasons given (then codes no longer in the list).
     */
    public static Map<String, Integer> exitReasons(Collection<EnrolmentFacts> all, Period p, List<String> order) {
        Map<String, Integer> counts = ordered(order, true);
        exited(all, p).forEach(f -> f.exitReasons().forEach(r -> counts.merge(r, 1, Integer::sum)));
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    public static TimeInProgramme timeInProgramme(Collection<EnrolmentFacts> all, Period p, UpperBands months) {
        List<EnrolmentFacts> exited = exited(all, p).stream().filter(f -> f.startDate() != null).toList();
        if (exited.isEmpty()) {
            return new TimeInProgramme(Optional.empty(), Optional.empty(), Optional.empty(),
                    months.isEmpty() ? List.of() : List.of(zeros(months.size())));
        }
        IntSummaryStatistics whole = exited.stream()
                .mapToInt(f -> (int) ChronoUnit.MONTHS.between(f.startDate(), f.endDate())).summaryStatistics();
        double days = exited.stream().mapToLong(f -> ChronoUnit.DAYS.between(f.startDate(), f.endDate())).average()
                .orElse(0);
        List<Integer> bands = List.of();
        if (!months.isEmpty()) {
            Integer[] b = zeros(months.size());
            exited.forEach(f -> b[monthBand(f.startDate(), f.endDate(), months)]++);
            bands = List.of(b);
        }
        return new TimeInProgramme(Optional.of(whole.getMin()), Optional.of(whole.getMax()),
                Optional.of((int) Math.round(days)), bands);
    }

    /**
     * The band of a stay: "upp till 3 månader" holds every stay that ended on or before the day
     * three months after the start, "4–6" those up to six months, and so on.
     */
    static int monthBand(LocalDate start, LocalDate end, UpperBands months) {
        for (int i = 0; i < months.limits().size(); i++) {
            if (!end.isAfter(start.plusMonths(months.limits().get(i)))) {
                return i;
            }
        }
        return months.limits().size();
    }

    /** The headcounts of the period per activity, in the order the activities first occur. */
    public static List<Headcount> headcounts(Collection<HeadcountFact> facts, Period p) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        facts.stream().filter(h -> p.contains(h.date()))
                .sorted(java.util.Comparator.comparing(HeadcountFact::date)).forEach(h -> {
                    int[] s = sums.computeIfAbsent(h.activity() == null || h.activity().isBlank() ? ""
                            : h.activity().strip(), k -> new int[3]);
                    s[0]++;
                    s[1] += h.women();
                    s[2] += h.men();
                });
        List<Headcount> result = new ArrayList<>();
        sums.forEach((activity, s) -> result.add(new Headcount(activity, s[0], s[1], s[2])));
        return result;
    }

    /** "27 %" as a number: whole per cent, halves up; empty when there is nothing to divide by. */
    public static Optional<Integer> percent(int part, int whole) {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .intValue());
    }

    /** Per cent with one decimal ("3,4 %" of 1 in 29): the final reports' analysis of small groups. */
    public static Optional<BigDecimal> percentOneDecimal(int part, int whole) {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** The exited of the period registered with personal data. */
    static List<EnrolmentFacts> exited(Collection<EnrolmentFacts> all, Period p) {
        return all.stream().filter(EnrolmentFacts::named).filter(f -> f.exitedIn(p)).toList();
    }

    private static int count(List<EnrolmentFacts> exited, String reason) {
        return (int) exited.stream().filter(f -> f.exitReasons().contains(reason)).count();
    }

    /** A map in the code list's order, every code at 0 (the unknown row last, unless left out). */
    private static Map<String, Integer> ordered(List<String> order, boolean withoutUnknown) {
        Map<String, Integer> m = new LinkedHashMap<>();
        order.stream().filter(c -> !UNKNOWN.equals(c)).forEach(c -> m.put(c, 0));
        if (!withoutUnknown && !order.isEmpty()) {
            m.put(UNKNOWN, 0);
        }
        return m;
    }

    private static Integer[] zeros(int n) {
        Integer[] a = new Integer[n];
        Arrays.fill(a, 0);
        return a;
    }
}
