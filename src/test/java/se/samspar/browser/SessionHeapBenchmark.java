package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.scale.DataGenerator;

/**
 * Heap retained per logged-in UI session with the participant list open: a measurement, not a test
 * (excluded from the test command). Opens one session to warm up, then N more in real Chromium
 * pages kept open, and divides the server's heap growth (after full GCs) by N. Run:
 * {@code ./mvnw test -Dtest=SessionHeapBenchmark -Dsamspar.benchmarks=}.
 */
@Tag("benchmark")
class SessionHeapBenchmark extends BrowserTest {

    static final int SESSIONS = 8;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void heap_per_session_with_the_participant_list_open() throws Exception {
        long seed = System.nanoTime() % 100_000;
        new DataGenerator(jdbc, LocalDate.now()).generate(DataGenerator.Size.FORBUND, seed);
        Long[] programmes = jdbc.queryForList("SELECT id FROM programme WHERE name LIKE ?", Long.class,
                "Skala S" + seed + "-forbund %").toArray(Long[]::new);
        String[] coordinator = newCoordinator("Minne Samordnare", programmes);
        List<BrowserContext> open = new ArrayList<>();
        try {
            String password = openList(open, coordinator[0], coordinator[1], true);
            long before = heapAfterGc();
            for (int i = 0; i < SESSIONS; i++) {
                openList(open, coordinator[0], password, false);
            }
            long after = heapAfterGc();
            System.out.printf("%nSESSION HEAP: %d sessions with the participant list open: %.2f MB retained each "
                    + "(heap %.1f MB → %.1f MB)%n", SESSIONS, (after - before) / 1e6 / SESSIONS, before / 1e6, after / 1e6);
        } finally {
            open.forEach(BrowserContext::close);
        }
    }

    private String openList(List<BrowserContext> open, String username, String password, boolean first) {
        BrowserContext context = newContext();
        open.add(context);
        Page page = context.newPage();
        page.navigate("/");
        String current = first ? logInFirstTime(page, username, password) : password;
        if (!first) {
            logIn(page, username, password);
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deltagare").setExact(true)).click();
        assertThat(page.locator("vaadin-grid")).isVisible();
        page.waitForTimeout(500);
        return current;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
