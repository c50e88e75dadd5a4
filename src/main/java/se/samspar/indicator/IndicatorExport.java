package se.samspar.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.samspar.base.Csv;

/**
 * The aggregated answers for the national compilation: one row per group and question, with
 * stable column names (docs/indicators-export.md). Counts only, no answer of a single respondent.
 * CSV as Swedish Excel opens it (semicolons, UTF-8 with BOM, decimal comma); XLSX with numbers.
 */
public final class IndicatorExport {

    /** The columns, in order; never renamed (the national compilation reads them by name). */
    public static final List<String> HEADER;

    static {
        List<String> h = new ArrayList<>(List.of("mattillfalle", "period_fran", "period_till", "respondentgrupp",
                "instrument_version", "fraga_nr", "fraga", "skala_steg", "bas", "antal_svarande", "antal_svar",
                "medelvarde"));
        for (int i = 1; i <= Scale.MAX_STEPS; i++) {
            h.add("antal_" + i);
        }
        HEADER = List.copyOf(h);
    }

    private IndicatorExport() {
    }

    /** The rows as values: strings, integers, a mean (BigDecimal with one decimal, or null without answers), counts. */
    static List<List<Object>> rows(IndicatorService.Results r) {
        List<List<Object>> rows = new ArrayList<>();
        Occasion o = r.occasion();
        for (IndicatorFigures.GroupResult g : r.groups()) {
            for (IndicatorFigures.QuestionResult q : g.questions()) {
                List<Object> row = new ArrayList<>(List.of(o.name(), o.from().toString(), o.to().toString(),
                        g.group().name(), g.versionNo(), q.number(), q.text(), g.scale().steps(), g.base(),
                        g.respondents(), q.answered()));
                row.add(IndicatorFigures.rounded(q.mean()));
                for (int i = 0; i < Scale.MAX_STEPS; i++) {
                    row.add(i < q.counts().size() ? q.counts().get(i) : null);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    public static byte[] csv(IndicatorService.Results r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setRecordSeparator("\r\n").get();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            writer.write('\uFEFF');
            printer.printRecord(HEADER);
            for (List<Object> row : rows(r)) {
                List<String> cells = new ArrayList<>();
                for (Object v : row) {
                    cells.add(v == null ? "" : v instanceof java.math.BigDecimal d ? d.toPlainString().replace('.', ',') : v instanceof String s && Csv.isFormulaLike(s) ? "'" + s : v.toString());
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(IndicatorService.Results r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Samspår", "1.0");
            Worksheet ws = wb.newWorksheet("Indikatorer");
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, HEADER.get(c));
                ws.style(0, c).bold().set();
            }
            List<List<Object>> rows = rows(r);
            for (int i = 0; i < rows.size(); i++) {
                List<Object> row = rows.get(i);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(i + 1, c, n);
                    } else if (v != null) {
                        ws.value(i + 1, c, (String) v);
                    }
                }
            }
            ws.width(6, 60);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
