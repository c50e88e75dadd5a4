package se.samspar.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a programme's report groups its participants, a setting the coordinator edits: the ages
 * where a new age band starts ("30, 45, 60" reads –29, 30–44, 45–59, 60–; empty: the förbund's
 * default), and optional band tables for years in public support ("2, 4, 6, 8": up to 2, 3–4, 5–6,
 * 7–8, 9 or more) and for months in the programme ("3, 6, 9, 12, 15": up to 3, 4–6, …, longer).
 * Written as the comma-separated numbers a coordinator types; stored the same way.
 */
public final class ReportLayout {

    public static final int TEXT_MAX = 100;
    private static final int MAX_BANDS = 12;

    private ReportLayout() {
    }

    /**
     * The rising numbers of a band setting; empty for an empty text.
     *
     * @throws IllegalArgumentException for anything else than rising whole numbers from 1 to the limit
     */
    public static List<Integer> parse(@Nullable String text, int max) {
        List<Integer> limits = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return limits;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a number: " + part);
            }
            if (n < 1 || n > max || !limits.isEmpty() && n <= limits.getLast()) {
                throw new IllegalArgumentException("Bands must rise from 1 to " + max);
            }
            limits.add(n);
        }
        if (limits.size() > MAX_BANDS) {
            throw new IllegalArgumentException("At most " + MAX_BANDS + " limits");
        }
        return limits;
    }

    /** The setting written back as a coordinator would type it: "30, 45, 60". */
    public static @Nullable String normalise(@Nullable String text, int max) {
        List<Integer> limits = parse(text, max);
        return limits.isEmpty() ? null : String.join(", ", limits.stream().map(String::valueOf).toList());
    }

    /** The translation key of what is wrong with a band setting, if anything. */
    public static Optional<String> check(@Nullable String text, int max) {
        if (text != null && text.length() > TEXT_MAX) {
            return Optional.of("error.too-long");
        }
        try {
            parse(text, max);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("programme.error.bands");
        }
    }

    /** Ages: a band may start at 1 to 120. */
    public static final int AGE_MAX = ProgrammeRules.MAX_AGE_LIMIT;
    /** Years in public support: limits up to 50 years. */
    public static final int YEARS_MAX = 50;
    /** Months in the programme: limits up to 20 years. */
    public static final int MONTHS_MAX = 240;
}
