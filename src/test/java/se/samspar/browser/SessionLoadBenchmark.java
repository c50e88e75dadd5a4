package se.samspar.browser;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;
import se.samspar.security.UserService;

/**
 * Sessions under load, on the production jar: {@value #CLIENTS} clients on the loopback, each
 * logging in through the form and then for {@value #SECONDS} s going round the start page, a static
 * file and the report endpoint ({@code /api/rapporter}, HTTP Basic, as a scheduled run fetches it).
 * A session is lost when a page of a logged-in client is answered with the way to the login page;
 * the client then logs in again and goes on. Prints the lost sessions and the latency percentiles
 * per kind of request. A measurement, not a test (excluded from the test command), bounded in
 * clients and time and local only. Run:
 * {@code ./mvnw -Pproduction package -DskipTests && ./mvnw test -Dtest=SessionLoadBenchmark -Dsamspar.benchmarks=}.
 */
@Tag("benchmark")
class SessionLoadBenchmark extends IntegrationTest {

    static final int CLIENTS = 20;
    static final int SECONDS = 30;
    private static final String PASSWORD = "Lasttest med tjugo klienter";

    enum Kind { LOGIN, START_PAGE, STATIC_FILE, API }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;

    private final Map<Kind, List<Long>> micros = new ConcurrentHashMap<>();
    private final AtomicInteger lost = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    @Test
    void twenty_clients_for_thirty_seconds() throws Exception {
        Path jar = SessionHeapBenchmark.productionJar();
        long programmeId = newProgramme("Last " + unique(""), ProgrammeKind.INDIVIDUAL, 40);
        String staff = newStaff("Last Personal", programmeId)[0];
        for (int i = 0; i < 6; i++) {
            startedParticipant(staff, programmeId, "Last" + i, "Deltagare", i % 2 == 0 ? Kon.KVINNA : Kon.MAN,
                    LocalDate.now().minusMonths(2).withDayOfMonth(1).plusDays(i));
        }
        String[] coordinator = newCoordinator("Last Samordnare", programmeId);
        loginAs(coordinator[0], Role.SAMORDNARE);
        users.changeOwnPassword(coordinator[1], PASSWORD, PASSWORD);

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = ((HikariDataSource) jdbc.getDataSource()).getJdbcUrl();
        Path log = Files.createTempFile("samspar-load", ".log");
        Process server = SessionHeapBenchmark.startJar(jar, port, url, log, "--server.address=127.0.0.1");
        try {
            String base = "http://127.0.0.1:" + port;
            SessionHeapBenchmark.awaitStarted(server, base, log);
            LocalDate today = LocalDate.now();
            String api = "/api/rapporter/" + programmeId + "?fran=" + today.withDayOfYear(1) + "&till=" + today;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(Thread.ofPlatform().name("client-" + c).start(() -> client(base, coordinator[0], api, end)));
            }
            for (Thread t : clients) {
                t.join(TimeUnit.SECONDS.toMillis(SECONDS + 120));
            }
            report(jar);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void client(String base, String username, String api, long end) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            logIn(http, base, username);
            while (System.nanoTime() < end) {
                HttpResponse<?> start = timed(Kind.START_PAGE, http, get(base + "/").header("Accept", "text/html"));
                if (start.statusCode() == 302 && start.headers().firstValue("Location").orElse("").contains("/login")) {
                    lost.incrementAndGet();
                    logIn(http, base, username);
                    continue;
                }
                expect(start, 200, "start page");
                expect(timed(Kind.STATIC_FILE, http, get(base + "/styles/samspar.css")), 200, "static file");
                HttpResponse<?> pdf = timed(Kind.API, http, get(base + api).header("Authorization", basic));
                expect(pdf, 200, "api");
            }
        } catch (Exception e) {
            failed.incrementAndGet();
            failures.add(e.toString());
        }
    }

    private void logIn(HttpClient http, String base, String username) throws Exception {
        http.send(get(base + "/login").build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<?> r = timed(Kind.LOGIN, http, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login refused: " + r.statusCode() + " " + r.headers().map());
        }
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
    }

    private HttpResponse<?> timed(Kind kind, HttpClient http, HttpRequest.Builder request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        micros.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add((System.nanoTime() - t0) / 1000);
        return r;
    }

    private void expect(HttpResponse<?> r, int status, String what) {
        if (r.statusCode() != status) {
            failed.incrementAndGet();
            failures.add(what + " answered " + r.statusCode());
        }
    }

    private void report(Path jar) {
        int logins = micros.getOrDefault(Kind.LOGIN, List.of()).size();
        System.out.printf("%nSESSION LOAD (production jar %s): %d clients × %d s on the loopback: %d logins, "
                        + "%d sessions lost, %d failed requests%s%n", jar.getFileName(), CLIENTS, SECONDS, logins,
                lost.get(), failed.get(), failures.isEmpty() ? "" : " (first: " + failures.getFirst() + ")");
        Map<Kind, List<Long>> sorted = new EnumMap<>(Kind.class);
        micros.forEach((k, v) -> sorted.put(k, v.stream().sorted().toList()));
        System.out.printf("%-12s %8s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p90 ms", "p99 ms", "max ms");
        sorted.forEach((kind, v) -> System.out.printf("%-12s %8d %8.1f %8.1f %8.1f %8.1f%n", kind, v.size(),
                percentile(v, 50), percentile(v, 90), percentile(v, 99), v.getLast() / 1000.0));
    }

    private static double percentile(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
    }
}
