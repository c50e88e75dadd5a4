package se.samspar.importexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files made to exhaust the import, as the security review built them. */
final class ImportBombs {

    private ImportBombs() {
    }

    /** A zip with Personer.csv: its header, then {@code mib} MiB of blank lines (0.39 MB for 390 MiB). */
    static byte[] blankLines(int mib) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("Personer.csv"));
            zip.write("Personnummer;Förnamn;Efternamn\n".getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[1024 * 1024];
            Arrays.fill(blank, (byte) '\n');
            for (int i = 0; i < mib; i++) {
                zip.write(blank);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * As {@link #blankLines}, but with a row of data after every 9 999 blank lines, so that the
     * blank-run rule never stops the reading: the whole 390 MiB is streamed through.
     */
    static byte[] blankLinesWithData(int mib) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("Pinnstatistik.csv"));
            zip.write("Program;Datum;Kvinnor;Män\n".getBytes(StandardCharsets.UTF_8));
            byte[] row = "Hälsoskolan;2019-03-04;3;2\n".getBytes(StandardCharsets.UTF_8);
            byte[] blanks = new byte[9_999];
            Arrays.fill(blanks, (byte) '\n');
            for (long written = 0; written < (long) mib * 1024 * 1024; written += blanks.length + row.length) {
                zip.write(blanks);
                zip.write(row);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
