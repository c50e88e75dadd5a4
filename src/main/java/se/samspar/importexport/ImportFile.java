package se.samspar.importexport;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
    /**
     * Consecutive blank rows that end the reading of a sheet with a refusal: a file of nothing but
     * blank lines (a zip bomb of them unpacks to hundreds of MB) stops here, within a second.
     */
    static final int MAX_BLANK_RUN = 10_000;
    /** The longest line of a CSV file, in characters. */
    static final int MAX_LINE = 1024 * 1024;
    /** Files read at once; each may take a few hundred MB while it is read. */
    static final int MAX_AT_ONCE = 2;
    private static final Semaphore AT_ONCE = new Semaphore(MAX_AT_ONCE, true);
    private static final java.time.Duration WAIT_FOR_TURN = java.time.Duration.ofSeconds(2);
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

    /**
     * Reads at most {@link #MAX_BYTES} of the stream; a longer one is refused without reading it all.
     * At most {@link #MAX_AT_ONCE} files are read at once (each may unpack to {@link #MAX_UNPACKED});
     * one more is refused with a message to try again shortly.
     */
    public static Content read(String fileName, InputStream in) {
        boolean admitted;
        try {
            admitted = AT_ONCE.tryAcquire(WAIT_FOR_TURN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            return refused("import.error.busy");
        }
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return refused("import.error.too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
            }
            return read(fileName, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            AT_ONCE.release();
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
        for (byte b : bytes) {
            if (b == 0) {
                return refused("import.error.file-type");
            }
        }
        String base = fileName == null ? "" : fileName.replaceFirst(".*[/\\\\]", "");
        try {
            return csvFile(base, () -> new ByteArrayInputStream(bytes), null, true);
        } catch (TooLarge cannotHappen) {
            return refused("import.error.too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
    }

    private static Content refused(String key, String... args) {
        return new Content(List.of(), List.of(Problem.ofFile(key, args)));
    }

    /** A zip unpacked past {@link #MAX_UNPACKED}: reading stops there. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("unpacks to more than the limit");
        }
    }

    /** A NUL byte: not a text file. */
    private static final class NotText extends IOException {
        NotText() {
            super("binary");
        }
    }

    /**
     * Counts what a zip's entries unpack to across all of them, refusing past the limit, and
     * refuses a NUL byte when it guards text: nothing of the content is kept.
     */
    private static final class Counted extends java.io.FilterInputStream {
        private final long[] total;
        private final boolean text;

        Counted(InputStream in, long[] total, boolean text) {
            super(in);
            this.total = total;
            this.text = text;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
                if (text && b == 0) {
                    throw new NotText();
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
                if (text) {
                    for (int i = offset; i < offset + n; i++) {
                        if (buffer[i] == 0) {
                            throw new NotText();
                        }
                    }
                }
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            total[0] += n;
            if (total[0] > MAX_UNPACKED) {
                throw new TooLarge();
            }
        }
    }

    /** Opens a stream afresh (a CSV file is read a second time when it turns out not to be UTF-8). */
    private interface Source {
        InputStream open() throws IOException;
    }

    private static Content zip(String fileName, byte[] bytes) {
        java.nio.file.Path temp = null;
        try {
            // ZipFile reads the central directory: ZipInputStream trips over entries written
            // with data descriptors, as fastexcel and Excel write them.
            temp = java.nio.file.Files.createTempFile("samspar-import", ".zip");
            java.nio.file.Files.write(temp, bytes);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                List<? extends ZipEntry> entries = java.util.Collections.list(zip.entries());
                List<String> names = entries.stream().map(ZipEntry::getName).toList();
                if (names.contains("xl/workbook.xml")) {
                    if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains("vbaproject"))) {
                        return refused("import.error.macros");
                    }
                    // What the workbook unpacks to, counted without keeping any of it.
                    long[] total = {0};
                    byte[] buffer = new byte[64 * 1024];
                    for (ZipEntry entry : entries) {
                        try (InputStream in = new Counted(zip.getInputStream(entry), total, false)) {
                            while (in.read(buffer) > 0) {
                                // counting only
                            }
                        }
                    }
                    return workbook(temp);
                }
                List<ZipEntry> csvEntries = entries.stream()
                        .filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(".csv")).collect(Collectors.toList());
                if (csvEntries.isEmpty()) {
                    return refused("import.error.file-type");
                }
                long[] total = {0};
                List<Table> tables = new ArrayList<>();
                List<Problem> problems = new ArrayList<>();
                for (ZipEntry entry : csvEntries) {
                    String name = entry.getName().replaceFirst(".*/", "");
                    Content one = csvFile(name, () -> zip.getInputStream(entry), total, false);
                    tables.addAll(one.tables());
                    problems.addAll(one.problems());
                }
                return new Content(tables, problems);
            }
        } catch (TooLarge e) {
            return refused("import.error.too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
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
    }

    /**
     * Reads a CSV file as a stream, row by row, keeping only the rows with something in them: UTF-8
     * (with or without BOM), else Windows-1252 as older Excel saves it. A NUL byte means it is no
     * text. A run of {@link #MAX_BLANK_RUN} blank rows stops the reading and refuses the sheet.
     *
     * @param unpacked the running total of a zip's unpacked bytes, or null for an uploaded CSV file
     * @param alone whether the file was uploaded by itself (its problems then name no sheet)
     */
    private static Content csvFile(String base, Source source, long @org.jspecify.annotations.Nullable [] unpacked,
                                   boolean alone) throws TooLarge {
        var sheet = Sheet.named(base);
        if (sheet.isEmpty()) {
            return new Content(List.of(), List.of(new Problem(base, 0, "", "", "import.error.csv-name",
                    List.of(String.join(", ", Arrays.stream(Sheet.values()).map(Sheet::csvName).toList())))));
        }
        long before = unpacked == null ? 0 : unpacked[0];
        long[] total = unpacked == null ? new long[] {0} : unpacked;
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            total[0] = before;
            Throwable failure;
            try (InputStream in = new Counted(source.open(), total, true)) {
                return csvRows(sheet.get(), new InputStreamReader(in, charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            } catch (UncheckedIOException e) {
                failure = e.getCause();
            } catch (IOException | IllegalStateException e) {
                failure = e;
            }
            if (failure instanceof TooLarge tooLarge) {
                throw tooLarge;
            }
            if (failure instanceof TooManyBlankLines blank) {
                return blankRefusal(sheet.get(), blank.from);
            }
            if (failure instanceof LineTooLong) {
                return new Content(List.of(), List.of(new Problem(sheet.get().title(), 0, "", "", "import.error.line-too-long",
                        List.of(String.valueOf(MAX_LINE)))));
            }
            if (failure instanceof NotText) {
                return alone ? refused("import.error.file-type")
                        : new Content(List.of(), List.of(new Problem(base, 0, "", "", "import.error.file-type", List.of())));
            }
            if (!(failure instanceof CharacterCodingException)) {
                return new Content(List.of(), List.of(new Problem(sheet.get().title(), 0, "", "", "import.error.csv-broken",
                        List.of())));
            }
            // Not UTF-8: read it again as Windows-1252 (which decodes any byte).
        }
        return refused("import.error.file-type");
    }

    /** A line longer than {@link #MAX_LINE} characters: no row of history is, a bomb's single line is. */
    private static final class LineTooLong extends IOException {
        LineTooLong() {
            super("line too long");
        }
    }

    /** Refuses a line over {@link #MAX_LINE} characters before the parser has gathered it in memory. */
    private static final class LineLimit extends java.io.FilterReader {
        private int sinceBreak;

        LineLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            see(c);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                see(buffer[i]);
            }
            return n;
        }

        private void see(int c) throws LineTooLong {
            if (c == '\n') {
                sinceBreak = 0;
            } else if (c >= 0 && ++sinceBreak > MAX_LINE) {
                throw new LineTooLong();
            }
        }
    }

    /** {@link #MAX_BLANK_RUN} blank lines in a row, from the given line on. */
    private static final class TooManyBlankLines extends IOException {
        final long from;

        TooManyBlankLines(long from) {
            super("blank lines from " + from);
            this.from = from;
        }
    }

    /**
     * Drops blank lines (nothing but delimiters, spaces, tabs) outside quoted cells before the CSV
     * parser sees them, so that hundreds of MB of them cost a scan rather than a record each, and
     * refuses {@link #MAX_BLANK_RUN} of them in a row. Remembers where it dropped lines, so that
     * rows keep the numbers they have in the file.
     */
    private static final class BlankLines extends Reader {
        private final Reader in;
        private final char delimiter;
        private final char[] buffer = new char[64 * 1024];
        private int position;
        private int length;
        /** The blank-so-far start of the current line, emitted once something else follows. */
        private final StringBuilder pending = new StringBuilder();
        private String flush = "";
        private int flushed;
        private boolean quoted;
        private boolean content;
        /** Records (line ends outside quotes) passed on, and blank lines dropped. */
        private long records;
        private long dropped;
        private int run;
        /** Each dropped run: the records passed on before it, and its length. */
        private final java.util.ArrayDeque<long[]> runs = new java.util.ArrayDeque<>();
        private long offset;

        BlankLines(Reader in, char delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        /** The line in the file of the parser's record {@code r} (1-based). */
        long lineOf(long r) {
            while (!runs.isEmpty() && runs.peekFirst()[0] < r) {
                offset += runs.pollFirst()[1];
            }
            return r + offset;
        }

        @Override
        public int read(char[] out, int off, int n) throws IOException {
            int written = 0;
            while (written < n) {
                if (flushed < flush.length()) {
                    out[off + written++] = flush.charAt(flushed++);
                    continue;
                }
                if (position == length) {
                    length = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (length <= 0) {
                        length = 0;
                        return written == 0 ? -1 : written;
                    }
                }
                char c = buffer[position++];
                if (quoted || content) {
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (c == '\n' && !quoted) {
                        content = false;
                        records++;
                    }
                    out[off + written++] = c;
                } else if (c == '\n') {
                    pending.setLength(0);
                    if (run++ == 0) {
                        runs.addLast(new long[] {records, 0});
                    }
                    runs.peekLast()[1]++;
                    dropped++;
                    if (run > MAX_BLANK_RUN) {
                        throw new TooManyBlankLines(records + dropped - run + 1);
                    }
                } else if (c == delimiter || c == ' ' || c == '\t' || c == '\r') {
                    pending.append(c);
                } else {
                    run = 0;
                    content = true;
                    quoted = c == '"';
                    flush = pending.append(c).toString();
                    flushed = 0;
                    pending.setLength(0);
                }
            }
            return written;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static Content csvRows(Sheet sheet, Reader decoded) throws IOException {
        BufferedReader reader = new BufferedReader(new LineLimit(decoded), 64 * 1024);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        char delimiter = delimiter(firstLine(reader));
        BlankLines lines = new BlankLines(reader, delimiter);
        // Blank lines are dropped (and counted) before the parser; quoted empty cells still make blank rows.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        List<Table.Row> rows = new ArrayList<>();
        BlankRun blanks = new BlankRun();
        try (CSVParser parser = CSVParser.parse(lines, format)) {
            for (CSVRecord record : parser) {
                int number = (int) lines.lineOf(record.getRecordNumber());
                boolean blank = record.stream().allMatch(c -> c == null || c.isBlank());
                if (blank) {
                    if (blanks.tooMany(number)) {
                        return blankRefusal(sheet, blanks);
                    }
                    continue;
                }
                blanks.reset();
                List<String> cells = record.stream().map(Csv::unneutralised).toList();
                if (headers == null) {
                    headers = cells;
                } else {
                    if (rows.size() >= MAX_ROWS) {
                        return refused("import.error.too-many-rows", String.valueOf(MAX_ROWS));
                    }
                    rows.add(new Table.Row(number, cells));
                }
            }
        }
        return checked(new Table(sheet, headers == null ? List.of() : headers, rows));
    }

    /** The first line, for guessing the delimiter; the reader is left where it was. */
    private static String firstLine(BufferedReader reader) throws IOException {
        int limit = 16 * 1024;
        reader.mark(limit + 1);
        StringBuilder line = new StringBuilder();
        for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r' && line.length() < limit; c = reader.read()) {
            line.append((char) c);
        }
        reader.reset();
        return line.toString();
    }

    /**
     * Consecutive blank rows. A blank row between rows of data is fine; {@link #MAX_BLANK_RUN} of
     * them in a row end the reading with a refusal of the sheet, never with rows dropped unseen.
     */
    private static final class BlankRun {
        private int length;
        private int from;

        boolean tooMany(int row) {
            if (length++ == 0) {
                from = row;
            }
            return length > MAX_BLANK_RUN;
        }

        void reset() {
            length = 0;
        }
    }

    private static Content blankRefusal(Sheet sheet, BlankRun run) {
        return blankRefusal(sheet, run.from);
    }

    private static Content blankRefusal(Sheet sheet, long from) {
        return new Content(List.of(), List.of(new Problem(sheet.title(), 0, "", "", "import.error.blank-rows",
                List.of(String.valueOf(MAX_BLANK_RUN), String.valueOf(from)))));
    }

    private static char delimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        return tabs > semicolons && tabs > commas ? '\t' : commas > semicolons ? ',' : ';';
    }

    private static Content workbook(java.nio.file.Path file) {
        List<Table> tables = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
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
                BlankRun blanks = new BlankRun();
                try (var stream = ws.openStream()) {
                    for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? null : text(cell, sheet.get(), row.getRowNum(), headers, problems));
                        }
                        if (cells.stream().allMatch(s -> s == null || s.isBlank())) {
                            if (blanks.tooMany(row.getRowNum())) {
                                return blankRefusal(sheet.get(), blanks);
                            }
                            continue;
                        }
                        blanks.reset();
                        if (headers == null) {
                            headers = cells;
                        } else {
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
            } else if (!sheet.openColumns()
                    && sheet.columns().stream().noneMatch(c -> Sheet.plain(c).equals(Sheet.plain(header.strip())))) {
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
