package se.samspar.indicator;

import se.samspar.base.InputProblems;
import se.samspar.base.TextInput;

/**
 * An instrument's answer scale: the steps 1 to {@code steps} and the words at its two ends. Part
 * of the instrument, so a changed scale is a new instrument version.
 */
public record Scale(int steps, String lowLabel, String highLabel) {

    public static final int MIN_STEPS = 2;
    /** The export has one count column per step up to this many. */
    public static final int MAX_STEPS = 10;
    public static final int LABEL_MAX = 60;
    /** The NNS scale as the default instruments use it. */
    public static final Scale NNS = new Scale(10, "I mycket liten utsträckning", "I mycket stor utsträckning");

    public Scale {
        InputProblems problems = new InputProblems();
        check(problems, steps, lowLabel, highLabel);
        problems.throwIfAny();
        lowLabel = TextInput.stripped(lowLabel);
        highLabel = TextInput.stripped(highLabel);
    }

    /** Notes what is wrong with a scale as entered, on the fields "steps", "lowLabel" and "highLabel". */
    static void check(InputProblems problems, int steps, String lowLabel, String highLabel) {
        if (steps < MIN_STEPS || steps > MAX_STEPS) {
            problems.add("steps", "indicator.error.steps", MIN_STEPS, MAX_STEPS);
        }
        problems.run(() -> TextInput.required("lowLabel", lowLabel, LABEL_MAX));
        problems.run(() -> TextInput.required("highLabel", highLabel, LABEL_MAX));
    }

    public boolean contains(int value) {
        return value >= 1 && value <= steps;
    }

    /** "1–10". */
    public String range() {
        return "1–" + steps;
    }
}
