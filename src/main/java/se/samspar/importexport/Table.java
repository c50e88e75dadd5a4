package se.samspar.importexport;

import java.util.List;

/** One sheet of a file as read: its header and its non-empty rows, numbered as the spreadsheet shows them. */
public record Table(Sheet sheet, List<String> headers, List<Row> rows) {

    public record Row(int number, List<String> cells) {
        /** The trimmed text of a cell, or null when empty or absent. */
        public String get(int index) {
            if (index < 0 || index >= cells.size() || cells.get(index) == null) {
                return null;
            }
            return se.samspar.base.TextInput.stripped(cells.get(index));
        }
    }

    /** The index of a column, or -1 when the sheet does not have it. */
    public int column(String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i) != null && Sheet.plain(headers.get(i).strip()).equals(Sheet.plain(name))) {
                return i;
            }
        }
        return -1;
    }
}
