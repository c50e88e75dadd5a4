package se.samspar.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** What the import refuses before looking at a single row, and how it reads what it accepts. */
class ImportFileTest {

    @Test
    void a_workbook_is_read_sheet_by_sheet_with_dates_numbers_and_text() throws IOException {
        byte[] file = workbook(ws -> {
            row(ws, 0, "Personnummer", "Förnamn", "Efternamn", "Födelseår");
            row(ws, 1, "19500101-9801", "Anna", "Test");
            ws.value(1, 3, 1950);
        }, "Personer");
        ImportFile.Content content = ImportFile.read("historik.xlsx", new java.io.ByteArrayInputStream(file));
        assertThat(content.problems()).isEmpty();
        Table personer = content.tables().getFirst();
        assertThat(personer.sheet()).isEqualTo(Sheet.PERSONER);
        assertThat(personer.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.get(personer.column("Födelseår"))).isEqualTo("1950");
            assertThat(row.get(personer.column("förnamn"))).isEqualTo("Anna");
        });
    }

    @Test
    void a_date_cell_arrives_as_the_date_and_a_time_cell_as_the_time() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Pinnstatistik");
        row(ws, 0, "Program", "Datum", "Kvinnor", "Män");
        row(ws, 1, "Hälsoskolan");
        ws.value(1, 1, java.time.LocalDate.of(2019, 3, 4));
        ws.style(1, 1).format("yyyy-mm-dd").set();
        ws.value(1, 2, 4);
        ws.value(1, 3, 2);
        wb.finish();
        Table table = ImportFile.read("p.xlsx", new java.io.ByteArrayInputStream(out.toByteArray())).tables().getFirst();
        assertThat(table.rows().getFirst().get(1)).isEqualTo("2019-03-04");
    }

    @Test
    void a_sheet_with_a_name_the_import_does_not_know_is_refused_with_the_names_it_knows() throws IOException {
        byte[] file = workbook(ws -> ws.value(0, 0, "Personnummer"), "Blad1");
        ImportFile.Content content = ImportFile.read("historik.xlsx", new java.io.ByteArrayInputStream(file));
        assertThat(content.refused()).isTrue();
        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Blad1");
            assertThat(p.key()).isEqualTo("import.error.sheet-unknown");
            assertThat(p.args().getFirst()).contains("Personer", "Inskrivningar", "Närvaro");
        });
    }

    @Test
    void a_sheet_missing_a_required_column_or_with_an_unknown_one_is_refused_as_a_whole() throws IOException {
        byte[] file = workbook(ws -> {
            row(ws, 0, "Program", "Datum", "Kvinnor", "Antal män");
            row(ws, 1, "Hälsoskolan");
        }, "Pinnstatistik");
        ImportFile.Content content = ImportFile.read("h.xlsx", new java.io.ByteArrayInputStream(file));
        assertThat(content.tables()).isEmpty();
        assertThat(content.problems()).extracting(Problem::key, Problem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("import.error.column-unknown", "Antal män"),
                org.assertj.core.groups.Tuple.tuple("import.error.column-missing", "Män"));
    }

    @Test
    void a_formula_is_never_evaluated_its_cell_is_refused() throws IOException {
        byte[] file = workbook(ws -> {
            row(ws, 0, "Program", "Datum", "Kvinnor", "Män");
            row(ws, 1, "Hälsoskolan", "2019-03-04");
            ws.formula(1, 2, "WEBSERVICE(\"http://example.invalid\")");
            ws.value(1, 3, 2);
        }, "Pinnstatistik");
        ImportFile.Content content = ImportFile.read("h.xlsx", new java.io.ByteArrayInputStream(file));
        assertThat(content.refused()).isFalse();
        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("Kvinnor");
            assertThat(p.key()).isEqualTo("import.error.formula");
            assertThat(p.value()).startsWith("=WEBSERVICE");
        });
        assertThat(content.tables().getFirst().rows().getFirst().get(2)).isNull();
    }

    @Test
    void a_workbook_with_macros_is_refused() throws IOException {
        byte[] file = zip("xl/workbook.xml", "<workbook/>", "xl/vbaProject.bin", "macro");
        assertThat(ImportFile.read("historik.xlsm", new java.io.ByteArrayInputStream(file)).problems())
                .extracting(Problem::key).containsExactly("import.error.macros");
    }

    @Test
    void a_file_of_another_type_is_refused() {
        byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImportFile.read("historik.xlsx", new java.io.ByteArrayInputStream(pdf)).problems())
                .extracting(Problem::key).containsExactly("import.error.file-type");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(ImportFile.read("historik.xls", new java.io.ByteArrayInputStream(xls)).problems())
                .extracting(Problem::key).containsExactly("import.error.xls");
        assertThat(ImportFile.read("tom.csv", new java.io.ByteArrayInputStream(new byte[0])).problems())
                .extracting(Problem::key).containsExactly("import.error.empty");
    }

    @Test
    void a_500_mb_file_is_refused_after_reading_no_more_than_the_limit() {
        long size = 500L * 1024 * 1024;
        long[] read = {0};
        InputStream huge = new InputStream() {
            @Override
            public int read() {
                return read[0]++ < size ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int n = (int) Math.min(len, size - read[0]);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                read[0] += n;
                return n;
            }
        };
        assertThat(ImportFile.read("stor.csv", huge).problems()).extracting(Problem::key)
                .containsExactly("import.error.too-large");
        assertThat(read[0]).isLessThanOrEqualTo(ImportFile.MAX_BYTES + 1);
    }

    @Test
    void a_zip_that_unpacks_to_more_than_the_limit_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 450; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan((int) ImportFile.MAX_BYTES);
        assertThat(ImportFile.read("bomb.xlsx", new java.io.ByteArrayInputStream(out.toByteArray())).problems())
                .extracting(Problem::key).containsExactly("import.error.too-large");
    }

    @Test
    void a_csv_of_nul_bytes_or_of_one_endless_line_is_refused_at_its_start() throws IOException {
        ByteArrayOutputStream zeros = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (ZipOutputStream nul = new ZipOutputStream(zeros); ZipOutputStream endless = new ZipOutputStream(line)) {
            nul.putNextEntry(new ZipEntry("personer.csv"));
            endless.putNextEntry(new ZipEntry("personer.csv"));
            byte[] z = new byte[1024 * 1024];
            byte[] a = new byte[1024 * 1024];
            java.util.Arrays.fill(a, (byte) 'a');
            for (int i = 0; i < 8; i++) {
                nul.write(z);
                endless.write(a);
            }
        }
        assertThat(ImportFile.read("nul.zip", new java.io.ByteArrayInputStream(zeros.toByteArray())).problems())
                .extracting(Problem::key).containsExactly("import.error.file-type");
        assertThat(ImportFile.read("rad.zip", new java.io.ByteArrayInputStream(line.toByteArray())).problems())
                .extracting(Problem::key).containsExactly("import.error.line-too-long");
    }

    @Test
    void a_zip_of_390_mib_blank_lines_is_refused_after_the_first_blank_run_without_holding_the_content()
            throws IOException {
        byte[] bomb = ImportBombs.blankLines(390);
        assertThat(bomb.length).as("the review's 0.39 MB file").isLessThan(1_000_000);
        long allocated = allocatedBytes();
        ImportFile.Content content = ImportFile.read("bomb.zip", new java.io.ByteArrayInputStream(bomb));
        long used = allocatedBytes() - allocated;

        assertThat(content.refused()).isTrue();
        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("import.error.blank-rows");
            assertThat(p.sheet()).isEqualTo("Personer");
            assertThat(p.args()).containsExactly(String.valueOf(ImportFile.MAX_BLANK_RUN), "2");
        });
        // Reading it whole allocated over 1 GB (the content, its copies, its text); stopping at the
        // blank run costs a few buffers.
        assertThat(used).as("bytes allocated while reading").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a_blank_row_between_rows_of_data_is_skipped_and_the_rows_after_it_are_read() {
        String csv = "Personnummer;Förnamn;Efternamn\r\n19500101-9801;Anna;Test\r\n;;\r\n\r\n"
                + "19500102-9800;Bo;Test\r\n" + "\r\n".repeat(ImportFile.MAX_BLANK_RUN - 1) + "19500103-9809;Cia;Test\r\n";
        ImportFile.Content content = ImportFile.read("Personer.csv", new java.io.ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(content.problems()).isEmpty();
        assertThat(content.tables().getFirst().rows()).extracting(r -> r.get(1)).containsExactly("Anna", "Bo", "Cia");
        assertThat(content.tables().getFirst().rows()).extracting(Table.Row::number)
                .as("the line numbers as the file has them").containsExactly(2, 5, 5 + ImportFile.MAX_BLANK_RUN);
    }

    @Test
    void only_a_bounded_number_of_files_are_read_at_once_the_next_is_asked_to_try_again()
            throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(ImportFile.MAX_AT_ONCE);
        List<Thread> busy = new java.util.ArrayList<>();
        for (int i = 0; i < ImportFile.MAX_AT_ONCE; i++) {
            busy.add(Thread.ofPlatform().start(() -> ImportFile.read("Personer.csv", new InputStream() {
                @Override
                public int read() throws IOException {
                    reading.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                    return -1;
                }
            })));
        }
        assertThat(reading.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("both readers started").isTrue();
        assertThat(ImportFile.read("Personer.csv", new java.io.ByteArrayInputStream("Personnummer\n".getBytes(
                StandardCharsets.UTF_8))).problems()).extracting(Problem::key).containsExactly("import.error.busy");
        release.countDown();
        for (Thread t : busy) {
            t.join(30_000);
        }
        assertThat(ImportFile.read("Personer.csv", new java.io.ByteArrayInputStream("Personnummer\n".getBytes(
                StandardCharsets.UTF_8))).problems()).as("a turn is free again").isEmpty();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    @Test
    void csv_is_read_with_semicolons_or_commas_in_utf8_or_windows_1252_and_exported_apostrophes_undone() {
        String text = "Program;Datum;Aktivitet;Kvinnor;Män\r\nHälsoskolan;2019-03-04;'=Möte;4;2\r\n";
        Table utf8 = ImportFile.read("Pinnstatistik.csv", new java.io.ByteArrayInputStream(
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).tables().getFirst();
        Table ansi = ImportFile.read("pinnstatistik.csv", new java.io.ByteArrayInputStream(
                text.replace(';', ',').getBytes(Charset.forName("windows-1252")))).tables().getFirst();
        for (Table t : List.of(utf8, ansi)) {
            assertThat(t.sheet()).isEqualTo(Sheet.PINNSTATISTIK);
            assertThat(t.column("Män")).isEqualTo(4);
            assertThat(t.rows().getFirst().cells()).containsExactly("Hälsoskolan", "2019-03-04", "=Möte", "4", "2");
        }
    }

    @Test
    void a_csv_file_must_be_named_after_its_sheet() {
        assertThat(ImportFile.read("export (3).csv", new java.io.ByteArrayInputStream("Program;Datum\r\n".getBytes(
                StandardCharsets.UTF_8))).problems()).extracting(Problem::key).containsExactly("import.error.csv-name");
    }

    @Test
    void the_export_formats_read_back_as_the_same_tables() {
        List<Table> tables = List.of(new Table(Sheet.PINNSTATISTIK, Sheet.PINNSTATISTIK.columns(), List.of(
                new Table.Row(2, List.of("Hälsoskolan", "2019-03-04", "+46 möte; \"stort\"", "", "4", "2")))));
        for (byte[] file : List.of(Workbooks.xlsx(tables), Workbooks.csvZip(tables))) {
            ImportFile.Content back = ImportFile.read("export", new java.io.ByteArrayInputStream(file));
            assertThat(back.problems()).isEmpty();
            Table.Row row = back.tables().getFirst().rows().getFirst();
            assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(row::get)).containsExactly("Hälsoskolan",
                    "2019-03-04", "+46 möte; \"stort\"", null, "4", "2");
        }
    }

    private interface Fill {
        void fill(Worksheet ws) throws IOException;
    }

    private static void row(Worksheet ws, int r, String... values) {
        for (int c = 0; c < values.length; c++) {
            ws.value(r, c, values[c]);
        }
    }

    private static byte[] workbook(Fill fill, String sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        fill.fill(wb.newWorksheet(sheet));
        wb.finish();
        return out.toByteArray();
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
