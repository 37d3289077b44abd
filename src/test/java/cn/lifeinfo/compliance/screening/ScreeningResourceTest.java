package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.audit.Writers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import cn.lifeinfo.compliance.identity.DefaultCaller;
import cn.lifeinfo.compliance.identity.Tokens;
import cn.lifeinfo.compliance.truthfulness.population.PolicyKeyer;
import cn.lifeinfo.compliance.truthfulness.population.PolicyKeys;
import cn.lifeinfo.compliance.truthfulness.population.Population;
import cn.lifeinfo.compliance.truthfulness.population.PopulationStore;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Book clean-up jobs over HTTP: progress, malformed lines, restart (stale claims), two workers, reports. */
@QuarkusTest
class ScreeningResourceTest {

    @Inject
    ScreeningWorker worker;

    @Inject
    AgroalDataSource db;

    @Inject
    ScreeningStore store;

    @Inject
    PolicyKeyer keyer;

    @Inject
    PopulationStore population;

    @Inject
    cn.lifeinfo.compliance.common.IdentifierHasher hasher;

    @Inject
    cn.lifeinfo.compliance.audit.DecisionAuditWriter auditWriter;

    @Inject
    ObjectMapper json;

    @AfterEach
    void resume() {
        worker.pause(false);
    }

    private static void register(Books book) {
        for (int k = 0; k < book.agents.size(); k++) {
            given().contentType(ContentType.JSON).body(Map.of("agentCode", book.agents.get(k), "name", "王芳",
                            "mobile", book.agentMobile(k), "branchCode", "3301", "status", "ACTIVE"))
                    .when().put("/api/v1/agents/" + book.agents.get(k)).then().statusCode(201);
        }
    }

