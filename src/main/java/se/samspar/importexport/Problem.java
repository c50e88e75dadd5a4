package se.samspar.importexport;

import java.util.List;

/**
 * Why a file, a sheet or a row is refused: where (sheet, row, column, the value found) and the
 * translation key of the Swedish message with its arguments. Row 0 means the file or sheet as a whole.
 */
public record Problem(String sheet, int row, String column, String value, String key, List<String> args) {

    public Problem {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        value = value == null ? "" : value.length() > 100 ? value.substring(0, 100) + "…" : value;
        args = List.copyOf(args);
    }

    static Problem ofFile(String key, String... args) {
        return new Problem("", 0, "", "", key, List.of(args));
    }
}
