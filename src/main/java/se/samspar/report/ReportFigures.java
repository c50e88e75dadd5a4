package se.samspar.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;

/**
 * The figures of the periodic report's sections, computed from the facts of a programme's
 * enrolments: pure, so that each can be checked against the numbers of the real reports.
 * Wrong registrations never count; enrolments and unique persons are counted apart.
 */
public final class ReportFigures {

    /** In the reports' wording "mer än 9 år": the years in public support from which a person is counted apart. */
    public static final int LONG_SUPPORT_YEARS = 9;

    private ReportFigures() {
    }

    /** Uppföljning av antal deltagare och platser. */
    public record Places(int activeDuring, int uniquePersonsDuring, int started, int exited, int activeAtEnd,
                         int overBudgetStarts) {
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
     * överstiga totalsumman").
     */
    public record TargetGroup(int exited, int women, int men, Optional<Integer> youngest, Optional<Integer> oldest,
                              List<Integer> ageBands, Map<String, Integer> education, Optional<Integer> fewestYears,
                              Optional<Integer> mostYears, Optional<BigDecimal> meanYearsUnderNine, int nineYearsOrMore,
                              int yearsUnknown, Map<String, Integer> supportAtStart, int supportMentions) {
    }

    /** Tid i insatsen for the exited: range in whole months, mean in days. */
    public record TimeInProgramme(Optional<Integer> shortestMonths, Optional<Integer> longestMonths,
                                  Optional<Integer> meanDays) {
    }

    /** The programme's places during the period, and how many follow-up places were in use. */
    public record Capacity(int budgeted, int followUp, int followUpUsed) {
    }

    /**
     * Whether an enrolment that ended on the day, with follow-up wanted, was in follow-up on some
     * day of the period: from the day after the exit, for {@link se.samspar.enrolment.EnrolmentStatus#FOLLOW_UP_MONTHS}.
     */
    public static boolean inFollowUpDuring(LocalDate endDate, boolean followUpWanted, Period p) {
        return followUpWanted && endDate.isBefore(p.to())
                && !endDate.plusMonths(se.samspar.enrolment.EnrolmentStatus.FOLLOW_UP_MONTHS).isBefore(p.from());
    }

    public static Places places(Collection<EnrolmentFacts> all, Period p) {
        List<EnrolmentFacts> facts = all.stream().filter(EnrolmentFacts::counts).toList();
        List<EnrolmentFacts> during = facts.stream().filter(f -> f.activeDuring(p)).toList();
        return new Places(during.size(), (int) during.stream().map(EnrolmentFacts::personId).distinct().count(),
                (int) facts.stream().filter(f -> f.startedIn(p)).count(),
                (int) facts.stream().filter(f -> f.exitedIn(p)).count(),
                (int) facts.stream().filter(f -> f.activeAtEndOf(p)).count(),
                (int) facts.stream().filter(f -> f.startedIn(p) && f.overBudget()).count());
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

    public static TargetGroup targetGroup(Collection<EnrolmentFacts> all, Period p, AgeBands bands) {
        List<EnrolmentFacts> exited = exited(all, p);
        IntSummaryStatistics ages = exited.stream().mapToInt(f -> f.ageOn(f.endDate())).summaryStatistics();
        Integer[] perBand = new Integer[bands.lowerLimits().size()];
        java.util.Arrays.fill(perBand, 0);
        exited.forEach(f -> perBand[bands.indexOf(f.ageOn(f.endDate()))]++);
        Map<String, Integer> education = new TreeMap<>();
        exited.forEach(f -> education.merge(f.education() == null ? "OKAND" : f.education(), 1, Integer::sum));
        List<Integer> years = exited.stream().map(EnrolmentFacts::yearsInSupport).filter(y -> y != null).toList();
        List<Integer> under = years.stream().filter(y -> y < LONG_SUPPORT_YEARS).toList();
        Optional<BigDecimal> meanUnder = under.isEmpty() ? Optional.empty() : Optional.of(BigDecimal.valueOf(
                under.stream().mapToInt(Integer::intValue).sum()).divide(BigDecimal.valueOf(under.size()), 1,
                RoundingMode.HALF_UP));
        Map<String, Integer> support = new TreeMap<>();
        exited.forEach(f -> f.supportAtStart().forEach(s -> support.merge(s, 1, Integer::sum)));
        return new TargetGroup(exited.size(), (int) exited.stream().filter(f -> f.kon() == Kon.KVINNA).count(),
                (int) exited.stream().filter(f -> f.kon() == Kon.MAN).count(),
                exited.isEmpty() ? Optional.empty() : Optional.of(ages.getMin()),
                exited.isEmpty() ? Optional.empty() : Optional.of(ages.getMax()), List.of(perBand), education,
                years.stream().min(Integer::compare), years.stream().max(Integer::compare), meanUnder,
                (int) years.stream().filter(y -> y >= LONG_SUPPORT_YEARS).count(), exited.size() - years.size(),
                support, support.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Avslutsorsak: exit reasons of the exited, one person may give several. */
    public static Map<String, Integer> exitReasons(Collection<EnrolmentFacts> all, Period p) {
        return exited(all, p).stream().flatMap(f -> f.exitReasons().stream())
                .collect(Collectors.toMap(r -> r, r -> 1, Integer::sum, TreeMap::new));
    }

    public static TimeInProgramme timeInProgramme(Collection<EnrolmentFacts> all, Period p) {
        List<EnrolmentFacts> exited = exited(all, p).stream().filter(f -> f.startDate() != null).toList();
        if (exited.isEmpty()) {
            return new TimeInProgramme(Optional.empty(), Optional.empty(), Optional.empty());
        }
        IntSummaryStatistics months = exited.stream()
                .mapToInt(f -> (int) ChronoUnit.MONTHS.between(f.startDate(), f.endDate())).summaryStatistics();
        double days = exited.stream().mapToLong(f -> ChronoUnit.DAYS.between(f.startDate(), f.endDate())).average()
                .orElse(0);
        return new TimeInProgramme(Optional.of(months.getMin()), Optional.of(months.getMax()),
                Optional.of((int) Math.round(days)));
    }

    /** "27 %" as a number: whole per cent, halves up; empty when there is nothing to divide by. */
    public static Optional<Integer> percent(int part, int whole) {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .intValue());
    }

    private static List<EnrolmentFacts> exited(Collection<EnrolmentFacts> all, Period p) {
        return all.stream().filter(EnrolmentFacts::counts).filter(f -> f.exitedIn(p)).toList();
    }

    private static int count(List<EnrolmentFacts> exited, String reason) {
        return (int) exited.stream().filter(f -> f.exitReasons().contains(reason)).count();
    }
}
