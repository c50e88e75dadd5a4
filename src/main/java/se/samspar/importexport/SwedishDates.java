package se.samspar.importexport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Swedish spreadsheets hold them. Accepted: 2019-03-04, 20190304, 2019/03/04, 2019.03.04,
 * "4 mars 2019" (or "4 mar 2019") and "4/3 2019"; a date cell of a workbook arrives as ISO text.
 * Refused as ambiguous: 04/03/2019 (day or month first?), 190304 and 19-03-04 (which century?).
 */
public final class SwedishDates {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SWEDISH_SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2}) (\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\.? ([a-zåäö]+)\\.? (\\d{4})");
    private static final Pattern AMBIGUOUS = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{6}|\\d{2}-\\d{2}-\\d{2}");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("mars", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augusti", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10),
            Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));

    /** The outcome: a date, or the translation key of why the text is not one. */
    public record Parsed(Optional<LocalDate> date, Optional<String> problemKey) {
        static Parsed ok(LocalDate date) {
            return new Parsed(Optional.of(date), Optional.empty());
        }

        static Parsed problem(String key) {
            return new Parsed(Optional.empty(), Optional.of(key));
        }
    }

    private SwedishDates() {
    }

    public static Parsed parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        // A workbook's date-time cell, or an ISO timestamp at midnight.
        s = s.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[t ]00:00(:00(\\.0+)?)?$", "$1");
        Matcher m;
        if ((m = YEAR_FIRST.matcher(s)).matches() || (m = COMPACT.matcher(s)).matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if ((m = SWEDISH_SLASH.matcher(s)).matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        if ((m = WORDS.matcher(s)).matches()) {
            Integer month = MONTHS.get(m.group(2));
            return month == null ? Parsed.problem("import.error.date-format") : of(m.group(3), month.toString(), m.group(1));
        }
        return Parsed.problem(AMBIGUOUS.matcher(s).matches() ? "import.error.date-ambiguous" : "import.error.date-format");
    }

    private static Parsed of(String year, String month, String day) {
        try {
            return Parsed.ok(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Parsed.problem("import.error.date-invalid");
        }
    }
}
