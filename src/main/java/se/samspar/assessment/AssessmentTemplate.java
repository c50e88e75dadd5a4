package se.samspar.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a programme's assessment template: the dimensions, each scored on its labelled
 * scale, and the ladder of overall steps (the first is step 1, the lowest). {@code version} is the
 * optimistic lock of the coordinator's edit, not the version number the assessments name.
 */
public record AssessmentTemplate(long id, long programmeId, int versionNo, List<TemplateDimension> dimensions,
                                 List<String> ladder, long version) {

    public static final int CODE_MAX = 40;
    public static final int LABEL_MAX = 100;
    public static final int DESCRIPTION_MAX = 200;
    /** The most steps a ladder may have. */
    public static final int MAX_STEPS = 20;
    /** The highest value of a scale (the lowest is 0). */
    public static final int MAX_VALUE = 10;

    public AssessmentTemplate {
        dimensions = List.copyOf(dimensions);
        ladder = List.copyOf(ladder);
    }

    /** One step of a dimension's scale: the value scored and what it means. */
    public record ScaleStep(int value, String description) {
    }

    /** A dimension with its scale, lowest value first. */
    public record TemplateDimension(String code, String label, List<ScaleStep> scale) {
        public TemplateDimension {
            scale = List.copyOf(scale);
        }

        public int min() {
            return scale.stream().mapToInt(ScaleStep::value).min().orElse(1);
        }

        public int max() {
            return scale.stream().mapToInt(ScaleStep::value).max().orElse(5);
        }

        public boolean allows(int value) {
            return scale.stream().anyMatch(s -> s.value() == value);
        }

        public Optional<String> describe(int value) {
            return scale.stream().filter(s -> s.value() == value).map(ScaleStep::description).findFirst();
        }

        public Dimension dimension() {
            return new Dimension(code, label);
        }
    }

    public Optional<TemplateDimension> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public boolean allowsStep(int step) {
        return step >= 1 && step <= ladder.size();
    }

    /** The step's text, or "Steg n" for a step outside the ladder (an older template's). */
    public String stepLabel(int step) {
        return allowsStep(step) ? ladder.get(step - 1) : "Steg " + step;
    }

    /** The default 1–5 scale's descriptions. */
    public static List<ScaleStep> defaultScale() {
        return List.of(new ScaleStep(1, "Stora svårigheter"), new ScaleStep(2, "Tydliga svårigheter"),
                new ScaleStep(3, "Vissa svårigheter"), new ScaleStep(4, "Små svårigheter"),
                new ScaleStep(5, "Inga svårigheter"));
    }

    /** The six default dimensions, as the migration seeds them. */
    public static List<TemplateDimension> defaultDimensions() {
        List<TemplateDimension> d = new ArrayList<>();
        d.add(new TemplateDimension("HALSA", "Hälsa", defaultScale()));
        d.add(new TemplateDimension("VARDAGSSTRUKTUR", "Vardagsstruktur", defaultScale()));
        d.add(new TemplateDimension("SOCIALA_RELATIONER", "Sociala relationer", defaultScale()));
        d.add(new TemplateDimension("MOTIVATION", "Motivation", defaultScale()));
        d.add(new TemplateDimension("ARBETSFORMAGA", "Arbetsförmåga/arbetsträning", defaultScale()));
        d.add(new TemplateDimension("NARVARO", "Närvaro och stabilitet", defaultScale()));
        return List.copyOf(d);
    }

    /** The default seven-step ladder, lowest first. */
    public static List<String> defaultLadder() {
        return List.of("Ej aktuell för arbetslivsinriktade insatser", "Motiverande och stabiliserande insatser",
                "Social och hälsomässig rehabilitering", "Arbetsförberedande insatser", "Arbetsträning eller praktik",
                "Redo för arbete eller studier, söker aktivt", "I arbete eller studier");
    }
}
