package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.common.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cn.lifeinfo.compliance.assessment.Agents.register;
import static cn.lifeinfo.compliance.assessment.Agents.violation;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The managers' page in headless Chromium against the running service: a manager signs in through the development
 * IdP (authorization code + PKCE, as against Keycloak in production), sees his branch's leaderboard and an agent's
 * history chart, and is told when he asks for a branch his token does not name. The screenshot stays at
 * target/managers-page.png.
 */
@QuarkusTest
class ManagersPageBrowserTest {

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
        register("UI-A", "3301UI");
        register("UI-B", "3301UI");
        register("UI-C", "3301UI");
        register("UI-X", "4401UI");
        violation("UI-A", "2024-01-10", "NON_CUSTOMER_CONTACT");
        violation("UI-A", "2024-05-10", "PROXY_CALLBACK");
        violation("UI-A", "2025-02-01", "LIST_NOT_DESTROYED");
        violation("UI-B", "2024-06-01", "KEY_INFO_MISSING");
    }

    /** At a phone's width every agent is a card whose cells name their column; nothing is cut off at the right. */
    @Test
    void atAPhonesWidthRowsAreCardsThatFit() throws Exception {
        try (Browser browser = new Browser(390, 844)) {
            var driver = browser.driver;
            driver.get(page + "?branchCode=3301UI&asOf=2025-03-01");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[value=wang]")))
                    .click();
            browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr[data-agent]"), 3));
            long overflow = (Long) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, overflow, "no horizontal scrolling at 390 px");
            WebElement first = driver.findElement(By.cssSelector("tr[data-agent='UI-A']"));
            assertTrue(first.getRect().getWidth() <= 390, "the card fits: " + first.getRect().getWidth());
            WebElement status = first.findElement(By.cssSelector("td[data-label^='状态']"));
            assertTrue(status.isDisplayed() && status.getText().contains("DEMOTION"), status.getText());
            String label = (String) driver.executeScript(
                    "return getComputedStyle(arguments[0], '::before').content;", status);
            assertTrue(label.contains("状态"), "the cell names its column: " + label);
            Path shot = browser.screenshot("managers-page-390.png");
            assertTrue(Files.size(shot) > 5_000, "screenshot written to " + shot);
        }
    }

    /** No agents for the filters: the page says so in Chinese instead of showing an empty table. */
    @Test
    void anEmptyResultSaysSo() throws Exception {
        try (Browser browser = new Browser(1400, 900)) {
            var driver = browser.driver;
            driver.get(page + "?branchCode=3301UI&status=TERMINATED&asOf=2025-03-01");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[value=wang]")))
                    .click();
            WebElement empty = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
            assertTrue(empty.getText().contains("没有符合条件的销售人员"), empty.getText());
            assertEquals(0, driver.findElements(By.cssSelector("tr[data-agent]")).size());
        }
    }

    @Test
    void pageAndSignInScriptAreServedWithoutAToken() {
        given().when().get("/managers/index.html").then().statusCode(200).body(containsString("leaderboard"));
        given().when().get("/managers/managers.js").then().statusCode(200).body(containsString("history-chart"));
        given().when().get("/auth/sign-in.js").then().statusCode(200).body(containsString("code_challenge"));
    }

    // a release must reach browsers at once: the pages are revalidated, not cached as immutable for a day
    @Test
    void pagesAreRevalidatedNotCachedAsImmutable() {
        for (String path : List.of("/managers/index.html", "/managers/managers.js", "/auth/sign-in.js")) {
            var response = given().when().get(path).then().statusCode(200).extract();
            String cache = response.header("Cache-Control");
            assertTrue(cache != null && cache.contains("no-cache") && !cache.contains("immutable"), path + ": " + cache);
            String modified = response.header("Last-Modified");
            given().header("If-Modified-Since", modified).when().get(path).then().statusCode(304);
        }
    }

    @Test
    void aManagerSignsInAndSeesHisBranch() throws Exception {
        try (Browser browser = new Browser(1400, 900)) {
            var driver = browser.driver;
            driver.get(page + "?branchCode=3301UI&asOf=2025-03-01&agent=UI-A");
            // the development IdP's page: pick manager wang (branches 3301)
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[value=wang]")))
                    .click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("who"), "wang"));
            browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("circle.point"), 5));

            assertTrue(driver.getCurrentUrl().contains("branchCode=3301UI") && !driver.getCurrentUrl().contains("code="),
                    "the page's own URL is back after sign-in: " + driver.getCurrentUrl());
            List<String> rows = driver.findElements(By.cssSelector("tr[data-agent]")).stream()
                    .map(tr -> tr.getAttribute("data-agent")).toList();
            assertEquals(List.of("UI-A", "UI-B", "UI-C"), rows, "leaderboard rows in order");
            assertTrue(driver.findElement(By.cssSelector("polyline.points-line")).isDisplayed(), "chart line drawn");
            // UI-A changes on 2024-01-10, 2024-05-10, 2025-01-10 (expiry), 2025-02-01 and the as-of date 2025-03-01
            String violations = driver.findElement(By.id("violations")).getText();
            assertTrue(violations.contains("LIST_NOT_DESTROYED") && violations.contains("销售人员代替客户接听回访"),
                    "violation types with the workbook's Chinese description: " + violations);
            assertTrue(violations.contains("2026-02-01"), "expiry of the 2025-02-01 violation: " + violations);
            // why he is where he is: the Status sheet's rows behind his status, rule id and both languages
            String reasons = driver.findElement(By.id("reasons")).getText();
            assertTrue(reasons.contains("PEN-STAFF-005") && reasons.contains("积分达到降级标准"), reasons);
            // thresholds drawn from the workbook in force, with their names
            assertEquals(4, driver.findElements(By.cssSelector("line.threshold")).size(), "four threshold lines");
            String thresholds = driver.findElement(By.id("thresholds")).getText();
            assertTrue(thresholds.contains("灰名单 GREY_LIST ≥ 3") && thresholds.contains("解约 TERMINATED ≥ 12"),
                    thresholds);
            assertTrue(driver.findElement(By.cssSelector("tr[data-agent='UI-A']")).getText().contains("降级 DEMOTION"),
                    "status with the workbook's Chinese name");
            // the branch summary above the table
            WebElement branch = driver.findElement(By.cssSelector("article.branch[data-branch='3301UI']"));
            assertTrue(branch.getText().contains("销售人员 Agents 3") && branch.getText().contains("降级 DEMOTION 1"),
                    branch.getText());
            assertEquals(12, branch.findElements(By.cssSelector("svg.trend rect")).size(), "twelve months of trend");
            Path shot = browser.screenshot("managers-page.png");
            assertTrue(Files.size(shot) > 10_000, "screenshot written to " + shot);

            // the token stays for this tab: another branch is refused, and the page says so instead of showing rows
            driver.get(page + "?branchCode=4401UI");
            WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
            assertTrue(error.getText().contains("4401UI"), "the refusal names the branch: " + error.getText());
            assertEquals(0, driver.findElements(By.cssSelector("tr[data-agent]")).size(), "no rows of another branch");
        }
    }
}
