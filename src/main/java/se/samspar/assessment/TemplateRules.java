package se.samspar.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samspar.base.InvalidInputException;
import se.samspar.base.TextInput;

/**
 * What a template must be: at least one dimension, each with a unique code, a label and a scale
 * of at least two distinct values from 0 to 10, every step described; a ladder of 2–20 steps.
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
        for (int i = 0; i < dimensions.size(); i++) {
            AssessmentTemplate.TemplateDimension d = dimensions.get(i);
            String field = "dimension." + i;
            if (d.code() == null || !d.code().matches("[A-Z0-9_]{1," + AssessmentTemplate.CODE_MAX + "}")
                    || !codes.add(d.code())) {
                problems.add(new InvalidInputException.Problem(field, "assessment.error.dimension-code"));
            }
            if (d.label() == null || d.label().isBlank() || TextInput.problem(d.label(), AssessmentTemplate.LABEL_MAX)
                    .isPresent()) {
                problems.add(new InvalidInputException.Problem(field, "assessment.error.dimension-label"));
            }
            Set<Integer> values = new HashSet<>();
            boolean scaleOk = d.scale().size() >= 2;
            for (AssessmentTemplate.ScaleStep s : d.scale()) {
                scaleOk &= s.value() >= 0 && s.value() <= 10 && values.add(s.value()) && s.description() != null
                        && !s.description().isBlank()
                        && TextInput.problem(s.description(), AssessmentTemplate.DESCRIPTION_MAX).isEmpty();
            }
            if (!scaleOk) {
                problems.add(new InvalidInputException.Problem(field, "assessment.error.scale"));
            }
        }
        boolean ladderOk = ladder.size() >= 2 && ladder.size() <= 20 && ladder.stream().allMatch(l -> l != null
                && !l.isBlank() && TextInput.problem(l, AssessmentTemplate.DESCRIPTION_MAX).isEmpty());
        if (!ladderOk) {
            problems.add(new InvalidInputException.Problem("ladder", "assessment.error.ladder"));
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
