package se.samspar.base;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Swedish Excel opens it: semicolons, UTF-8 with a byte order mark, CRLF, and text that
 * would start a formula (= + - @, tab, carriage return) neutralised with a leading apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    /** The file: header and rows, every cell quoted where needed and neutralised. */
    public static byte[] of(List<String> header, List<? extends List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, header);
        for (List<String> row : rows) {
            line(sb, row);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(quoted(cells.get(i) == null ? "" : cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** A cell as Excel reads it back as text, never as a formula. */
    public static String quoted(String s) {
        String safe = isFormulaLike(s) ? "'" + s : s;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains(",")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** Whether a spreadsheet would take the text for a formula. */
    public static boolean isFormulaLike(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }

    /** Undoes {@link #quoted}'s neutralising apostrophe, for reading an exported file back. */
    public static String unneutralised(String s) {
        return s.length() > 1 && s.charAt(0) == '\'' && isFormulaLike(s.substring(1)) ? s.substring(1) : s;
    }
}
