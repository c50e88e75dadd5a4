package se.samspar.indicator;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samspar.base.InputProblems;
import se.samspar.base.TextInput;

/**
 * An instrument as the administrator enters it: group, name, scale and the questions one per line.
 * {@link #validate()} refuses it with every problem at once.
 */
public record InstrumentDraft(@Nullable RespondentGroup group, @Nullable String name, int steps,
                              @Nullable String lowLabel, @Nullable String highLabel, List<String> questions) {

    public static final int NAME_MAX = 120;
    public static final int QUESTION_MAX = 400;
    public static final int QUESTIONS_MAX = 40;

    public InstrumentDraft {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The questions without blank lines, stripped. */
    public List<String> cleanQuestions() {
        List<String> result = new ArrayList<>();
        for (String q : questions) {
            String s = TextInput.stripped(q);
            if (s != null) {
                result.add(s);
            }
        }
        return result;
    }

    /** Refuses the draft with every broken rule: group, name, steps, end labels, questions. */
    public void validate() {
        InputProblems problems = new InputProblems();
        if (group == null) {
            problems.add("group", "error.required");
        }
        problems.run(() -> TextInput.required("name", name, NAME_MAX));
        Scale.check(problems, steps, lowLabel, highLabel);
        List<String> clean = cleanQuestions();
        if (clean.isEmpty()) {
            problems.add("questions", "indicator.error.no-questions");
        } else if (clean.size() > QUESTIONS_MAX) {
            problems.add("questions", "indicator.error.too-many-questions", QUESTIONS_MAX);
        }
        for (String q : clean) {
            TextInput.problem(q, QUESTION_MAX).ifPresent(k -> problems.add("questions", "indicator.error.question-too-long",
                    QUESTION_MAX));
        }
        problems.throwIfAny();
    }
}
