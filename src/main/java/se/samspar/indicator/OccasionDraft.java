package se.samspar.indicator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.samspar.base.InputProblems;
import se.samspar.base.TextInput;

/**
 * An occasion as the coordinator enters it: name, period and, per group taking part, its base.
 * A base left empty for a chosen group is a problem on "base.GROUP".
 */
public record OccasionDraft(@Nullable String name, @Nullable LocalDate from, @Nullable LocalDate to,
                            Map<RespondentGroup, @Nullable Integer> bases) {

    public static final int NAME_MAX = 120;
    public static final int BASE_MAX = 10000;

    public OccasionDraft {
        bases = bases == null || bases.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(bases));
    }

    /** Every broken rule of the form at once: name, period, groups, each group's base. */
    InputProblems problems() {
        InputProblems problems = new InputProblems();
        problems.run(() -> TextInput.required("name", name, NAME_MAX));
        if (from == null) {
            problems.add("from", "error.required");
        }
        if (to == null) {
            problems.add("to", "error.required");
        } else if (from != null && to.isBefore(from)) {
            problems.add("to", "indicator.error.period");
        }
        if (bases.isEmpty()) {
            problems.add("groups", "indicator.error.no-groups");
        }
        bases.forEach((group, base) -> {
            if (base == null) {
                problems.add("base." + group.name(), "error.required");
            } else if (base < 1 || base > BASE_MAX) {
                problems.add("base." + group.name(), "indicator.error.base-range", BASE_MAX);
            }
        });
        return problems;
    }
}
