package se.samspar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the audit chain's key comes from: never the database, and never silently missing in production. */
class AuditKeyTest {

    private static final String PRODUCTION_DB = "jdbc:mariadb://db:3306/samspar";

    @TempDir
    Path temp;

    @Test
    void a_production_database_without_a_key_refuses_to_start_and_says_what_to_set() {
        assertThatThrownBy(() -> new AuditKey("", "", PRODUCTION_DB, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SAMSPAR_AUDIT_KEY");
        assertThatThrownBy(() -> new AuditKey("too short", "", PRODUCTION_DB, ""))
                .hasMessageContaining("shorter than 32");
        assertThatThrownBy(() -> new AuditKey("", temp.resolve("missing.txt").toString(), PRODUCTION_DB, ""))
                .hasMessageContaining("does not exist");
    }

    @Test
    void the_key_from_the_environment_or_a_file_is_used_as_given() throws Exception {
        String key = "k".repeat(40);
        assertThat(new AuditKey(key, "", PRODUCTION_DB, "").bytes()).isEqualTo(key.getBytes());
        Path file = Files.writeString(temp.resolve("key.txt"), key + "\n");
        assertThat(new AuditKey("", file.toString(), PRODUCTION_DB, "").bytes()).isEqualTo(key.getBytes());
    }

    @Test
    void the_embedded_database_gets_a_key_beside_its_data_made_once_and_readable_by_the_owner_only() throws Exception {
        Path dataDir = temp.resolve("data/mariadb");
        byte[] first = new AuditKey("", "", "", dataDir.toString()).bytes();
        Path file = temp.resolve("data/audit-key.txt");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(dataDir).doesNotExist();
        // The next start reads the same key, so the chain written before still verifies.
        assertThat(new AuditKey("", "", "", dataDir.toString()).bytes()).isEqualTo(first).hasSizeGreaterThanOrEqualTo(32);
    }
}
