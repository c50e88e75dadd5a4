package se.samspar.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;

/**
 * Stegförflyttning of a programme in a period, as pure functions of the enrolments' assessments:
 * of the enrolments that exited in the period, those assessed both at start and at exit (the
 * first start assessment against the last exit assessment), how many moved at least one step up
 * the ladder, the mean change in steps and per dimension, split by kön, by support at start and
 * by time in the programme; and the same for those who did not exit to work or studies.
 * Anonymous enrolments count (scores identify no one) but are not in the split by kön; an
 * enrolment registered by mistake never counts. The previous period is the same function on the
 * previous period's days.
 */
public final class StepFigures {

    /** The upper limits in months of the time bands: up to 6 months, 6–12, more than 12 (by exact duration). */
    public static final List<Integer> MONTH_LIMITS = List.of(6, 12);
    /** The time bands' labels, in the reports' words. */
    public static final List<String> TIME_LABELS = List.of("upp till 6 mån", "6–12 mån", "mer än 12 mån");
    /** The support row of those with no kind of support at start registered. */
    public static final String NO_SUPPORT = "OKAND";

    private StepFigures() {
    }

    /**
     * One group of assessed enrolments.
     *
     * @param assessed           assessed both at start and at exit
     * @param movedUp            of them, at least one ladder step higher at exit than at start
     * @param meanSteps          mean change in ladder steps (exit − start), one decimal; empty for no one
     * @param meanByDimension    per dimension code, the mean change in score over those with both scores
     * @param assessedByDimension per dimension code, how many had a score both at start and at exit
     */
    public record Group(int assessed, int movedUp, Optional<BigDecimal> meanSteps,
                        Map<String, Optional<BigDecimal>> meanByDimension, Map<String, Integer> assessedByDimension) {

        /** Share who moved up, whole per cent rounded half up; empty for no one. */
        public Optional<Integer> percentUp() {
            return assessed == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(100L * movedUp)
                    .divide(BigDecimal.valueOf(assessed), 0, RoundingMode.HALF_UP).intValue());
        }
    }

    /**
     * A population's figures and their splits.
     *
     * @param total               everyone of the population
     * @param women               named women (anonymous left out)
     * @param men                 named men
     * @param anonymous           the anonymous, counted in the total but in no kön
     * @param bySupport           per kind of support at start ({@link #NO_SUPPORT} for none); one person under each of theirs
     * @param supportCombinations per set of kinds a person had: each person in one, for the board's disclosure control
     * @param byTime              per time band of {@link #TIME_LABELS}
     * @param timeUnknown         those without a start day
     */
    public record Breakdown(Group total, Group women, Group men, Group anonymous, Map<String, Group> bySupport,
                            Map<Set<String>, Group> supportCombinations, List<Group> byTime, Group timeUnknown) {
    }

    /**
     * The figures of a period.
     *
     * @param exited              enrolments that exited in the period (anonymous ones included)
     * @param exitedNamed         of them, registered with personal data
     * @param exitedWomen         of the named, women
     * @param exitedMen           of the named, men
     * @param all                 the assessed
     * @param notToWorkOrStudies  the assessed who did not exit to work or studies
     * @param dimensions          the dimension codes, in the template's order
     */
    public record Figures(LocalDate from, LocalDate to, int exited, int exitedNamed, int exitedWomen, int exitedMen,
                          Breakdown all, Breakdown notToWorkOrStudies, List<String> dimensions) {

        /** No one assessed both at start and at exit. */
        public boolean noneAssessed() {
            return all.total().assessed() == 0;
        }
    }

    /** One assessed enrolment's change: ladder steps and score per dimension, exit minus start. */
    private record Change(AssessmentFacts facts, int steps, Map<String, Integer> scores) {
        boolean toWorkOrStudies() {
            return facts.exitReasons().contains(ExitReasons.ARBETE) || facts.exitReasons().contains(ExitReasons.STUDIER);
        }
    }

    /** The figures of the period [from, to] from the facts, which may cover more. */
    public static Figures of(Collection<AssessmentFacts> facts, LocalDate from, LocalDate to, List<String> dimensions) {
        List<AssessmentFacts> exited = facts.stream()
                .filter(f -> !f.exitReasons().contains(ExitReasons.FELREGISTRERING))
                .filter(f -> f.endDate() != null && !f.endDate().isBefore(from) && !f.endDate().isAfter(to)).toList();
        List<Change> changes = new ArrayList<>();
        for (AssessmentFacts f : exited) {
            change(f, dimensions).ifPresent(changes::add);
        }
        List<AssessmentFacts> named = exited.stream().filter(f -> !f.anonymous()).toList();
        return new Figures(from, to, exited.size(), named.size(),
                (int) named.stream().filter(f -> f.kon() == Kon.KVINNA).count(),
                (int) named.stream().filter(f -> f.kon() == Kon.MAN).count(), breakdown(changes, dimensions),
                breakdown(changes.stream().filter(c -> !c.toWorkOrStudies()).toList(), dimensions),
                List.copyOf(dimensions));
    }

    /** The first start assessment against the last exit assessment, when the enrolment has both. */
    private static Optional<Change> change(AssessmentFacts f, List<String> dimensions) {
        Comparator<AssessmentFacts.Assessment> byDate = Comparator.comparing(AssessmentFacts.Assessment::date);
        Optional<AssessmentFacts.Assessment> start = f.assessments().stream()
                .filter(a -> a.kind() == AssessmentFacts.Kind.START).min(byDate);
        // Of exit assessments on the same day, the last one given (the latest entered) counts.
        AssessmentFacts.@Nullable Assessment exit = null;
        for (AssessmentFacts.Assessment a : f.assessments()) {
            if (a.kind() == AssessmentFacts.Kind.EXIT && (exit == null || !a.date().isBefore(exit.date()))) {
                exit = a;
            }
        }
        if (start.isEmpty() || exit == null) {
            return Optional.empty();
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String d : dimensions) {
            Integer before = start.get().scores().get(d);
            Integer after = exit.scores().get(d);
            if (before != null && after != null) {
                scores.put(d, after - before);
            }
        }
        return Optional.of(new Change(f, exit.step() - start.get().step(), scores));
    }

    private static Breakdown breakdown(List<Change> changes, List<String> dimensions) {
        Set<String> allKinds = new TreeSet<>();
        Map<Set<String>, List<Change>> combinations = new LinkedHashMap<>();
        for (Change c : changes) {
            Set<String> kinds = kinds(c);
            combinations.computeIfAbsent(kinds, k -> new ArrayList<>()).add(c);
            allKinds.addAll(kinds);
        }
        Map<String, Group> bySupport = new TreeMap<>();
        allKinds.forEach(kind -> bySupport.put(kind, group(changes, c -> kinds(c).contains(kind), dimensions)));
        Map<Set<String>, Group> combined = new LinkedHashMap<>();
        combinations.forEach((kinds, members) -> combined.put(kinds, group(members, c -> true, dimensions)));
        List<Group> byTime = new ArrayList<>();
        for (int band = 0; band <= MONTH_LIMITS.size(); band++) {
            int b = band;
            byTime.add(group(changes, c -> timeBand(c.facts()) == b, dimensions));
        }
        return new Breakdown(group(changes, c -> true, dimensions),
                group(changes, c -> !c.facts().anonymous() && c.facts().kon() == Kon.KVINNA, dimensions),
                group(changes, c -> !c.facts().anonymous() && c.facts().kon() == Kon.MAN, dimensions),
                group(changes, c -> c.facts().anonymous(), dimensions), bySupport, combined, byTime,
                group(changes, c -> timeBand(c.facts()) < 0, dimensions));
    }

    private static Set<String> kinds(Change c) {
        return c.facts().supportAtStart().isEmpty() ? Set.of(NO_SUPPORT) : Set.copyOf(c.facts().supportAtStart());
    }

    /** The band of the enrolment's time in the programme by exact duration, −1 without a start day. */
    static int timeBand(AssessmentFacts f) {
        if (f.startDate() == null || f.endDate() == null) {
            return -1;
        }
        for (int i = 0; i < MONTH_LIMITS.size(); i++) {
            if (!f.endDate().isAfter(f.startDate().plusMonths(MONTH_LIMITS.get(i)))) {
                return i;
            }
        }
        return MONTH_LIMITS.size();
    }

    private static Group group(List<Change> changes, Predicate<Change> member, List<String> dimensions) {
        List<Change> in = changes.stream().filter(member).toList();
        Map<String, Optional<BigDecimal>> means = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String d : dimensions) {
            List<Integer> values = in.stream().map(c -> c.scores().get(d)).filter(v -> v != null).toList();
            means.put(d, mean(values));
            counts.put(d, values.size());
        }
        return new Group(in.size(), (int) in.stream().filter(c -> c.steps() >= 1).count(),
                mean(in.stream().map(Change::steps).toList()), means, counts);
    }

    /** The mean with one decimal, rounded half up (away from zero for negative halves). */
    static Optional<BigDecimal> mean(List<Integer> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP));
    }
}
