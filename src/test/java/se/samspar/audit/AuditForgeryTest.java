package se.samspar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.samspar.IntegrationTest;
import se.samspar.base.CurrentUser;
import se.samspar.base.Role;

/**
 * The attack of issue 20, finding 1, on a database of its own: the app's database user empties
 * the audit log with TRUNCATE, writes it back without the two refused accesses with the hashes
 * recomputed as the keyless SHA-256 did, and moves the head. The keyed chain and the anchor
 * outside the database both catch it; and the production account the compose file makes has no
 * right to truncate, drop, alter or re-trigger the audit tables at all.
 */
class AuditForgeryTest extends IntegrationTest {

    private static final String KEY = "the förbund's audit key, kept outside the database";

    @Autowired
    DataSource dataSource;
    @TempDir
    Path temp;

    private String database;
    private JdbcTemplate root;
    private JdbcTemplate db;
    private AuditService audit;
    private Path anchorFile;

    @BeforeEach
    void aDatabaseOfItsOwnWithALog() throws Exception {
        database = "forgery_" + Long.toString(System.nanoTime(), 36);
        root = new JdbcTemplate(dataSource);
        root.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        DataSource own = dataSourceFor(database);
        Flyway.configure().dataSource(own).load().migrate();
        db = new JdbcTemplate(own);
        anchorFile = temp.resolve("audit-anchors.txt");
        audit = service(db, new AuditAnchors(anchorFile));
        audit.recordRead(AuditAction.VIEW, 41L, 410L, "deltagarsidan");
        audit.recordRead(AuditAction.REFUSED, 42L, null, "deltagare/42");
        audit.recordRead(AuditAction.SEARCH, null, null, "{\"text\":\"berg\",\"träffar\":\"2\"}");
        audit.recordRead(AuditAction.REFUSED, 43L, null, "grupper/7");
        audit.recordRead(AuditAction.VIEW, 44L, 440L, "deltagarsidan");
    }

    @AfterEach
    void dropIt() {
        root.execute("DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void the_log_rewritten_without_the_refusals_and_rehashed_without_the_key_is_found_by_the_check() {
        assertThat(audit.verify().intact()).isTrue();

        forgeWithoutRefusals();

        AuditService.ChainCheck check = audit.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenId()).isEqualTo(1L);
        assertThat(audit.latestCheck()).contains(check);
    }

