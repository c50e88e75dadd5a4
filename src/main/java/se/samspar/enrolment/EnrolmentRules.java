package se.samspar.enrolment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What makes an enrolment's dates, decision and exit valid: plain Java, shared by forms and
 * services. Each check returns the translation key of what is wrong, or nothing.
 */
public final class EnrolmentRules {

    public static final int REASON_MAX = 1000;

    private EnrolmentRules() {
    }

    public static Optional<String> checkReferralDate(@Nullable LocalDate referral, LocalDate today) {
        if (referral == null) {
            return Optional.of("error.required");
        }
        if (referral.isAfter(today)) {
            return Optional.of("enrolment.error.referral-in-future");
        }
        return Optional.empty();
    }

    public static Optional<String> checkStartDate(@Nullable LocalDate referral, @Nullable LocalDate start) {
        if (referral != null && start != null && start.isBefore(referral)) {
            return Optional.of("enrolment.error.start-before-referral");
        }
        return Optional.empty();
    }

    /** "Ej aktuell" needs a reason; the other decisions none. */
    public static Optional<String> checkDecisionReason(@Nullable Decision decision, @Nullable String reason) {
        if (decision == Decision.EJ_AKTUELL && (reason == null || reason.isBlank())) {
            return Optional.of("enrolment.error.decline-reason-required");
        }
        return se.samspar.base.TextInput.problem(reason, REASON_MAX);
    }

    /** A start needs the decision "antagen" (a place on the waiting list starts when accepted). */
    public static Optional<String> checkStartNeedsAcceptance(@Nullable Decision decision, @Nullable LocalDate start) {
        if (start != null && decision != Decision.ANTAGEN) {
            return Optional.of("enrolment.error.start-needs-acceptance");
        }
        return Optional.empty();
    }

    public static Optional<String> checkEndDate(@Nullable LocalDate start, @Nullable LocalDate end, LocalDate today) {
        if (end == null) {
            return Optional.of("error.required");
        }
        if (start == null) {
            return Optional.of("enrolment.error.exit-before-start");
        }
        if (end.isBefore(start)) {
            return Optional.of("enrolment.error.exit-before-start");
        }
        if (end.isAfter(today)) {
            return Optional.of("enrolment.error.exit-in-future");
        }
        return Optional.empty();
    }

    public static Optional<String> checkExitReasons(Set<String> reasons) {
        if (reasons == null || reasons.isEmpty()) {
            return Optional.of("enrolment.error.exit-reasons-required");
        }
        return Optional.empty();
    }

    public static Optional<String> checkOtherComment(Set<String> reasons, @Nullable String comment) {
        if (reasons != null && reasons.contains(ExitReasons.OVRIGT) && (comment == null || comment.isBlank())) {
            return Optional.of("enrolment.error.other-needs-comment");
        }
        return se.samspar.base.TextInput.problem(comment, Exit.COMMENT_MAX);
    }

    /** The first broken rule of an exit, as (field, key); enough to refuse it. */
    public static Optional<Violation> validate(@Nullable LocalDate start, Exit exit, LocalDate today) {
        return violations(start, exit, today).stream().findFirst();
    }

    /** Every broken rule of an exit, as (field, key), so that the form marks them all at once. */
    public static java.util.List<Violation> violations(@Nullable LocalDate start, Exit exit, LocalDate today) {
        return java.util.stream.Stream.of(
                checkEndDate(start, exit.endDate(), today).map(k -> new Violation("endDate", k)),
                checkExitReasons(exit.reasons()).map(k -> new Violation("reasons", k)),
                checkOtherComment(exit.reasons(), exit.otherComment()).map(k -> new Violation("otherComment", k)))
                .flatMap(Optional::stream).toList();
    }

    /**
     * A person has at most one open enrolment in a programme: another referral waits until the
     * first is exited or declined.
     *
     * @param statusesInProgramme today's statuses of the person's other enrolments in the programme
     */
    public static Optional<String> checkNoOtherOpenEnrolment(Collection<EnrolmentStatus> statusesInProgramme) {
        return statusesInProgramme.stream().anyMatch(EnrolmentStatus::isOpen)
                ? Optional.of("enrolment.error.already-open") : Optional.empty();
    }

    /**
     * The participant's age at start against the programme's limits. Outside them is a warning,
     * which the coordinator may override by giving a reason.
     */
    public static Optional<String> checkAgeAtStart(int ageAtStart, @Nullable Integer minAge, @Nullable Integer maxAge,
                                                   @Nullable String overrideReason) {
        boolean outside = (minAge != null && ageAtStart < minAge) || (maxAge != null && ageAtStart > maxAge);
        if (outside && (overrideReason == null || overrideReason.isBlank())) {
            return Optional.of("enrolment.warning.age-outside-limits");
        }
        return Optional.empty();
    }

    /**
     * Starting someone beyond the budgeted places is allowed, but only with a reason, which the
     * report shows (the förrehab report's "tog vi in 13 ... trots att det bara var budgeterat för 12").
     *
     * @param activeWithThisOne active participants on the start day, counting this one
     */
    public static Optional<String> checkPlaceAvailable(int activeWithThisOne, int budgetedPlaces,
                                                       @Nullable String overBudgetReason) {
        if (activeWithThisOne > budgetedPlaces && (overBudgetReason == null || overBudgetReason.isBlank())) {
            return Optional.of("enrolment.warning.over-budget");
        }
        return Optional.empty();
    }

    /** The two contact persons must be staff of the programme, and two different people. */
    public static Optional<String> checkContactPersons(@Nullable Long first, @Nullable Long second,
                                                       Set<Long> programmeStaff) {
        if ((first != null && !programmeStaff.contains(first)) || (second != null && !programmeStaff.contains(second))) {
            return Optional.of("enrolment.error.contact-not-in-programme");
        }
        if (first != null && first.equals(second)) {
            return Optional.of("enrolment.error.contacts-same");
        }
        return Optional.empty();
    }

    /**
     * A follow-up contact belongs to an exited enrolment that wanted follow-up, on or after the
     * exit and within the follow-up year, and not in the future.
     */
    public static Optional<String> checkFollowUpContact(@Nullable LocalDate endDate, boolean followUpWanted,
                                                        @Nullable LocalDate contactDate, LocalDate today) {
        if (endDate == null || !followUpWanted) {
            return Optional.of("follow-up.error.no-follow-up");
        }
        if (contactDate == null) {
            return Optional.of("error.required");
        }
        if (contactDate.isBefore(endDate)) {
            return Optional.of("follow-up.error.before-exit");
        }
        if (contactDate.isAfter(endDate.plusMonths(EnrolmentStatus.FOLLOW_UP_MONTHS))) {
            return Optional.of("follow-up.error.after-year");
        }
        if (contactDate.isAfter(today)) {
            return Optional.of("follow-up.error.in-future");
        }
        return Optional.empty();
    }

    /** A broken rule: the field and the translation key of its message. */
    public record Violation(String field, String messageKey) {
    }
}
