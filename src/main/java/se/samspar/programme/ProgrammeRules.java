package se.samspar.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.samspar.base.InvalidInputException;

/**
 * What makes programme settings and place allocations valid. Plain Java, so that the views'
 * binders and the service apply the very same rules and tests need no Spring.
 */
public final class ProgrammeRules {

    public static final int MAX_AGE_LIMIT = 120;
    public static final int MAX_PLACES = 10_000;

    private ProgrammeRules() {
    }

    /** A broken rule: the field and the translation key of its message. */
    public record Violation(String field, String messageKey) {
        public InvalidInputException toException() {
            return new InvalidInputException(field, messageKey);
        }
    }

    public static Optional<String> checkName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("programme.error.name-required");
        }
        if (name.strip().length() > Programme.NAME_MAX) {
            return Optional.of("programme.error.name-too-long");
        }
        return Optional.empty();
    }

    public static Optional<String> checkAge(@Nullable Integer age) {
        if (age != null && (age < 0 || age > MAX_AGE_LIMIT)) {
            return Optional.of("programme.error.age-range");
        }
        return Optional.empty();
    }

    public static Optional<String> checkAgeLimits(@Nullable Integer minAge, @Nullable Integer maxAge) {
        if (minAge != null && maxAge != null && maxAge < minAge) {
            return Optional.of("programme.error.age-reversed");
        }
        return Optional.empty();
    }

    /** Retention: between 1 and 50 years after the end, or none. */
    public static Optional<String> checkRetentionYears(@Nullable Integer years) {
        if (years != null && (years < 1 || years > 50)) {
            return Optional.of("programme.error.retention-range");
        }
        return Optional.empty();
    }

    public static Optional<String> checkTargetShare(@Nullable Integer percent) {
        if (percent != null && (percent < 0 || percent > 100)) {
            return Optional.of("programme.error.target-share-range");
        }
        return Optional.empty();
    }

    /** "To" must not be before "from"; an open end is allowed. */
    public static Optional<String> checkPeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            return Optional.of("error.to-before-from");
        }
        return Optional.empty();
    }

    public static Optional<String> checkPlaces(@Nullable Integer places) {
        if (places == null) {
            return Optional.of("places.error.places-required");
        }
        if (places < 0) {
            return Optional.of("places.error.places-negative");
        }
        if (places > MAX_PLACES) {
            return Optional.of("places.error.places-too-many");
        }
        return Optional.empty();
    }

    public static Optional<String> checkLabel(PlaceKind kind, @Nullable String label) {
        if (kind == PlaceKind.OTHER && (label == null || label.isBlank())) {
            return Optional.of("places.error.label-required");
        }
        if (label != null && label.strip().length() > PlaceAllocation.LABEL_MAX) {
            return Optional.of("error.too-long");
        }
        return Optional.empty();
    }

    /** Every broken rule of a programme's settings. */
    public static List<Violation> validate(Programme p) {
        List<Violation> violations = new ArrayList<>();
        checkName(p.getName()).ifPresent(k -> violations.add(new Violation("name", k)));
        checkAge(p.getMinAge()).ifPresent(k -> violations.add(new Violation("minAge", k)));
        checkAge(p.getMaxAge()).ifPresent(k -> violations.add(new Violation("maxAge", k)));
        checkAgeLimits(p.getMinAge(), p.getMaxAge()).ifPresent(k -> violations.add(new Violation("maxAge", k)));
        checkTargetShare(p.getTargetShareWorkOrStudies())
                .ifPresent(k -> violations.add(new Violation("targetShareWorkOrStudies", k)));
        checkRetentionYears(p.getRetentionYears())
                .ifPresent(k -> violations.add(new Violation("retentionYears", k)));
        if (p.getActiveFrom() == null) {
            violations.add(new Violation("activeFrom", "error.required"));
        }
        checkPeriod(p.getActiveFrom(), p.getActiveTo()).ifPresent(k -> violations.add(new Violation("activeTo", k)));
        if (p.getShortDescription() != null && p.getShortDescription().length() > Programme.SHORT_DESCRIPTION_MAX) {
            violations.add(new Violation("shortDescription", "error.too-long"));
        }
        if (p.getTargetGroup() != null && p.getTargetGroup().length() > Programme.TEXT_MAX) {
            violations.add(new Violation("targetGroup", "error.too-long"));
        }
        if (p.getPurpose() != null && p.getPurpose().length() > Programme.TEXT_MAX) {
            violations.add(new Violation("purpose", "error.too-long"));
        }
        ReportLayout.check(p.getReportAgeBands(), ReportLayout.AGE_MAX)
                .ifPresent(k -> violations.add(new Violation("reportAgeBands", k)));
        ReportLayout.check(p.getReportYearBands(), ReportLayout.YEARS_MAX)
                .ifPresent(k -> violations.add(new Violation("reportYearBands", k)));
        ReportLayout.check(p.getReportTimeBands(), ReportLayout.MONTHS_MAX)
                .ifPresent(k -> violations.add(new Violation("reportTimeBands", k)));
        for (String m : p.getMunicipalities()) {
            if (m.isBlank() || m.length() > Programme.MUNICIPALITY_MAX) {
                violations.add(new Violation("municipalities", "programme.error.municipality"));
                break;
            }
        }
        return violations;
    }

    /** Every broken rule of a place allocation. */
    public static List<Violation> validate(PlaceAllocation a) {
        List<Violation> violations = new ArrayList<>();
        checkPlaces(a.getPlaces()).ifPresent(k -> violations.add(new Violation("places", k)));
        checkLabel(a.getKind(), a.getLabel()).ifPresent(k -> violations.add(new Violation("label", k)));
        if (a.getValidFrom() == null) {
            violations.add(new Violation("validFrom", "error.required"));
        }
        checkPeriod(a.getValidFrom(), a.getValidTo()).ifPresent(k -> violations.add(new Violation("validTo", k)));
        return violations;
    }
}
