package cn.lifeinfo.compliance.ruleset;

import cn.lifeinfo.compliance.common.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules console in headless Chromium, the way a compliance officer uses it: signed in through the development
 * IdP (authorization code + PKCE, as against the insurer's IdP), a broken workbook names its cell, a good one shows
 * its test results, cell diff and impact; its uploader cannot approve it and is told why, a second user activates it,
 * decisions name the new version, and a rollback brings the old one back. Screenshots at 1400 px and at a 390 px
 * phone width stay under target/ (console-1400-*.png, console-390-*.png).
 *
 * <p>The workbooks are derived from the shipped one by finding cells by their content, never by coordinates: the
 * layout of the workbook changes independently of the console.
 */
@QuarkusTest
class ConsoleBrowserTest {

    @TestHTTPResource("/console/")
    URL page;

    static final String PHONE_SHEET = "电话";
    static final String PHONE_RULE = "TRU-PHONE-003";
    static final String REASON = "中文原因";

    @Test
    void uploadReviewFourEyesActivateAndRollBackInTheBrowser() throws Exception {
        int original = RulesetResourceTest.activeVersion();
        storeSomeDecisions();

        // a rule value cell that cannot compile: an age condition given a word instead of a number
        WorkbookEditor brokenEditor = WorkbookEditor.of(WorkbookEditor.truthfulnessWorkbook());
        int brokenRow = brokenEditor.rowOf("人员", "TRU-AGE-001");
        String brokenColumn = brokenEditor.columnOf("人员", "年龄大于");
        Path broken = write("broken.xlsx", brokenEditor.set("人员", "TRU-AGE-001", "年龄大于", "abc").bytes());
        // a good change: one reason text reworded
        WorkbookEditor goodEditor = WorkbookEditor.of(WorkbookEditor.truthfulnessWorkbook());
        String reasonColumn = goodEditor.columnOf(PHONE_SHEET, REASON);
        String newReason = "手机号段未分配(已复核,2026 修订)";
        byte[] good = goodEditor.set(PHONE_SHEET, PHONE_RULE, REASON, newReason).bytes();

        int candidate;
        try (Browser browser = new Browser(1400, 1800)) {
            var driver = browser.driver;
            driver.get(page + "?family=truthfulness");
            signInAs(browser, "carol"); // rule author and approver: four-eyes, not the role, must stop her
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#versions tr[data-version='" + original + "'][data-status=ACTIVE]")));

            // 1. a broken workbook through the file picker: the problem names sheet, row and column
            driver.findElement(By.id("file")).sendKeys(broken.toString());
            compiling(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("problems-box")));
            List<WebElement> named = driver.findElements(By.cssSelector("#problems tr[data-sheet='人员 Person'][data-row='"
                    + brokenRow + "'][data-column='" + brokenColumn + "']"));
            assertEquals(1, named.size(), "the rejected cell is named: " + driver.findElement(By.id("problems")).getText());
            assertTrue(driver.findElement(By.id("message")).getText().contains("规则表未通过校验"),
                    "the service's bilingual reason is shown");
            assertTrue(browser.screenshot("console-1400-rejected.png").toFile().length() > 10_000);

            // 2. the good workbook dropped onto the drop zone
            dropFile(browser, good, "truthfulness.xlsx");
            WebElement detail = compiling(browser).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#detail[data-version]")));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("tests-summary"), "data-failures", "0"));
            candidate = Integer.parseInt(detail.getAttribute("data-version"));
            assertEquals(latestVersion(), candidate, "the detail shows the upload just made");
            assertTrue(Integer.parseInt(driver.findElement(By.id("tests-summary")).getAttribute("data-cases")) > 0,
                    "the workbook's own test cases ran: " + driver.findElement(By.id("tests-summary")).getText());

            // its cell diff against the version in force
            WebElement change = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#diff tr[data-change=changed]")));
            List<WebElement> cells = change.findElements(By.tagName("td"));
            assertEquals("电话 Phone", cells.get(0).getText());
            assertEquals(PHONE_RULE, cells.get(1).getText());
            assertEquals(reasonColumn, cells.get(3).getText());
            assertEquals(newReason, cells.get(6).getText());
            assertEquals(1, driver.findElements(By.cssSelector("#diff tbody tr")).size(), "exactly one cell changed");

            // its impact over the stored decisions, with the chart
            browser.waiting().until(ExpectedConditions.attributeToBeNotEmpty(
                    driver.findElement(By.id("impact-summary")), "data-records"));
            assertTrue(Integer.parseInt(driver.findElement(By.id("impact-summary")).getAttribute("data-records")) > 0,
                    driver.findElement(By.id("impact-summary")).getText());
            assertEquals("0", driver.findElement(By.id("impact-summary")).getAttribute("data-flips"),
                    "a reworded reason flips no decision");
            assertTrue(driver.findElement(By.id("impact-svg")).isDisplayed(), "impact chart drawn");
            assertFalse(driver.findElements(By.cssSelector("#impact-channels tbody tr")).isEmpty());

            // 3. the uploader cannot approve, and the page says why in both languages
            WebElement activate = driver.findElement(By.id("activate"));
            assertFalse(activate.isEnabled(), "the uploader's activate button is disabled");
            WebElement why = driver.findElement(By.id("four-eyes"));
            assertEquals("four-eyes", why.getAttribute("data-reason"));
            assertTrue(why.getText().contains("四眼原则") && why.getText().contains("Four-eyes"), why.getText());
            // and if the button is forced, the service itself refuses and its reason is shown
            driver.executeScript("arguments[0].disabled = false; arguments[0].click();", activate);
            compiling(browser).until(ExpectedConditions.attributeToBe(By.id("four-eyes"), "data-reason", "refused"));
            assertTrue(why.getText().contains("上传人不得审批自己上传的版本") && why.getText().contains("cannot approve"),
                    why.getText());
            assertEquals("VALIDATED", statusOf(candidate));

            // 4. a second user, an approver, reviews the same page and activates it
            driver.findElement(By.id("sign-out")).click();
            signInAs(browser, "bob");
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("detail"), "data-version",
                    String.valueOf(candidate)));
            WebElement approve = compiling(browser).until(ExpectedConditions.elementToBeClickable(By.id("activate")));
            browser.waiting().until(ExpectedConditions.attributeToBeNotEmpty(
                    driver.findElement(By.id("impact-summary")), "data-records"));
            assertTrue(browser.screenshot("console-1400-review.png").toFile().length() > 10_000);
            approve.click();
            compiling(browser).until(ExpectedConditions.attributeToBe(By.id("family-state"), "data-active",
                    String.valueOf(candidate)));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-status"),
                    "生效中"));
            assertEquals("ACTIVE", statusOf(candidate));
            assertEquals("truthfulness@" + candidate, decisionVersion(), "decisions name the new version");
            assertEquals(1, driver.findElements(By.cssSelector("#changes tr[data-action=ACTIVATED]")).stream()
                    .filter(tr -> tr.getText().contains("bob") && tr.getText().contains("truthfulness@" + candidate))
                    .count(), "the activation is in the change history");

            // 5. roll back to the version in force before
            driver.findElement(By.cssSelector("#versions tr[data-version='" + original + "'] button.rollback")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("detail"), "data-version",
                    String.valueOf(original)));
            WebElement rollback = compiling(browser).until(ExpectedConditions.elementToBeClickable(By.id("activate")));
            assertTrue(rollback.getText().contains("回滚"), rollback.getText());
            rollback.click();
            compiling(browser).until(ExpectedConditions.attributeToBe(By.id("family-state"), "data-active",
                    String.valueOf(original)));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#changes tr[data-action=ROLLED_BACK]")));
            assertTrue(driver.findElement(By.cssSelector("#versions tr[data-version='" + candidate + "'] button"
                    + ".reactivate")).getText().contains("重新生效"),
                    "a newer retired version is re-activated, not rolled back to");
            assertEquals("truthfulness@" + original, decisionVersion(), "decisions name the old version again");
            assertTrue(browser.screenshot("console-1400-history.png").toFile().length() > 10_000);

            // 6. any version downloads as uploaded (the click's blob is read back instead of saved to disk)
            driver.executeScript("""
                    window.downloads = [];
                    HTMLAnchorElement.prototype.click = function () {
                      var a = this;
                      fetch(a.href).then(function (r) { return r.arrayBuffer(); }).then(function (b) {
                        window.downloads.push({ name: a.download, size: b.byteLength });
                      });
                    };
                    """);
            driver.findElement(By.cssSelector("#versions tr[data-version='" + candidate + "'] button.download")).click();
            browser.waiting().until(d -> ((Long) driver.executeScript("return window.downloads.length;")) > 0);
            assertEquals("truthfulness-v" + candidate + "-truthfulness.xlsx",
                    driver.executeScript("return window.downloads[0].name;"));
            assertEquals((long) good.length, driver.executeScript("return window.downloads[0].size;"));
        } finally {
            if (RulesetResourceTest.activeVersion() != original) {
                RulesetResourceTest.activate(original, "restorer");
            }
        }

        // 7. an auditor on a phone: reads versions, diff and history; no upload, no activation; nothing wider than 390
        try (Browser phone = new Browser(390, 844)) {
            var driver = phone.driver;
            driver.get(page + "?family=truthfulness&version=" + candidate);
            signInAs(phone, "audit");
            phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#diff tr[data-change]")));
            assertFalse(driver.findElement(By.id("upload")).isDisplayed(), "an auditor does not upload");
            assertEquals("role", driver.findElement(By.id("four-eyes")).getAttribute("data-reason"));
            long width = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(width <= 390, "the page fits a 390 px phone (tables scroll inside their boxes): " + width);
            driver.executeScript("window.scrollTo(0, 0);");
            assertTrue(phone.screenshot("console-390.png").toFile().length() > 5_000);
            driver.executeScript("document.getElementById('diff').scrollIntoView();");
            assertTrue(phone.screenshot("console-390-diff.png").toFile().length() > 5_000);
        }
    }

    /**
     * Uploads and activations compile the whole workbook on the service; on a loaded 2-core CI machine beside other
     * builds that has taken longer than the usual 20 s wait, so these steps wait longer and say where they stood.
     */
    private static org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> compiling(Browser browser) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(120))
                .withMessage(() -> pageState(browser));
    }

    /** What the officer would see, for a failed wait's message. */
    private static String pageState(Browser browser) {
        browser.screenshot("console-failure.png");
        return "message=" + browser.driver.findElement(By.id("message")).getText() + " | four-eyes="
                + browser.driver.findElement(By.id("four-eyes")).getText() + " | detail="
                + browser.driver.findElement(By.id("detail")).getAttribute("data-version") + " | url="
                + browser.driver.getCurrentUrl();
    }

    private static void signInAs(Browser browser, String user) {
        // the development IdP's page: one button per user
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[value=" + user + "]")))
                .click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("who"), user));
    }

    /** A real drop event carrying the file, as Chromium fires it when a workbook is dragged from the desktop. */
    private static void dropFile(Browser browser, byte[] bytes, String name) {
        browser.driver.executeScript("""
                var bytes = Uint8Array.from(atob(arguments[0]), function (c) { return c.charCodeAt(0); });
                var dt = new DataTransfer();
                dt.items.add(new File([bytes], arguments[1],
                    { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
                var zone = document.getElementById('drop');
                zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
                zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
                """, Base64.getEncoder().encodeToString(bytes), name);
    }

    /** Stored (not dry-run) decisions keep their inputs, which the impact preview replays. */
    private static void storeSomeDecisions() {
        String[] channels = {"AGENCY", "TELESALES", "BANCASSURANCE"};
        for (int i = 0; i < 6; i++) {
            var record = with(with(clean(), "policyNo", "CONSOLE-" + i), "channel", channels[i % 3]);
            if (i % 2 == 0) {
                record = with(record, "insured.relationshipToPolicyholder", "OTHER");
            }
            given().contentType(ContentType.JSON).body(record.toString())
                    .when().post("/api/v1/decisions/truthfulness").then().statusCode(200);
        }
    }

    private static String decisionVersion() {
        return given().contentType(ContentType.JSON).body(clean().toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(200)
                .extract().path("rulesetVersion");
    }

    private static int latestVersion() {
        return given().when().get("/api/v1/rulesets").then().statusCode(200).extract()
                .path("find { it.family == 'truthfulness' }.versions.max { it.version }.version");
    }

    private static String statusOf(int version) {
        return given().when().get(RulesetResourceTest.RULES + "/versions/" + version).then().statusCode(200)
                .extract().path("version.status");
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "console-e2e").toAbsolutePath());
        return Files.write(dir.resolve(name), bytes);
    }
}
