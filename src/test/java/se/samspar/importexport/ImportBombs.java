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
}
