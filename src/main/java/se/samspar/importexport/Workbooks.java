package se.samspar.importexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.samspar.base.Csv;
import se.samspar.importexport.Sheet.Columns;

/**
 * Writes tables as an XLSX workbook (text cells: nothing is ever a formula) or as a zip of CSV
 * files, and the empty template with the code lists as drop-downs.
 */
public final class Workbooks {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows of the template that get drop-downs. */
    private static final int TEMPLATE_ROWS = 2000;

    private Workbooks() {
    }

    public static byte[] xlsx(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Samspår", "1.0");
            for (Table table : tables) {
                Worksheet ws = wb.newWorksheet(table.sheet().title());
                header(ws, table.headers());
                int r = 1;
                for (Table.Row row : table.rows()) {
                    for (int c = 0; c < row.cells().size(); c++) {
                        String value = row.cells().get(c);
                        if (value != null && !value.isEmpty()) {
                            ws.value(r, c, value);
                        }
                    }
                    r++;
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] csvZip(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Table table : tables) {
                zip.putNextEntry(new ZipEntry(table.sheet().csvName()));
                zip.write(Csv.of(table.headers(), table.rows().stream().map(Table.Row::cells).toList()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The empty workbook to fill in: every sheet with its columns, a sheet of instructions, and the
     * code lists (with the programmes' names) as drop-downs in the columns that take them.
     *
     * @param lists column name → the values its drop-down offers
     * @param readme the instruction lines
     */
    public static byte[] template(Map<String, List<String>> lists, List<String> readme) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Samspår", "1.0");
            Worksheet about = wb.newWorksheet(ImportFile.README_SHEET);
            about.width(0, 110);
            for (int i = 0; i < readme.size(); i++) {
                about.value(i, 0, readme.get(i));
            }
            about.style(0, 0).bold().set();
            List<Worksheet> sheets = new ArrayList<>();
            for (Sheet sheet : Sheet.values()) {
                Worksheet ws = wb.newWorksheet(sheet.title());
                header(ws, sheet.columns());
                sheets.add(ws);
            }
            Worksheet codes = wb.newWorksheet(ImportFile.CODE_SHEET);
            List<String> listColumns = new ArrayList<>(lists.keySet());
            for (int c = 0; c < listColumns.size(); c++) {
                codes.value(0, c, listColumns.get(c));
                codes.style(0, c).bold().set();
                List<String> values = lists.get(listColumns.get(c));
                for (int r = 0; r < values.size(); r++) {
                    codes.value(r + 1, c, values.get(r));
                }
            }
            for (int s = 0; s < Sheet.values().length; s++) {
                Sheet sheet = Sheet.values()[s];
                for (int c = 0; c < sheet.columns().size(); c++) {
                    String column = sheet.columns().get(c);
                    int listIndex = listColumns.indexOf(column);
                    if (listIndex < 0) {
                        continue;
                    }
                    int size = Math.max(1, lists.get(column).size());
                    boolean several = column.equals(Columns.SUPPORT_START) || column.equals(Columns.SUPPORT_AFTER)
                            || column.equals(Columns.REASONS);
                    sheets.get(s).range(1, c, TEMPLATE_ROWS, c)
                            .validateWithList(codes.range(1, listIndex, size, listIndex))
                            .allowBlank(true).showDropdown(true).showErrorMessage(true)
                            .errorTitle(Messages.text("import.template.list-title"))
                            // Several values go in one cell with semicolons: Excel only informs.
                            .error(Messages.text(several ? "import.template.list-several" : "import.template.list-one"))
                            .errorStyle(several ? DataValidationErrorStyle.INFORMATION : DataValidationErrorStyle.STOP);
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet ws, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().set();
            ws.width(c, Math.max(12, headers.get(c).length() + 4));
        }
        ws.freezePane(0, 1);
    }
}
