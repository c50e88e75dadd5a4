package se.samspar.importexport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cells of one row, read into values; every value that is not one becomes a {@link Problem}
 * naming the row, the column and what was found.
 */
final class Cells {

    private final Table table;
    private final Map<String, Integer> columns;
    private final Table.Row row;
    final List<Problem> problems;

    /** @param columns the index of each of the sheet's columns in the table ({@link #columnsOf}) */
    Cells(Table table, Map<String, Integer> columns, Table.Row row, List<Problem> problems) {
        this.table = table;
        this.columns = columns;
        this.row = row;
        this.problems = problems;
    }

    /** Where the sheet's columns are in the table, looked up once per table rather than per cell. */
    static Map<String, Integer> columnsOf(Table table) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (String column : table.sheet().columns()) {
            index.put(column, table.column(column));
        }
        return index;
    }

    private int index(String column) {
        Integer i = columns.get(column);
        return i != null ? i : table.column(column);
    }

    int number() {
        return row.number();
    }

    /** The table's column names, as the file has them. */
    List<String> headers() {
        return table.headers();
    }

    boolean has(String column) {
        return index(column) >= 0;
    }

    String text(String column) {
        return row.get(index(column));
    }

    String text(String column, int max) {
        String s = text(column);
        if (s != null && !se.samspar.base.TextInput.clean(s)) {
            problem(column, s, se.samspar.base.TextInput.INVISIBLE);
            return null;
        }
        if (s != null && se.samspar.base.TextInput.length(s) > max) {
            problem(column, s, "import.error.too-long", String.valueOf(max));
            return null;
        }
        return s;
    }

    String required(String column) {
        String s = text(column);
        if (s == null) {
            problem(column, "", "import.error.required");
        }
        return s;
    }

    LocalDate date(String column, boolean required) {
        String s = required ? required(column) : text(column);
        if (s == null) {
            return null;
        }
        SwedishDates.Parsed parsed = SwedishDates.parse(s);
        parsed.problemKey().ifPresent(key -> problem(column, s, key));
        return parsed.date().orElse(null);
    }

    LocalTime time(String column) {
        String s = text(column);
        if (s == null) {
            return null;
        }
        try {
            String t = s.replace('.', ':');
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t.length() > 5 ? t.substring(0, 5) : t);
        } catch (DateTimeParseException e) {
            problem(column, s, "import.error.time-format");
            return null;
        }
    }

    Integer number(String column, int min, int max, boolean required) {
        String s = required ? required(column) : text(column);
        if (s == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(s.replace(" ", "").replaceFirst("[.,]0+$", ""));
            if (n < min || n > max) {
                problem(column, s, "import.error.number-range", String.valueOf(min), String.valueOf(max));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(column, s, "import.error.number-format");
            return null;
        }
    }

    /** One of a fixed set of values, by its name in the file (case and accents ignored). */
    <T> T choice(String column, Map<String, T> choices, boolean required) {
        String s = required ? required(column) : text(column);
        if (s == null) {
            return null;
        }
        T value = choices.get(Sheet.plain(s));
        if (value == null) {
            problem(column, s, "import.error.unknown-value", allowed(choices));
        }
        return value;
    }

    private static String allowed(Map<String, ?> choices) {
        return choices.keySet().stream().filter(k -> k.length() > 1).sorted().collect(Collectors.joining(", "));
    }

    Boolean yesNo(String column) {
        return choice(column, Formats.YES_NO, false);
    }

    /** A code of a code list, by its code or its label. */
    String code(String column, Codes.CodeList list, boolean required) {
        String s = required ? required(column) : text(column);
        if (s == null) {
            return null;
        }
        String code = list.code(s);
        if (code == null) {
            problem(column, s, "import.error.unknown-code", list.labels());
        }
        return code;
    }

    /** Several codes, separated by semicolons. */
    Set<String> codes(String column, Codes.CodeList list) {
        String s = text(column);
        Set<String> codes = new LinkedHashSet<>();
        if (s == null) {
            return codes;
        }
        for (String part : Arrays.stream(s.split("[;\\n]")).map(String::strip).filter(p -> !p.isEmpty()).toList()) {
            String code = list.code(part);
            if (code == null) {
                problem(column, part, "import.error.unknown-code", list.labels());
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    void problem(String column, String value, String key, String... args) {
        problems.add(new Problem(table.sheet().title(), row.number(), column, value, key, List.of(args)));
    }
}
