package se.samspar.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samspar.base.InvalidInputException;
import se.samspar.base.TextInput;

/**
 * What a template must be: at least one dimension, each with a unique code, a label no other
 * dimension has and a scale of at least two distinct values from 0 to 10, every step described; a
 * ladder of 2–20 steps, every step with a text. Each problem names the field it is about
 * ({@code dimension.i.label}, {@code dimension.i.step.j}, {@code ladder.k}, ...), so the editor
 * can show every one next to its field.
 */
final class TemplateRules {

    private TemplateRules() {
    }

    static List<InvalidInputException.Problem> problems(List<AssessmentTemplate.TemplateDimension> dimensions,
                                                       List<String> ladder) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (dimensions.isEmpty()) {
            problems.add(new InvalidInputException.Problem("dimensions", "assessment.error.no-dimensions"));
        }
        Set<String> codes = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < dimensions.size(); i++) {
            AssessmentTemplate.TemplateDimension d = dimensions.get(i);
            String field = "dimension." + i;
            if (d.code() == null || !d.code().matches("[A-Z0-9_]{1," + AssessmentTemplate.CODE_MAX + "}")
                    || !codes.add(d.code())) {
                problems.add(new InvalidInputException.Problem(field + ".code", "assessment.error.dimension-code"));
            }
            if (d.label() == null || d.label().isBlank() || TextInput.problem(d.label(), AssessmentTemplate.LABEL_MAX)
                    .isPresent()) {
                problems.add(new InvalidInputException.Problem(field + ".label", "assessment.error.dimension-label"));
            } else if (!labels.add(d.label().strip().toLowerCase(java.util.Locale.ROOT))) {
                // The import sheet names a dimension's column by its label.
                problems.add(new InvalidInputException.Problem(field + ".label", "assessment.error.dimension-label-twice"));
            }
            Set<Integer> values = new HashSet<>();
            boolean scaleOk = d.scale().size() >= 2;
            for (AssessmentTemplate.ScaleStep s : d.scale()) {
                scaleOk &= s.value() >= 0 && s.value() <= AssessmentTemplate.MAX_VALUE && values.add(s.value());
            }
            if (!scaleOk) {
                problems.add(new InvalidInputException.Problem(field + ".scale", "assessment.error.scale"));
            }
            for (int j = 0; j < d.scale().size(); j++) {
                String description = d.scale().get(j).description();
                if (description == null || description.isBlank()
                        || TextInput.problem(description, AssessmentTemplate.DESCRIPTION_MAX).isPresent()) {
                    problems.add(new InvalidInputException.Problem(field + ".step." + j,
                            "assessment.error.scale-description"));
                }
            }
        }
        if (ladder.size() < 2 || ladder.size() > AssessmentTemplate.MAX_STEPS) {
            problems.add(new InvalidInputException.Problem("ladder", "assessment.error.ladder"));
        }
        for (int k = 0; k < ladder.size(); k++) {
            String l = ladder.get(k);
            if (l == null || l.isBlank() || TextInput.problem(l, AssessmentTemplate.DESCRIPTION_MAX).isPresent()) {
                problems.add(new InvalidInputException.Problem("ladder." + k, "assessment.error.ladder-step"));
            }
        }
        return problems;
    }

    static void refuseUnlessValid(List<AssessmentTemplate.TemplateDimension> dimensions, List<String> ladder) {
        List<InvalidInputException.Problem> problems = problems(dimensions, ladder);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
