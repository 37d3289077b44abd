package cn.lifeinfo.compliance.ruleset;

import cn.lifeinfo.compliance.identity.Tokens;
import cn.lifeinfo.compliance.truthfulness.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #12: the shipped workbooks survive the officers' other tools (LibreOffice, openpyxl) unchanged in meaning,
 * and the injections tried on upload are refused with 422 before anything runs. LibreOffice and openpyxl must be
 * installed (.ci/office-up.sh); without them these tests fail rather than skip.
 */
@QuarkusTest
class WorkbookRoundTripResourceTest {

    private static final List<RuleFamily> FAMILIES = List.of(RuleFamily.values());

    @Test
    void aLibreOfficeResaveUploadsWithTheSameRulesAndPassingTestCases() throws Exception {
        for (RuleFamily family : FAMILIES) {
            byte[] shipped = WorkbookEditor.shipped(family);
            byte[] resaved = libreOffice(family, shipped);
            assertEquals(testCases(shipped), testCases(resaved), family.id());
            assertEquals(validated(family, shipped), validated(family, resaved), family.id());
        }
    }

    @Test
    void anOpenpyxlLoadAndSaveUploadsWithTheSameRulesAndPassingTestCases() throws Exception {
        for (RuleFamily family : FAMILIES) {
            byte[] shipped = WorkbookEditor.shipped(family);
            byte[] resaved = openpyxl(family, shipped);
            assertEquals(testCases(shipped), testCases(resaved), family.id());
            assertEquals(validated(family, shipped), validated(family, resaved), family.id());
        }
    }

    @Test
    void anExpressionInAConditionCellIs422AndNeverRuns() {
        WorkbookEditor editor = WorkbookEditor.of(WorkbookEditor.shipped(RuleFamily.TRUTHFULNESS));
        byte[] bad = editor.set("人员", "TRU-NAME-001", "姓名缺失",
                "java.lang.Boolean.parseBoolean(java.lang.System.setProperty(\"pwned.condition\", \"true\"))").bytes();
        upload(RuleFamily.TRUTHFULNESS, bad).then().statusCode(422)
                .body("errors[0].sheet", equalTo("人员 Person"))
                .body("errors[0].row", equalTo(editor.rowOf("人员", "TRU-NAME-001")))
                .body("errors[0].column", equalTo(editor.columnOf("人员", "姓名缺失")));
        assertNull(System.getProperty("pwned.condition"));
        assertEquals("REJECTED", latest(RuleFamily.TRUTHFULNESS, "status"));
    }

    @Test
    void escapeQuotesOffAndARuleIdBreakingOutOfItsStringIs422WithoutRunningIt() {
        byte[] bad = WorkbookEditor.of(WorkbookEditor.shipped(RuleFamily.TRUTHFULNESS))
                .rowsAbove("人员", new String[]{"RuleSet", "cn.lifeinfo.rules.truthfulness"},
                        new String[]{"EscapeQuotes", "false"})
                .set("人员", "TRU-NAME-001", "规则编号",
                        "TRU-NAME-001\" + java.lang.System.getProperty(\"user.home\") + \"").bytes();
        upload(RuleFamily.TRUTHFULNESS, bad).then().statusCode(422)
                .body("errors[0].sheet", equalTo("人员 Person"))
                .body("errors[0].column", equalTo("A"))
                .body(not(containsString(System.getProperty("user.home") + "\"")));
        assertEquals("REJECTED", latest(RuleFamily.TRUTHFULNESS, "status"));
    }

    @Test
    void aRejectedVersionIsNeitherCompiledAgainNorPreviewed() {
        byte[] bad = WorkbookEditor.of(WorkbookEditor.shipped(RuleFamily.TRUTHFULNESS))
                .set("电话", "TRU-PHONE-002", "手机缺陷", "NOT_A_DEFECT").bytes();
        upload(RuleFamily.TRUTHFULNESS, bad).then().statusCode(422);
        int rejected = latest(RuleFamily.TRUTHFULNESS, "version");
        given().contentType(ContentType.JSON).body("{\"records\":[" + TestRecords.clean() + "]}")
                .when().post("/api/v1/rulesets/truthfulness/versions/" + rejected + "/impact")
                .then().statusCode(409).body("detail", containsString("only VALIDATED or ACTIVE"));
        given().when().get("/api/v1/rulesets/truthfulness/versions/" + rejected + "/impact?last=5")
                .then().statusCode(409);
    }

    private static int validated(RuleFamily family, byte[] bytes) {
        return upload(family, bytes).then().statusCode(201).body("status", equalTo("VALIDATED"))
                .extract().path("ruleCount");
    }

    private static io.restassured.response.Response upload(RuleFamily family, byte[] bytes) {
        return given().header(Tokens.user("alice")).multiPart("file", family.id() + ".xlsx", bytes)
                .when().post("/api/v1/rulesets/" + family.id());
    }

    private static <T> T latest(RuleFamily family, String field) {
        return given().when().get("/api/v1/rulesets").then().statusCode(200).extract()
                .path("find { it.family == '" + family.id() + "' }.versions.max { it.version }." + field);
    }

    /** Rows on the test-case sheet: a tool that dropped them would leave nothing to fail. */
    private static int testCases(byte[] bytes) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().startsWith("测试用例")) {
                    assertTrue(sheet.getLastRowNum() > 1);
                    return sheet.getLastRowNum();
                }
            }
        }
        throw new AssertionError("no 测试用例 sheet");
    }

    private static byte[] libreOffice(RuleFamily family, byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("lo-roundtrip");
        Path in = Files.createDirectories(dir.resolve("in")).resolve(family.id() + ".xlsx");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(in, bytes);
        // a private profile: other LibreOffice processes on the machine would otherwise share (and lock) one
        run("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "xlsx", "--outdir", out.toString(), in.toString());
        return Files.readAllBytes(out.resolve(family.id() + ".xlsx"));
    }

    private static byte[] openpyxl(RuleFamily family, byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("openpyxl-roundtrip");
        Path in = dir.resolve("in.xlsx");
        Path out = dir.resolve(family.id() + ".xlsx");
        Files.write(in, bytes);
        run(python(), "-c", "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])",
                in.toString(), out.toString());
        return Files.readAllBytes(out);
    }

    /**
     * The first python3 that has openpyxl: a user's pyenv or venv python may come first on the PATH without it, while
     * Debian's (where .ci/office-up.sh installs python3-openpyxl) has it. None → "python3", and the test fails.
     */
    private static String python() throws Exception {
        for (String candidate : new String[]{"python3", "/usr/bin/python3"}) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import openpyxl").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (java.io.IOException notThere) {
                // try the next one
            }
        }
        return "python3";
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + output);
    }
}
