package cn.lifeinfo.compliance.ruleset;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static cn.lifeinfo.compliance.ruleset.RulesetResourceTest.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workbooks over the limits are refused before they are parsed or stored; one compile at a time per instance. */
@QuarkusTest
class RulesetLimitsResourceTest {

    @Inject
    CompileSlot slot;

    /**
     * The tester's workbook: one sheet of {@code cells} cells all holding one shared string. Zipped it is small (the
     * XML repeats), opened by POI's user model it takes gigabytes.
     */
    static byte[] sharedStringBomb(int cells) {
        int columns = 50;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 1000, false, true);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("RuleSet");
            for (int r = 0; r * columns < cells; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns && r * columns + c < cells; c++) {
                    row.createCell(c).setCellValue("RuleSet");
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> versions() {
        return given().when().get("/api/v1/rulesets").then().statusCode(200).extract()
                .path("find { it.family == 'truthfulness' }.versions");
    }

    static void assertNothingStuck() {
        for (Map<String, Object> v : versions()) {
            assertTrue(!"(uploading)".equals(v.get("fileName")) && !"(uploading)".equals(v.get("uploadedBy")),
                    () -> "a version stuck uploading: " + v);
        }
    }

    /** Zipped it fits the byte limit (about 1.9 MB): the count of its cells is what refuses it, before POI opens it. */
    @Test
    void theTestersWorkbookOf950000SharedCellsIsRefusedBeforeParsingAndNothingIsStored() {
        byte[] bomb = sharedStringBomb(950_000);
        int before = versions().size();
        upload(bomb, "truthfulness.xlsx", "alice").then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("type", equalTo("/problems/workbook-too-large"))
                .body("errors[0].file", equalTo("truthfulness.xlsx"))
                .body("errors[0].message", containsString("cells"));
        assertEquals(before, versions().size());
        assertNothingStuck();
    }

    @Test
    void aWorkbookOverTheByteLimitIsRefusedBeforeItIsRead() {
        byte[] big = java.util.Arrays.copyOf(WorkbookEditor.truthfulnessWorkbook(), 3 * 1024 * 1024);
        int before = versions().size();
        upload(big, "truthfulness.xlsx", "alice").then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, versions().size());
        assertNothingStuck();
    }

    @Test
    void aFileNameLongerThanItsColumnIs400AndNothingIsStored() {
        int before = versions().size();
        upload(WorkbookEditor.truthfulnessWorkbook(), "x".repeat(300) + ".xlsx", "alice").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        assertEquals(before, versions().size());
        assertNothingStuck();
    }

    @Test
    void aRejectedUploadEndsRejectedWithItsReasonNeverUploading() {
        byte[] truncated = java.util.Arrays.copyOf(WorkbookEditor.truthfulnessWorkbook(), 5000);
        int version = 0;
        Response r = upload(truncated, "broken.xlsx", "alice");
        r.then().statusCode(422).body("errors[0].message", containsString("corrupt"))
                .body("detail", containsString("rejected"));
        Map<String, Object> last = versions().stream().max((a, b) -> Integer.compare((int) a.get("version"),
                (int) b.get("version"))).orElseThrow();
        assertEquals("REJECTED", last.get("status"));
        assertEquals("broken.xlsx", last.get("fileName"));
        assertEquals("alice", last.get("uploadedBy"));
        assertNothingStuck();
    }

    @Test
    void aSecondCompileWaitsForTheSlotThenGets503WithRetryAfter() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> slot.run(() -> {
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        try {
            assertTrue(held.await(10, TimeUnit.SECONDS));
            int before = versions().size();
            upload(WorkbookEditor.truthfulnessWorkbook(), "truthfulness.xlsx", "alice").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1))
                    .body("type", equalTo("/problems/compiler-busy"));
            assertEquals(before, versions().size());
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        upload(WorkbookEditor.truthfulnessWorkbook(), "truthfulness.xlsx", "alice").then().statusCode(201)
                .body("status", equalTo("VALIDATED"));
        assertNothingStuck();
        given().when().get("/api/v1/rulesets").then()
                .body("find { it.family == 'truthfulness' }.versions.status", hasItem("VALIDATED"));
    }
}
