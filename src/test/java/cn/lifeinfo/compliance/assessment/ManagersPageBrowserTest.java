package cn.lifeinfo.compliance.assessment;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.lifeinfo.compliance.assessment.Agents.register;
import static cn.lifeinfo.compliance.assessment.Agents.violation;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the managers' page in headless Chromium against the running service: the leaderboard table and the
 * history chart must render after the page's JavaScript ran. Fails (does not skip) when Chromium is missing:
 * install it with .ci/chromium-up.sh. The screenshot stays at target/managers-page.png.
 */
@QuarkusTest
class ManagersPageBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    @TestHTTPResource("/managers/index.html")
    URL page;

    static boolean ready;

    /** Once per class; RestAssured knows the random port only from the first test on. */
    @BeforeEach
    void data() {
        if (ready) {
            return;
        }
        ready = true;
        register("UI-A", "BR-UI");
        register("UI-B", "BR-UI");
        register("UI-C", "BR-UI");
        violation("UI-A", "2024-01-10", "NON_CUSTOMER_CONTACT");
        violation("UI-A", "2024-05-10", "PROXY_CALLBACK");
        violation("UI-A", "2025-02-01", "LIST_NOT_DESTROYED");
        violation("UI-B", "2024-06-01", "KEY_INFO_MISSING");
    }

    @Test
    void pageIsServed() {
        given().when().get("/managers/index.html").then().statusCode(200).body(containsString("leaderboard"));
        given().when().get("/managers/managers.js").then().statusCode(200).body(containsString("history-chart"));
    }

    @Test
    void leaderboardAndChartRenderInChromium() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is required for this test: run .ci/chromium-up.sh ("
                + CHROMIUM + " missing)");
        String url = page + "?branchCode=BR-UI&asOf=2025-03-01&agent=UI-A";
        String dom = chromium(List.of("--dump-dom", url), 60);

        List<String> rows = all(dom, "<tr data-agent=\"([^\"]+)\"");
        assertEquals(List.of("UI-A", "UI-B", "UI-C"), rows, "leaderboard rows in order; DOM was:\n" + dom);
        assertTrue(dom.contains("<svg id=\"history-chart\""), "chart rendered");
        assertTrue(dom.contains("class=\"points-line\""), "chart line drawn");
        // UI-A changes on 2024-01-10, 2024-05-10, 2025-01-10 (expiry), 2025-02-01 and the as-of date 2025-03-01
        assertEquals(5, all(dom, "<circle class=\"point\"").size(), "one chart point per change");
        assertTrue(dom.contains("LIST_NOT_DESTROYED"), "violation table of the selected agent");

        Path shot = Path.of("target", "managers-page.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium(List.of("--screenshot=" + shot, "--window-size=1280,900", url), 60);
        assertTrue(Files.size(shot) > 10_000, "screenshot written to " + shot);
    }

    static String chromium(List<String> args, int timeoutSeconds) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000"));
        cmd.addAll(args);
        Path out = Files.createTempFile("chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in " + timeoutSeconds + " s");
        }
        assertEquals(0, p.exitValue(), "Chromium exit code");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return found;
    }
}
