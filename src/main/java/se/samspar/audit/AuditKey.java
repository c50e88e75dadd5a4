package se.samspar.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret the audit chain's HMAC is keyed with. It never lives in the database, so that whoever
 * can write the tables (the app's own database user included) cannot recompute the chain:
 *
 * <ul>
 *   <li>{@code samspar.audit.key} ({@code SAMSPAR_AUDIT_KEY}): the key itself, at least 32
 *       characters (e.g. {@code openssl rand -base64 32});</li>
 *   <li>else {@code samspar.audit.key-file}: a file holding it;</li>
 *   <li>else, on the embedded development database, the file {@code audit-key.txt} beside its data
 *       folder, made on the first start (or a key for this run only when the data is temporary,
 *       as in the tests);</li>
 *   <li>else (a production database without a key) the app refuses to start.</li>
 * </ul>
 */
@Component
class AuditKey {

    static final int MIN_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(AuditKey.class);

    private final byte[] key;

    @org.springframework.beans.factory.annotation.Autowired
    AuditKey(@Value("${samspar.audit.key:}") String key, @Value("${samspar.audit.key-file:}") String keyFile,
             @Value("${spring.datasource.url:}") String datasourceUrl,
             @Value("${samspar.embedded-db.data-dir:}") String embeddedDataDir) {
        this.key = resolve(key, keyFile, datasourceUrl.isBlank(), embeddedDataDir).getBytes(StandardCharsets.UTF_8);
    }

    /** A key given as it is (tests of the chain on a database of their own). */
    AuditKey(String key) {
        this(key, "", "jdbc:given", "");
    }

    byte[] bytes() {
        return key.clone();
    }

    private static String resolve(String key, String keyFile, boolean embedded, String embeddedDataDir) {
        if (!key.isBlank()) {
            return checked(key.strip(), "samspar.audit.key (SAMSPAR_AUDIT_KEY)");
        }
        if (!keyFile.isBlank()) {
            return fromFile(Path.of(keyFile), embedded);
        }
        if (!embedded) {
            throw new IllegalStateException("No key for the audit log: set SAMSPAR_AUDIT_KEY (at least "
                    + MIN_LENGTH + " characters, e.g. from 'openssl rand -base64 32') or SAMSPAR_AUDIT_KEY_FILE, "
                    + "and keep it outside the database and its backups (docs/operations.md, 'Audit log')");
        }
        if (embeddedDataDir.isBlank()) {
            LOG.info("Audit log keyed for this run only (the embedded database is temporary)");
            return generated();
        }
        return fromFile(besideDataDir(Path.of(embeddedDataDir)), true);
    }

    /** {@code ./data/mariadb} → {@code ./data/audit-key.txt}: with the data, but not inside the database's folder. */
    static Path besideDataDir(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return (parent == null ? absolute : parent).resolve("audit-key.txt");
    }

    private static String fromFile(Path file, boolean mayCreate) {
        try {
            if (Files.exists(file)) {
                return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
            }
            if (!mayCreate) {
                throw new IllegalStateException("The audit key file " + file + " does not exist");
            }
            String fresh = generated();
            Files.createDirectories(file.toAbsolutePath().getParent());
            write(file, fresh);
            LOG.info("Made a new key for the audit log in {}; keep it (and back it up apart from the database)",
                    file.toAbsolutePath());
            return fresh;
        } catch (FileAlreadyExistsException raced) {
            return fromFile(file, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the audit key file " + file, e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String generated() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    private static String checked(@Nullable String key, String source) {
        if (key == null || key.length() < MIN_LENGTH) {
            throw new IllegalStateException("The audit key from " + source + " is shorter than " + MIN_LENGTH
                    + " characters");
        }
        return key;
    }
}
