package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.scale.DataGenerator;

/**
 * Heap retained per logged-in UI session with the participant list open: a measurement, not a test
 * (excluded from the test command). As Vaadin's capacity guide says, it measures the production
 * build with the production JVM options: it starts {@code target/samspar-*.jar} (built with
 * {@code -Pproduction}) in a JVM of its own on this test's database, opens one session to warm up
 * and then N more in real Chromium pages kept open, and divides the growth of that JVM's live heap
 * (its class histogram, taken after a full GC) by N. Run:
 * {@code ./mvnw -Pproduction package -DskipTests && ./mvnw test -Dtest=SessionHeapBenchmark -Dsamspar.benchmarks=}.
 */
@Tag("benchmark")
class SessionHeapBenchmark extends BrowserTest {

    static final int SESSIONS = 8;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void heap_per_session_with_the_participant_list_open() throws Exception {
        Path jar = productionJar();
        long seed = System.nanoTime() % 100_000;
        DataGenerator generator = new DataGenerator(jdbc, LocalDate.now());
        generator.generate(DataGenerator.Size.FORBUND, seed);
        Long[] programmes = generator.programmes(DataGenerator.Size.FORBUND, seed).toArray(Long[]::new);
        String[] coordinator = newCoordinator("Minne Samordnare", programmes);

        int serverPort;
        try (ServerSocket free = new ServerSocket(0)) {
            serverPort = free.getLocalPort();
        }
        String url = ((HikariDataSource) jdbc.getDataSource()).getJdbcUrl();
        Path log = Files.createTempFile("samspar-heap", ".log");
        // The Dockerfile's JVM options, with the heap capped as a container's would be.
        Process server = startJar(jar, serverPort, url, log);
        List<BrowserContext> open = new ArrayList<>();
        try {
            String base = "http://localhost:" + serverPort;
            awaitStarted(server, base, log);
            String password = openList(open, base, coordinator[0], coordinator[1], true);
            Map<String, Long> before = liveClasses(server.pid());
            for (int i = 0; i < SESSIONS; i++) {
                openList(open, base, coordinator[0], password, false);
            }
            Map<String, Long> after = liveClasses(server.pid());
            Map<String, Long> growth = new HashMap<>();
            after.forEach((name, bytes) -> growth.put(name, bytes - before.getOrDefault(name, 0L)));
            long total = growth.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("%nSESSION HEAP (production jar, %s): %d sessions with the participant list open: "
                    + "%.2f MB retained each (live heap %.1f MB → %.1f MB)%n", jar.getFileName(), SESSIONS,
                    total / 1e6 / SESSIONS, sum(before) / 1e6, sum(after) / 1e6);
            growth.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                    .forEach(e -> System.out.printf("%10d bytes each  %s%n", e.getValue() / SESSIONS, e.getKey()));
        } finally {
            open.forEach(BrowserContext::close);
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The production jar, refused with the command to build it when it is a development build. */
    static Path productionJar() throws IOException {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("samspar-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/samspar-*.jar: run "
                            + "'./mvnw -Pproduction package -DskipTests' first"));
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            String text = info == null ? "" : new String(zip.getInputStream(info).readAllBytes(), StandardCharsets.UTF_8);
            if (!text.replace(" ", "").contains("\"productionMode\":true")) {
                throw new IllegalStateException(jar + " is a development build: run "
                        + "'./mvnw -Pproduction package -DskipTests' first");
            }
        }
        return jar;
    }

    /**
     * The production jar on the test database, with the Dockerfile's JVM options and the heap capped
     * as a container's would be; an audit key, as production needs one. Extra arguments follow.
     */
    static Process startJar(Path jar, int port, String url, Path log, String... extra) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:MaxRAMPercentage=75", "-Xmx1g", "-jar", jar.toString(), "--server.port=" + port,
                "--spring.datasource.url=" + url, "--spring.datasource.username=root", "--spring.datasource.password=",
                "--samspar.audit.key=benchmark-audit-key-0123456789abcdef-0123456789"));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static void awaitStarted(Process server, String base, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The production jar stopped:\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The production jar did not start in 180 s:\n" + Files.readString(log));
    }

    private String openList(List<BrowserContext> open, String base, String username, String password, boolean first) {
        BrowserContext context = newContext(base);
        open.add(context);
        Page page = context.newPage();
        page.navigate("/");
        String current = first ? logInFirstTime(page, username, password) : password;
        if (!first) {
            logIn(page, username, password);
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deltagare").setExact(true)).click();
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").first()).isVisible();
        page.waitForTimeout(500);
        return current;
    }

    /** Live bytes by class in the server's JVM, from its class histogram (which runs a full GC first). */
    private static Map<String, Long> liveClasses(long pid) throws Exception {
        Thread.sleep(1000);
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String histogram = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Map<String, Long> bytes = new HashMap<>();
        for (String line : histogram.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                bytes.merge(f[3], Long.parseLong(f[2]), Long::sum);
            }
        }
        if (bytes.isEmpty()) {
            throw new IllegalStateException("No class histogram from jcmd:\n" + histogram);
        }
        return bytes;
    }

    private static long sum(Map<String, Long> bytes) {
        return bytes.values().stream().mapToLong(Long::longValue).sum();
    }
}
