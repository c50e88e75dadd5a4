package se.samspar.importexport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import se.samspar.base.Csv;

/**
 * Reads an uploaded file into tables, refusing what is not an import file: another file type, an
 * old .xls, a workbook with macros, a file over the size limit (or a zip that unpacks to more),
 * unknown sheet or column names, formulas (never evaluated: the value must be typed in), error cells.
 */
public final class ImportFile {

    /** The largest file accepted; 50 000 rows of history are a few MB. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;
    /** The most a zip (an XLSX is one) may unpack to. */
    static final long MAX_UNPACKED = 400L * 1024 * 1024;
    public static final int MAX_ROWS = 250_000;
    /** The template's sheet of code lists, read by nobody. */
    static final String CODE_SHEET = "Kodlistor";
    static final String README_SHEET = "Läs mig";

    /** The tables of a file, and what was wrong with it. */
    public record Content(List<Table> tables, List<Problem> problems) {
        public boolean refused() {
            return problems.stream().anyMatch(p -> p.row() == 0);
        }
    }

    private ImportFile() {
    }

    /** Reads at most {@link #MAX_BYTES} of the stream; a longer one is refused without reading it all. */
    public static Content read(String fileName, InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return refused("import.error.too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
            }
            return read(fileName, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Content read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            return refused("import.error.empty");
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 8));
        if (ReadableWorkbook.isOLE2Header(head)) {
            return refused("import.error.xls");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(head) || head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
            return zip(fileName, bytes);
        }
        return text(bytes).map(t -> csvFile(fileName, t)).orElseGet(() -> refused("import.error.file-type"));
    }

    private static Content refused(String key, String... args) {
        return new Content(List.of(), List.of(Problem.ofFile(key, args)));
    }

    private static Content zip(String fileName, byte[] bytes) {
        List<String> names = new ArrayList<>();
        List<byte[]> csvFiles = new ArrayList<>();
        long unpacked = 0;
        java.nio.file.Path temp = null;
        try {
            // ZipFile reads the central directory: ZipInputStream trips over entries written
            // with data descriptors, as fastexcel and Excel write them.
            temp = java.nio.file.Files.createTempFile("samspar-import", ".zip");
            java.nio.file.Files.write(temp, bytes);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                byte[] buffer = new byte[64 * 1024];
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    names.add(entry.getName());
                    boolean csv = entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv");
                    java.io.ByteArrayOutputStream out = csv ? new java.io.ByteArrayOutputStream() : null;
                    try (InputStream in = zip.getInputStream(entry)) {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            unpacked += n;
                            if (unpacked > MAX_UNPACKED) {
                                return refused("import.error.too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
                            }
                            if (out != null) {
                                out.write(buffer, 0, n);
                            }
                        }
                    }
                    if (out != null) {
                        csvFiles.add(out.toByteArray());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return refused("import.error.file-type");
        } finally {
            if (temp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(temp);
                } catch (IOException e) {
                    temp.toFile().deleteOnExit();
                }
            }
        }
        if (names.contains("xl/workbook.xml")) {
            if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains("vbaproject"))) {
                return refused("import.error.macros");
            }
            return workbook(bytes);
        }
        List<String> csvNames = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
        if (csvNames.isEmpty()) {
            return refused("import.error.file-type");
        }
        List<Table> tables = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < csvNames.size(); i++) {
            String name = csvNames.get(i).replaceFirst(".*/", "");
            byte[] content = csvFiles.get(i);
            var text = text(content);
            if (text.isEmpty()) {
                problems.add(new Problem(name, 0, "", "", "import.error.file-type", List.of()));
                continue;
            }
            Content one = csvFile(name, text.get());
            tables.addAll(one.tables());
            problems.addAll(one.problems());
        }
        return new Content(tables, problems);
    }

    /** The text of a CSV file: UTF-8 (with or without BOM), else Windows-1252 as older Excel saves it. */
    private static java.util.Optional<String> text(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return java.util.Optional.empty();
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return java.util.Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
        } catch (CharacterCodingException e) {
            return java.util.Optional.of(new String(bytes, Charset.forName("windows-1252")));
        }
    }

    private static Content csvFile(String fileName, String text) {
        String base = fileName == null ? "" : fileName.replaceFirst(".*[/\\\\]", "");
        var sheet = Sheet.named(base);
        if (sheet.isEmpty()) {
            return new Content(List.of(), List.of(new Problem(base, 0, "", "", "import.error.csv-name",
                    List.of(String.join(", ", Arrays.stream(Sheet.values()).map(Sheet::csvName).toList())))));
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = delimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> headers = null;
        List<Table.Row> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(Csv::unneutralised).toList();
                if (headers == null) {
                    headers = cells;
                } else if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    if (rows.size() >= MAX_ROWS) {
                        return refused("import.error.too-many-rows", String.valueOf(MAX_ROWS));
                    }
                    rows.add(new Table.Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new Content(List.of(), List.of(new Problem(sheet.get().title(), 0, "", "", "import.error.csv-broken",
                    List.of())));
        }
        return checked(new Table(sheet.get(), headers == null ? List.of() : headers, rows));
    }

    private static char delimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        return tabs > semicolons && tabs > commas ? '\t' : commas > semicolons ? ',' : ';';
    }

    private static Content workbook(byte[] bytes) {
        List<Table> tables = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            int total = 0;
            for (var ws : wb.getSheets().toList()) {
                String name = ws.getName();
                var sheet = Sheet.named(name);
                if (sheet.isEmpty()) {
                    if (!name.equals(CODE_SHEET) && !name.equals(README_SHEET)) {
                        problems.add(new Problem(name, 0, "", "", "import.error.sheet-unknown", List.of(String.join(", ",
                                Arrays.stream(Sheet.values()).map(Sheet::title).toList()))));
                    }
                    continue;
                }
                List<String> headers = null;
                List<Table.Row> rows = new ArrayList<>();
                try (var stream = ws.openStream()) {
                    for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? null : text(cell, sheet.get(), row.getRowNum(), headers, problems));
                        }
                        if (headers == null) {
                            headers = cells;
                        } else if (cells.stream().anyMatch(s -> s != null && !s.isBlank())) {
                            if (++total > MAX_ROWS) {
                                return refused("import.error.too-many-rows", String.valueOf(MAX_ROWS));
                            }
                            rows.add(new Table.Row(row.getRowNum(), cells));
                        }
                    }
                }
                Content one = checked(new Table(sheet.get(), headers == null ? List.of() : headers, rows));
                tables.addAll(one.tables());
                problems.addAll(one.problems());
            }
        } catch (IOException | RuntimeException e) {
            return refused("import.error.xlsx-broken");
        }
        if (tables.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.ofFile("import.error.no-sheets", String.join(", ",
                    Arrays.stream(Sheet.values()).map(Sheet::title).toList())));
        }
        return new Content(tables, problems);
    }

    /** A cell's text; formulas and error cells are refused and read as empty. */
    private static String text(Cell cell, Sheet sheet, int rowNumber, List<String> headers, List<Problem> problems) {
        String column = headers != null && cell.getColumnIndex() < headers.size() ? headers.get(cell.getColumnIndex()) : "";
        CellType type = cell.getType();
        if (type == CellType.FORMULA || cell.getFormula() != null) {
            problems.add(new Problem(sheet.title(), rowNumber, column, "=" + cell.getFormula(), "import.error.formula", List.of()));
            return null;
        }
        if (type == CellType.ERROR) {
            problems.add(new Problem(sheet.title(), rowNumber, column, cell.getRawValue(), "import.error.cell-error", List.of()));
            return null;
        }
        if (type == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && isDateFormat(format)) {
                LocalDateTime dt = cell.asDate();
                // Excel keeps a time of day as a fraction of day 0 (1899-12-31 or 1900-01-00).
                return dt.getYear() <= 1900 ? dt.toLocalTime().toString() : dt.toLocalDate().toString();
            }
            BigDecimal n = cell.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.TRUE.equals(cell.asBoolean()) ? "Ja" : "Nej";
        }
        return cell.getText();
    }

    private static boolean isDateFormat(String format) {
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return f.contains("y") || f.contains("d") || f.contains("h") || f.contains("m") && !f.contains("0");
    }

    /** The table, or its column problems: missing, unknown or repeated columns refuse the sheet (row 0). */
    private static Content checked(Table table) {
        Sheet sheet = table.sheet();
        String title = sheet.title();
        List<Problem> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String header : table.headers()) {
            if (header == null || header.isBlank()) {
                continue;
            }
            if (!seen.add(Sheet.plain(header.strip()))) {
                found.add(new Problem(title, 0, header, header, "import.error.column-twice", List.of()));
            } else if (sheet.columns().stream().noneMatch(c -> Sheet.plain(c).equals(Sheet.plain(header.strip())))) {
                found.add(new Problem(title, 0, header, header, "import.error.column-unknown", List.of(
                        String.join(", ", sheet.columns().size() > 12 ? sheet.columns().subList(0, 6) : sheet.columns()))));
            }
        }
        boolean personSheet = sheet.namesPersons();
        if (personSheet && table.column(Sheet.Columns.PNR) < 0 && table.column(Sheet.Columns.KEY) < 0) {
            found.add(new Problem(title, 0, Sheet.Columns.PNR, "", "import.error.column-missing",
                    List.of(Sheet.Columns.PNR + " / " + Sheet.Columns.KEY)));
        }
        for (String column : sheet.required()) {
            boolean eitherPerson = column.equals(Sheet.Columns.PNR) || column.equals(Sheet.Columns.KEY);
            if (!eitherPerson && table.column(column) < 0) {
                found.add(new Problem(title, 0, column, "", "import.error.column-missing", List.of(column)));
            }
        }
        return new Content(found.isEmpty() ? List.of(table) : List.of(), found);
    }
}
