package se.samspar.importexport;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What reading the review's import bomb costs: the 0.39 MB zip that unpacks to 390 MiB of blank
 * lines, and for comparison a real 50 000-row history, read by {@link ImportFile}. A measurement,
 * not a test (excluded from the test command). Run:
 * {@code ./mvnw test -Dtest=ImportMemoryBenchmark -Dsamspar.benchmarks=} and read what it prints:
 * the time, the bytes allocated by the reading thread, and the peak heap above the heap before.
 */
@Tag("benchmark")
class ImportMemoryBenchmark {

    @Test
    void the_blank_line_bomb_against_a_real_history() {
        byte[] bomb = ImportBombs.blankLines(390);
        measure("bomb: 390 MiB of blank lines in a " + bomb.length / 1000 + " kB zip", "bomb.zip", bomb);
        byte[] whole = ImportBombs.blankLinesWithData(390);
        measure("bomb read to its end: 390 MiB of blank lines with a row after every 9 999, in a "
                + whole.length / 1000 + " kB zip", "bomb.zip", whole);
        Sheets history = new Sheets();
        for (int i = 0; i < 50_000; i++) {
            history.row(Sheet.PINNSTATISTIK, Sheet.Columns.PROGRAMME, "Hälsoskolan", Sheet.Columns.DATE,
                    java.time.LocalDate.of(2016, 1, 1).plusDays(i % 3000).toString(), Sheet.Columns.ACTIVITY, "Träff",
                    Sheet.Columns.WOMEN, String.valueOf(i % 20), Sheet.Columns.MEN, String.valueOf(i % 17));
        }
        byte[] xlsx = history.xlsx();
        measure("history: 50 000 rows in a " + xlsx.length / 1000 + " kB workbook", "historik.xlsx", xlsx);
    }

    private static void measure(String what, String name, byte[] file) {
        for (int warm = 0; warm < 2; warm++) {
            ImportFile.read(name, new ByteArrayInputStream(file));
        }
        System.gc();
        long heapBefore = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocatedBefore = allocated();
        long t0 = System.nanoTime();
        ImportFile.Content content = ImportFile.read(name, new ByteArrayInputStream(file));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long allocatedMb = (allocated() - allocatedBefore) / 1024 / 1024;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%nIMPORT MEMORY %s: %d ms, %d MB allocated, heap peak %d MB above the %d MB before "
                        + "(%s)%n", what, ms, allocatedMb, Math.max(0, peak - heapBefore) / 1024 / 1024,
                heapBefore / 1024 / 1024, content.problems().isEmpty()
                        ? content.tables().stream().mapToInt(t -> t.rows().size()).sum() + " rows read"
                        : content.problems().getFirst().key());
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