    private static String submit(String body, String contentType) {
        return given().header(Tokens.user("compliance.officer")).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/screenings").then().statusCode(202).header("Location", org.hamcrest.Matchers
                        .containsString("/api/v1/screenings/")).extract().jsonPath().getString("id");
    }

    /** A fresh book of n records, submitted while this instance's workers are paused (the test drives them). */
    private String submitPaused(int n) {
        worker.pause(true);
        Books book = Books.next();
        register(book);
        return submit(book.ndjson(n), "application/x-ndjson");
    }

    private static JsonPath get(String id) {
        return given().when().get("/api/v1/screenings/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitDone(String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath p = get(id);
            if ("DONE".equals(p.getString("status"))) {
                return p;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " not done: " + get(id).prettify());
    }

    /** After DONE, idle workers write the book into the population tables. */
    private static void awaitStored(String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (get(id).getLong("populationPending") > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("book of job " + id + " not stored: " + get(id).prettify());
            }
            Thread.sleep(100);
        }
    }

    private static Map<String, Integer> ruleCounts(JsonPath p) {
        Map<String, Integer> m = new TreeMap<>();
        Map<String, Map<String, Object>> byRule = p.getMap("counts.byRule");
        byRule.forEach((k, v) -> m.put(k, ((Number) v.get("findings")).intValue()));
        return m;
    }

    @Test
    void bookIsScreenedWithProgressCountsMalformedLinesAndReports() throws Exception {
        Books book = Books.next();
        register(book);
        int n = 300;
        StringBuilder body = new StringBuilder(book.ndjson(n));
        body.append("{not json\n");                                                    // line 301
        body.append("\n");                                                              // 302: blank, ignored
        body.append("{\"policyNo\": \"BAD-TYPE").append(book.prefix)
                .append("\", \"coverageTerm\": \"twenty\"}\n");                         // 303: wrong type
        body.append(book.record(5)).append('\n');                                       // 304: repeats line 6
        body.append("[1, 2]\n");                                                        // 305: not an object
        String id = submit(body.toString(), "application/x-ndjson");

        JsonPath first = get(id);
        assertEquals(304, first.getInt("total"));
        assertTrue(List.of("INDEX", "EVALUATE", "DONE").contains(first.getString("phase")), first::prettify);

        JsonPath p = awaitDone(id);
        // the screened book is part of the population at once: a new policy with record 20's phone shares it
        ObjectNode sharing = book.record(n + 20);
        ((ObjectNode) sharing.get("policyholder")).put("mobile", book.record(20).get("policyholder").get("mobile").asText());
        assertTrue(given().contentType(ContentType.JSON).body(sharing.toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(200).extract()
                .jsonPath().getList("findings.ruleId").contains("TRU-XREC-003"));
        // and in the population tables once idle workers have stored it
        awaitStored(id);
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hashes.add(keyer.keys(json.convertValue(book.record(i), PolicyRecord.class)).policyHash());
        }
        assertEquals(n, population.byPolicyHashes(hashes).stream().filter(PolicyKeys::storable).count());
        assertEquals(0, queryInt("SELECT COUNT(*) FROM screening_chunk WHERE job_id = '" + id
                + "' AND book_keys IS NOT NULL"));
        assertEquals(304, p.getInt("done"));
        assertEquals(300, p.getInt("screened"), p::prettify);
        assertEquals(4, p.getInt("malformed.count"));
        assertEquals(List.of(301, 303, 304, 305), p.getList("malformed.lines.line"));
        assertTrue(p.getString("malformed.lines[1].message").contains("coverageTerm"), p::prettify);
        assertTrue(p.getString("malformed.lines[2].message").contains("line 6"), p::prettify);
        assertEquals(Books.expectedRules(n), ruleCounts(p), p::prettify);
        assertEquals(Books.expectedDefective(n), p.getInt("defective"));
        assertEquals(6, p.getInt("review"));
        assertEquals(150, p.getInt("counts.byBranch.3301.records"));
        assertEquals(150, p.getInt("counts.byBranch.3302.records"));
        assertEquals(100, p.getInt("counts.byChannel.TELESALES.records"));
        assertEquals(6, p.getInt("counts.byAgent." + book.unknownAgent + ".records"));
        assertEquals(0L, p.getLong("etaSeconds"));
        assertTrue(p.getDouble("ratePerSecond") > 0);
        assertFalse(p.getList("rulesetVersions").isEmpty());

        byte[] xlsx = given().when().get("/api/v1/screenings/" + id + "/report.xlsx").then().statusCode(200)
                .contentType(ScreeningResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = wb.getSheet(ScreeningReport.SUMMARY_SHEET);
            Sheet defects = wb.getSheet(ScreeningReport.DEFECT_SHEET);
            assertNotNull(summary);
            assertNotNull(defects);
            assertEquals(Books.expectedDefective(n) + 6, defects.getLastRowNum());
            String reasons = defects.getRow(1).getCell(8).getStringCellValue();
            assertTrue(reasons.contains("TRU-"), reasons);
            String name = defects.getRow(1).getCell(9).getStringCellValue();
            assertTrue(name.startsWith("张") && name.endsWith("*"), name);
            assertTrue(defects.getRow(1).getCell(10).getStringCellValue().contains("****"));
        }
        String csv = given().when().get("/api/v1/screenings/" + id + "/report.csv").then().statusCode(200)
                .extract().asString();
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertTrue(lines[0].startsWith("行号 line,保单号 policyNo"), lines[0]);
        assertEquals(Books.expectedDefective(n) + 6 + 1, lines.length);
        assertFalse(csv.contains(book.record(3).get("policyholder").get("idNumber").asText()));
    }

    @Test
    void csvBookCarriesBranchColumnAndFlattenedFields() throws Exception {
        Books book = Books.next();
        register(book);
        String[] cols = {"policyNo", "branchCode", "businessType", "channel", "product.code", "product.name",
                "product.category", "product.hasDeathBenefit", "product.investmentLinked", "coverageTerm.unit",
                "coverageTerm.value", "applicationDate", "effectiveDate", "policyholder.name", "policyholder.gender",
                "policyholder.birthDate", "policyholder.idType", "policyholder.idNumber", "policyholder.idValidUntil",
                "policyholder.mobile", "policyholder.landline", "policyholder.address.province",
                "policyholder.address.city", "policyholder.address.district", "policyholder.address.detail",
                "insured.name", "insured.gender", "insured.birthDate", "insured.idType", "insured.idNumber",
                "insured.idValidUntil", "insured.relationshipToPolicyholder", "beneficiaryDesignation",
                "beneficiaries[0].name", "beneficiaries[0].gender", "beneficiaries[0].birthDate",
                "beneficiaries[0].idType", "beneficiaries[0].idNumber", "beneficiaries[0].idValidUntil",
                "beneficiaries[0].relationshipToInsured", "beneficiaries[0].order", "beneficiaries[0].sharePercent",
                "salesperson.agentCode", "salesperson.name", "salesperson.mobile", "salesRecording.completed"};
        StringBuilder csv = new StringBuilder(String.join(",", cols)).append('\n');
        int n = 20;
        for (int i = 0; i < n; i++) {
            var r = book.record(i);
            List<String> cells = new ArrayList<>();
            for (String c : cols) {
                com.fasterxml.jackson.databind.JsonNode v = r;
                for (String part : c.split("\\.")) {
                    v = part.startsWith("beneficiaries[0]") ? v.get("beneficiaries").get(0) : v == null ? null : v.get(part);
                }
                cells.add(v == null || v.isNull() ? "" : "\"" + v.asText().replace("\"", "\"\"") + "\"");
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        csv.append("\"only,two\",cells\n");                                             // line 22
        String id = submit(csv.toString(), "text/csv");
        JsonPath p = awaitDone(id);
        assertEquals(n, p.getInt("screened"), p::prettify);
        assertEquals(List.of(22), p.getList("malformed.lines.line"));
        assertEquals(Books.expectedRules(n), ruleCounts(p), p::prettify);
        assertEquals(10, p.getInt("counts.byBranch.3301.records"));
    }

    @Test
    void abandonedClaimIsTakenOverAndCountedOnce() throws Exception {
        int n = 200;
        String id = submitPaused(n);
        // a first pod indexes every chunk, then claims one to evaluate and dies holding it
        ScreeningStore.Claim abandoned = null;
        while (abandoned == null) {
            ScreeningStore.Claim c = worker.claim("dead-pod/1").orElseThrow();
            if (c.state().equals(ScreeningStore.PENDING)) {
                assertTrue(worker.process(c));
            } else {
                abandoned = c;
            }
        }
        assertEquals("EVALUATE", get(id).getString("phase"));
        exec("UPDATE screening_chunk SET claimed_at = NOW(3) - INTERVAL 1 HOUR WHERE id = " + abandoned.chunkId());
        worker.pause(false);                                   // the surviving pod resumes the job
        JsonPath p = awaitDone(id);
        // the dead pod comes back and tries to commit its stale claim: refused
        assertFalse(worker.process(abandoned));
        JsonPath after = get(id);
        assertEquals(n, after.getInt("screened"));
        assertEquals(Books.expectedRules(n), ruleCounts(after), after::prettify);
        assertEquals(ruleCounts(p), ruleCounts(after));
        assertEquals(Books.expectedDefective(n), after.getInt("defective"));
        // indexed (1), claimed by the dead pod (2), taken over (3), stored into the population (4)
        awaitStored(id);
        assertEquals(4, queryInt("SELECT attempts FROM screening_chunk WHERE id = " + abandoned.chunkId()));
        assertEquals(Books.expectedDefective(n) + 4,
                queryInt("SELECT COUNT(*) FROM screening_defect WHERE job_id = '" + id + "'"));
    }

    @Test
    void aRestartReleasesOnlyItsOwnHostsClaims() throws Exception {
        String id = submitPaused(60);
        ScreeningStore.Claim other = worker.claim("podX1/run-a/0").orElseThrow();
        // host names are matched literally: '_' is not a wildcard
        assertEquals(0, store.releaseClaims("pod_1/", "pod_1/run-b"));
        assertEquals(0, store.releaseClaims("podX1/", "podX1/run-a"), "the running instance keeps its claims");
        assertEquals(1, store.releaseClaims("podX1/", "podX1/run-b"));
        assertEquals(0, queryInt("SELECT COUNT(*) FROM screening_chunk WHERE id = " + other.chunkId()
                + " AND claimed_by IS NOT NULL"));
        worker.pause(false);
        awaitDone(id);
    }

    @Test
    void anotherInstanceEvaluatingTheBookFirstReadsTheChunksIndexedElsewhere() throws Exception {
        int n = 120;
        String id = submitPaused(n);
        ScreeningStore.Claim claim;
        while ((claim = worker.claim("indexer/0").orElseThrow()).state().equals(ScreeningStore.PENDING)) {
            assertTrue(worker.process(claim));
        }
        store.release(claim);
        // a second instance: its own population index, which holds nothing of the book yet
        Population elsewhere = new Population(population,
                new Writers(new SimpleMeterRegistry(), 100, Duration.ofMillis(2), Duration.ofSeconds(3)), auditWriter,
                hasher, Duration.ofSeconds(3), true);
        new HeldBooks(store, elsewhere).catchUp(id);
        assertEquals(n, elsewhere.size(), "every policy of the book, read from the book keys");
        worker.pause(false);
        awaitDone(id);
    }

    @Test
    void aDecidedChunksRecordsAreDeletedWithItsResultsWhileTheRestOfTheBookIsStillScreened() throws Exception {
        String id = submitPaused(150);
        ScreeningStore.Claim claim;
        while ((claim = worker.claim("indexer/0").orElseThrow()).state().equals(ScreeningStore.PENDING)) {
            assertTrue(worker.process(claim));
        }
        assertTrue(worker.process(claim));
        String chunk = "SELECT COUNT(*) FROM screening_chunk WHERE job_id = '" + id + "' AND LENGTH(payload) > 0";
        assertEquals(0, queryInt(chunk + " AND id = " + claim.chunkId()), "the decided chunk's records are gone");
        assertEquals(2, queryInt(chunk), "the two chunks still to decide keep theirs");
        assertEquals("RUNNING", get(id).getString("status"));
        worker.pause(false);
        assertEquals(150, awaitDone(id).getInt("screened"));
        assertEquals(0, queryInt(chunk));
    }

    @Test
    void twoWorkersShareABookAndProcessEveryChunkOnce() throws Exception {
        int n = 400;
        String id = submitPaused(n);
        Runnable podA = () -> drive(id, "pod-a/0");
        Runnable podB = () -> drive(id, "pod-b/0");
        CompletableFuture.allOf(CompletableFuture.runAsync(podA), CompletableFuture.runAsync(podB)).get();
        JsonPath p = awaitDone(id);
        assertEquals(n, p.getInt("screened"));
        assertEquals(Books.expectedRules(n), ruleCounts(p), p::prettify);
        assertEquals(0, queryInt("SELECT COUNT(*) FROM screening_chunk WHERE job_id = '" + id + "' AND attempts <> 3"),
                "each chunk claimed exactly three times: to index, to evaluate, to store into the population");
        Set<String> workers = new HashSet<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT done_by FROM screening_chunk WHERE job_id = '" + id + "' "
                     + "UNION SELECT DISTINCT indexed_by FROM screening_chunk WHERE job_id = '" + id + "'")) {
            while (rs.next()) {
                workers.add(rs.getString(1));
            }
        }
        assertEquals(Set.of("pod-a/0", "pod-b/0"), workers);
    }

    private void drive(String id, String workerId) {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!worker.runOnce(workerId)) {
                if ("DONE".equals(get(id).getString("status"))) {
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Test
    void aChunkStoredAsJsonLinesByAnEarlierVersionIsParsedByIndexWithItsMalformedLines() throws Exception {
        worker.pause(true);
        Books book = Books.next();
        register(book);
        int n = 80;
        String id = submit(book.ndjson(n), "application/x-ndjson");
        assertEquals("R", queryString("SELECT CAST(LEFT(payload, 1) AS CHAR) FROM screening_chunk WHERE job_id = '"
                + id + "' AND seq = 0"), "an upload stores its records parsed");
        // chunk 0 as a version that parsed in INDEX stored it: gzip of JSON lines, one of them of a wrong type
        List<ChunkPayload.Line> lines = new ArrayList<>();
        for (int line = 1; line <= 50; line++) {
            String text = line == 7 ? "{\"policyNo\": \"OLD-" + book.prefix + "\", \"coverageTerm\": \"twenty\"}"
                    : book.record(line - 1).toString();
            lines.add(new ChunkPayload.Line(line, line % 2 == 0 ? "3301" : "3302", text));
        }
        try (Connection c = db.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "UPDATE screening_chunk SET payload = ? WHERE job_id = ? AND seq = 0")) {
            s.setBytes(1, ChunkPayload.encode(lines));
            s.setString(2, id);
            assertEquals(1, s.executeUpdate());
        }
        worker.pause(false);
        JsonPath p = awaitDone(id);
        assertEquals(n - 1, p.getInt("screened"), p::prettify);
        assertEquals(List.of(7), p.getList("malformed.lines.line"));
        assertEquals("wrong JSON type at coverageTerm", p.getString("malformed.lines[0].message"));
        assertEquals(n, p.getInt("done"));
    }

    @Test
    void aChunkThatKeepsFailingFailsItsJobWithTheReasonInsteadOfLooping() throws Exception {
        String id = submitPaused(100);
        exec("UPDATE screening_chunk SET payload = x'1f8b0000' WHERE job_id = '" + id + "' AND seq = 0");
        for (int i = 0; i < 20 && !"FAILED".equals(get(id).getString("status")); i++) {
            try {
                worker.runOnce("poison-pod/0");
            } catch (RuntimeException expected) {
                // the corrupt chunk fails on every attempt
            }
        }
        JsonPath p = get(id);
        assertEquals("FAILED", p.getString("status"), p::prettify);
        assertTrue(p.getString("failure").startsWith("chunk 0 (PENDING) failed 5 times; last error: "), p::prettify);
        assertEquals(0, queryInt("SELECT COUNT(*) FROM screening_chunk WHERE job_id = '" + id + "' AND LENGTH(payload) > 0"),
                "the stored book is dropped");
        assertFalse(worker.runOnce("poison-pod/0"), "nothing left to claim");
    }

    @Test
    void anUploadWhoseInstanceDiedIsFailedAfterTheClaimTimeout() throws Exception {
        String id = submitPaused(60);
        // as if the receiving instance had died mid-upload a while ago
        exec("UPDATE screening_job SET status = 'RECEIVING', last_chunk_at = NOW(3) - INTERVAL 1 HOUR WHERE id = '" + id + "'");
        worker.pause(false);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"FAILED".equals(get(id).getString("status")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        JsonPath p = get(id);
        assertEquals("FAILED", p.getString("status"), p::prettify);
        assertTrue(p.getString("failure").startsWith("upload interrupted"), p::prettify);
    }

    @Test
    void unknownJobIs404AndUnfinishedReportIs409AndMissingTokenIs401() {
        given().when().get("/api/v1/screenings/NOPE").then().statusCode(404).contentType("application/problem+json");
        given().noFiltersOfType(DefaultCaller.class).contentType("application/x-ndjson")
                .body("{}\n".getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/screenings")
                .then().statusCode(401).contentType("application/problem+json");
        given().header(Tokens.user("x")).contentType("text/csv").body("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/screenings")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private void exec(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private int queryInt(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String queryString(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