    @Test
    void moving_the_keyless_boundary_as_well_is_caught_by_the_anchor_outside_the_database() {
        AuditService.ChainCheck anchored = audit.verifyAndAnchor();
        assertThat(anchored.intact()).isTrue();
        assertThat(readAnchors()).hasSize(1);

        forgeWithoutRefusals();
        // TRUNCATE passes the triggers: the forger declares every entry keyless.
        db.execute("TRUNCATE TABLE audit_chain_legacy");
        db.update("INSERT INTO audit_chain_legacy (id, last_legacy_id) VALUES (1, 3)");

        AuditService.ChainCheck check = audit.verify();
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenId()).isEqualTo(1L);
    }

    @Test
    void anchors_of_an_honest_log_keep_it_intact_as_it_grows_from_empty() throws Exception {
        String other = database + "_empty";
        root.execute("CREATE DATABASE " + other + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        try {
            DataSource empty = dataSourceFor(other);
            Flyway.configure().dataSource(empty).load().migrate();
            AuditService fresh = service(new JdbcTemplate(empty), new AuditAnchors(temp.resolve("fresh-anchors.txt")));
            assertThat(fresh.verifyAndAnchor().intact()).isTrue();
            fresh.recordRead(AuditAction.VIEW, 41L, null, "deltagarsidan");
            assertThat(fresh.verifyAndAnchor().intact()).isTrue();
            fresh.recordRead(AuditAction.VIEW, 42L, null, "deltagarsidan");
            AuditService.ChainCheck check = fresh.verify();
            assertThat(check.intact()).isTrue();
            assertThat(check.entries()).isEqualTo(2);
        } finally {
            root.execute("DROP DATABASE IF EXISTS " + other);
        }
    }

    @Test
    void an_edited_anchor_line_breaks_the_check() throws Exception {
        audit.verifyAndAnchor();
        String line = Files.readString(anchorFile);
        Files.writeString(anchorFile, line.replaceFirst("last-id=5", "last-id=3"));
        assertThat(audit.verify().intact()).isFalse();
    }

    @Test
    void the_production_account_is_granted_the_data_and_nothing_that_truncates_drops_alters_or_retriggers() throws Exception {
        // The embedded test server runs without grant tables, so the grant is read, not tried: in
        // MariaDB TRUNCATE needs DROP, and none of DROP, ALTER, TRIGGER, CREATE or ALL is given.
        Matcher grant = Pattern.compile("GRANT (.+) ON `\\$\\{MARIADB_DATABASE}`\\.\\* TO 'samspar_app'@'%'")
                .matcher(productionGrant());
        assertThat(grant.matches()).as(productionGrant()).isTrue();
        assertThat(Set.of(grant.group(1).split(",\\s*"))).containsExactlyInAnyOrder("SELECT", "INSERT", "UPDATE", "DELETE");
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        assertThat(compose).contains("SPRING_DATASOURCE_USERNAME: samspar_app", "SPRING_FLYWAY_USER: samspar",
                "./initdb:/docker-entrypoint-initdb.d");
    }

    @Test
    void what_the_app_account_may_still_do_to_the_audit_tables_is_refused_by_their_triggers() {
        assertThatThrownBy(() -> db.update("DELETE FROM audit_entry")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.update("UPDATE audit_entry SET username = 'ingen'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.update("UPDATE audit_chain_legacy SET last_legacy_id = 99"))
                .hasMessageContaining("fixed");
        assertThatThrownBy(() -> db.update("DELETE FROM audit_chain_legacy")).hasMessageContaining("fixed");
        assertThat(audit.verify().intact()).isTrue();
    }

    /** The finding's forgery, step by step, as the app's database user could do it. */
    private void forgeWithoutRefusals() {
        List<AuditEntry> kept = db.query("SELECT * FROM audit_entry ORDER BY id", AuditService::entry).stream()
                .filter(e -> e.action() != AuditAction.REFUSED).toList();
        db.execute("TRUNCATE TABLE audit_entry");
        String prev = AuditChain.GENESIS;
        long id = 0;
        for (AuditEntry e : kept) {
            id++;
            String hash = AuditChain.legacyHash(id, e.occurredAt(), e.username(), e.action(), e.personId(),
                    e.enrolmentId(), e.details(), e.remoteAddr(), prev);
            db.update("INSERT INTO audit_entry (id, occurred_at_utc, username, action, person_id, enrolment_id, details, "
                            + "remote_addr, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    java.time.LocalDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.username(), e.action().name(),
                    e.personId(), e.enrolmentId(), e.details(), e.remoteAddr(), prev, hash);
            prev = hash;
        }
        db.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", id, prev);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'REFUSED'", Integer.class)).isZero();
    }

    private List<String> readAnchors() {
        try {
            return Files.readAllLines(anchorFile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The GRANT the compose file's init script gives the app's account. */
    private static String productionGrant() throws Exception {
        String script = Files.readString(Path.of("docker/initdb/10-app-account.sh"));
        Matcher m = Pattern.compile("^GRANT .*;$", Pattern.MULTILINE).matcher(script);
        assertThat(m.find()).isTrue();
        return m.group().replace("\\`", "`").replaceFirst(";$", "");
    }

    private static AuditService service(JdbcTemplate jdbc, AuditAnchors anchors) {
        return new AuditService(jdbc, new Clerk(), Clock.systemUTC(), new AuditKey(KEY), anchors);
    }

    private DataSource dataSourceFor(String name) throws Exception {
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName().replaceFirst("@.*", "");
        }
        return new DriverManagerDataSource(url.replaceFirst("(//[^/]+/)[^?]*", "$1" + name), user, "");
    }

    /** The member of staff whose reads are recorded. */
    private static final class Clerk implements CurrentUser {
        @Override
        public String username() {
            return "fia";
        }

        @Override
        public boolean hasRole(Role role) {
            return role == Role.PERSONAL;
        }

        @Override
        public boolean hasAuthority(String authority) {
            return false;
        }

        @Override
        public Optional<Long> userId() {
            return Optional.of(1L);
        }

        @Override
        public Set<Long> programmeIds() {
            return Set.of();
        }
    }

}
