package cn.lifeinfo.compliance.truthfulness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.JSON;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.id;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cross-record (XR) and registry (REF) rules over the stored population, single and batch. */
@QuarkusTest
class CrossRecordResourceTest {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 40_000));

    /** A clean record whose policyholder, insured, beneficiary, phones and address are unique to this run. */
    static ObjectNode unique() {
        int n = SEQ.incrementAndGet();
        String s = String.format("%05d", n % 100_000);
        ObjectNode r = clean();
        r.put("policyNo", "XR-" + System.nanoTime() + "-" + n);
        r = with(r, "policyholder.idNumber", id("330106198005" + "12" + seq3(n, 1)));
        r = with(r, "policyholder.name", "张" + hanOf(n));
        r = with(r, "policyholder.mobile", "1395" + s.substring(0, 3) + "7" + s.substring(3) + "1");
        r = with(r, "policyholder.landline", "0571-8" + s + "3");
        r = with(r, "policyholder.address.detail", "文三路" + n + "号" + (n % 7 + 1) + "幢");
        r = with(r, "insured.idNumber", id("330106198208" + "20" + seq3(n, 0)));
        r = with(r, "beneficiaries[0].idNumber", id("330106200801" + "15" + seq3(n, 1)));
        return r;
    }

    /** A 3-digit sequence with the parity that matches the gender (odd = male). */
    private static String seq3(int n, int parity) {
        int v = (n * 2 + parity) % 1000;
        return String.format("%03d", v);
    }

    private static String hanOf(int n) {
        return new String(Character.toChars(0x4E00 + (n % 5000))) + new String(Character.toChars(0x4E00 + (n / 7 % 5000)));
    }

    static JsonPath single(ObjectNode record, boolean dryRun) {
        return given().contentType(ContentType.JSON).body(record.toString())
                .when().post("/api/v1/decisions/truthfulness?dryRun=" + dryRun).then().statusCode(200)
                .extract().jsonPath();
    }

    static List<Map<String, Object>> batch(List<ObjectNode> records, boolean dryRun) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray("records");
        records.forEach(array::add);
        return given().contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/decisions/truthfulness/batch?dryRun=" + dryRun).then().statusCode(200)
                .extract().jsonPath().getList("decisions");
    }

    @SuppressWarnings("unchecked")
    static List<String> rules(Map<String, Object> decision, String role) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) decision.get("findings")) {
            if (role == null || role.equals(f.get("role"))) {
                ids.add(f.get("ruleId") + ":" + f.get("field"));
            }
        }
        Collections.sort(ids);
        return ids;
    }

    @Test
    void uniqueRecordIsCleanAndSilentOnEveryCrossRecordRule() {
        JsonPath d = single(unique(), true);
        assertEquals(List.of(), d.getList("findings"), () -> d.prettify());
    }

    @Test
    void registeredSalespersonPhoneIsXrec001ExceptOnHisOwnPolicy() {
        ObjectNode agentOwn = unique();
        String phone = agentOwn.get("policyholder").get("mobile").asText();
        String agentId = agentOwn.get("policyholder").get("idNumber").asText();
        given().contentType(ContentType.JSON).body(Map.of("agentCode", "AG-XR-" + phone, "name", "销售甲",
                        "idNumber", agentId, "mobile", phone, "branchCode", "3301", "status", "ACTIVE"))
                .when().put("/api/v1/agents/AG-XR-" + phone).then().statusCode(201);
        // the agent insuring himself keeps his own phone
        assertFalse(single(agentOwn, true).getList("findings.ruleId").contains("TRU-XREC-001"));
        // a customer with the agent's phone
        ObjectNode customer = with(unique(), "policyholder.mobile", phone);
        JsonPath d = single(customer, true);
        assertTrue(d.getList("findings.ruleId").contains("TRU-XREC-001"), d::prettify);
        assertEquals("FAIL", d.getString("overall"));
    }

    private static void registerAgent(String code, String name, String idNumber, String mobile) {
        Map<String, Object> body = new HashMap<>(Map.of("agentCode", code, "name", name, "mobile", mobile,
                "branchCode", "3301", "status", "ACTIVE"));
        if (idNumber != null) {
            body.put("idNumber", idNumber);
        }
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/agents/" + code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                        org.hamcrest.Matchers.is(201)));
    }

    private static boolean xrec001(ObjectNode record) {
        return single(record, true).getList("findings.ruleId").contains("TRU-XREC-001");
    }

    // Catalog §2.9 TRU-XREC-001: the salesperson is himself the policyholder when the registry's ID number for him
    // equals the policyholder's; a registry ID that differs decides, even when the names agree.
    @Test
    void registryIdOfTheAgentDecidesWhetherHeIsThePolicyholder() {
        ObjectNode holder = unique();
        String phone = holder.get("policyholder").get("mobile").asText();
        String name = holder.get("policyholder").get("name").asText();
        String otherId = unique().get("policyholder").get("idNumber").asText();
        registerAgent("AG-XRID-" + phone, name, otherId, phone);
        assertTrue(xrec001(holder), "same name, other ID in the registry: not the policyholder");
        ObjectNode servicedByHim = with(with(with(unique(), "policyholder.mobile", phone),
                "policyholder.name", name), "salesperson.agentCode", "AG-XRID-" + phone);
        servicedByHim = with(servicedByHim, "salesperson.name", name);
        servicedByHim = with(servicedByHim, "salesperson.mobile", phone);
        assertTrue(xrec001(servicedByHim));
    }

    // Catalog §2.9 TRU-XREC-001: when the registry holds no ID number for him, his name equal to the policyholder's
    // makes him the policyholder.
    @Test
    void agentWithoutRegistryIdIsThePolicyholderWhenTheNamesAreEqual() {
        ObjectNode holder = unique();
        String phone = holder.get("policyholder").get("mobile").asText();
        String name = holder.get("policyholder").get("name").asText();
        registerAgent("AG-XRNM-" + phone, " " + name + " ", null, phone);
        assertFalse(xrec001(holder), "registered without ID, same (normalised) name: his own policy");
        // another policyholder with his phone
        ObjectNode customer = with(unique(), "policyholder.mobile", phone);
        assertTrue(xrec001(customer));
        // the same person selling to himself through his own agent code, the record naming him
        ObjectNode own = with(with(holder, "salesperson.agentCode", "AG-XRNM-" + phone), "salesperson.mobile", phone);
        assertFalse(xrec001(own));
    }

    @Test
    void unregisteredServicingSalespersonIsThePolicyholderWhenTheNamesAreEqual() {
        ObjectNode r = unique();
        String phone = r.get("policyholder").get("mobile").asText();
        r = with(r, "salesperson.agentCode", "AG-XRUN-" + phone); // not in the registry
        r = with(r, "salesperson.mobile", phone);
        assertTrue(xrec001(r), "the salesperson 王芳 is not the policyholder");
        r = with(r, "salesperson.name", r.get("policyholder").get("name").asText());
        assertFalse(xrec001(r), "no registry ID for him, same name: he insures himself");
    }

    @Test
    void servicingAgentWithThePolicyholdersRegistryIdIsThePolicyholderWhateverTheNameOnThePolicy() {
        ObjectNode r = unique();
        String phone = r.get("policyholder").get("mobile").asText();
        registerAgent("AG-XRSV-" + phone, "销售乙", r.get("policyholder").get("idNumber").asText(), phone);
        r = with(r, "salesperson.agentCode", "AG-XRSV-" + phone);
        r = with(r, "salesperson.mobile", phone);
        assertFalse(xrec001(r));
    }

    @Test
    void servicingSalespersonsOwnMobileIsXrec001() {
        ObjectNode r = unique();
        r = with(r, "salesperson.mobile", r.get("policyholder").get("mobile").asText());
        assertTrue(single(r, true).getList("findings.ruleId").contains("TRU-XREC-001"));
    }

    @Test
    void phoneSharedByThreeUnrelatedPolicyholdersFailsEveryRecordWhateverTheOrder() {
        String shared = unique().get("policyholder").get("mobile").asText();
        List<ObjectNode> three = List.of(with(unique(), "policyholder.mobile", shared),
                with(unique(), "policyholder.mobile", shared), with(unique(), "policyholder.mobile", shared));
        List<Map<String, Object>> forward = batch(three, true);
        List<ObjectNode> reversed = new ArrayList<>(three);
        Collections.reverse(reversed);
        List<Map<String, Object>> backward = batch(reversed, true);
        Map<Object, List<String>> byPolicy = new HashMap<>();
        forward.forEach(d -> byPolicy.put(d.get("policyNo"), rules(d, null)));
        for (Map<String, Object> d : backward) {
            assertEquals(byPolicy.get(d.get("policyNo")), rules(d, null), "order must not matter");
            assertTrue(rules(d, "policyholder").contains("TRU-XREC-002:mobile"), () -> rules(d, null).toString());
        }
    }

    @Test
    void twoUnrelatedShareIsXrec003AndAFamilyLinkMakesThemOne() {
        String shared = unique().get("policyholder").get("mobile").asText();
        ObjectNode a = with(unique(), "policyholder.mobile", shared);
        ObjectNode b = with(unique(), "policyholder.mobile", shared);
        for (Map<String, Object> d : batch(List.of(a, b), true)) {
            assertTrue(rules(d, "policyholder").contains("TRU-XREC-003:mobile"), () -> rules(d, null).toString());
        }
        // c's policyholder is a's insured spouse: a and c are one family, b is unrelated → 2 components, not 3
        ObjectNode c = with(unique(), "policyholder.mobile", shared);
        ObjectNode aInsured = (ObjectNode) a.get("insured");
        c = with(with(with(with(c, "policyholder.idNumber", aInsured.get("idNumber").asText()),
                "policyholder.name", aInsured.get("name").asText()), "policyholder.gender", "F"),
                "policyholder.birthDate", aInsured.get("birthDate").asText());
        c = with(with(with(c, "insured.idNumber", a.get("policyholder").get("idNumber").asText()),
                "insured.name", a.get("policyholder").get("name").asText()), "insured.gender", "M");
        c = with(c, "insured.birthDate", a.get("policyholder").get("birthDate").asText());
        for (Map<String, Object> d : batch(List.of(a, b, c), true)) {
            List<String> found = rules(d, "policyholder");
            assertTrue(found.contains("TRU-XREC-003:mobile"), found::toString);
            assertFalse(found.contains("TRU-XREC-002:mobile"), found::toString);
        }
    }

    @Test
    void relatednessFollowsChainsThroughTheStoredPopulation() {
        // x –address– s1 –identity– s2 –address– s3 –identity– s4 –address– s5 –identity– y: one component, so x and
        // y sharing a phone is no finding, although s3 and s4 are related to neither x nor y nor their direct relations
        ObjectNode x = unique();
        String phone = x.get("policyholder").get("mobile").asText();
        List<ObjectNode> chain = new ArrayList<>();
        ObjectNode last = x;
        for (int i = 1; i <= 5; i++) {
            last = i % 2 == 1 ? sameAddress(unique(), last) : samePolicyholder(unique(), last);
            chain.add(last);
        }
        chain.add(with(samePolicyholder(unique(), last), "policyholder.mobile", phone));
        batch(chain, false);
        List<String> chained = single(x, true).getList("findings.ruleId");
        assertFalse(chained.contains("TRU-XREC-003"), chained::toString);
        // a policyholder outside the chain with the same phone makes two components
        single(with(unique(), "policyholder.mobile", phone), false);
        List<String> shared = single(x, true).getList("findings.ruleId");
        assertTrue(shared.contains("TRU-XREC-003"), shared::toString);
    }

    private static ObjectNode sameAddress(ObjectNode r, ObjectNode other) {
        return with(r, "policyholder.address.detail", other.get("policyholder").get("address").get("detail").asText());
    }

    private static ObjectNode samePolicyholder(ObjectNode r, ObjectNode other) {
        JsonNode ph = other.get("policyholder");
        ObjectNode out = r;
        for (String field : List.of("idNumber", "name", "gender", "birthDate")) {
            out = with(out, "policyholder." + field, ph.get(field).asText());
        }
        return out;
    }

    @Test
    void storedPopulationIsSeenByLaterDecisionsAndDryRunsStoreNothing() {
        String shared = unique().get("policyholder").get("mobile").asText();
        single(with(unique(), "policyholder.mobile", shared), true);
        assertFalse(single(with(unique(), "policyholder.mobile", shared), true).getList("findings.ruleId")
                .contains("TRU-XREC-003"), "a dry run must not join the population");
        single(with(unique(), "policyholder.mobile", shared), false);
        JsonPath later = single(with(unique(), "policyholder.mobile", shared), true);
        assertTrue(later.getList("findings.ruleId").contains("TRU-XREC-003"), later::prettify);
    }

    @Test
    void resubmissionReplacesThePolicyInThePopulation() {
        String shared = unique().get("policyholder").get("mobile").asText();
        ObjectNode first = with(unique(), "policyholder.mobile", shared);
        single(first, false);
        // the same policy again (corrected): it does not share with its former self
        assertFalse(single(first, false).getList("findings.ruleId").contains("TRU-XREC-003"));
    }

    @Test
    void sameIdWithAnotherNameElsewhereIsXrec004() {
        ObjectNode a = unique();
        single(a, false);
        ObjectNode b = unique();
        b = with(b, "insured.idNumber", a.get("policyholder").get("idNumber").asText());
        b = with(with(b, "insured.birthDate", "1980-05-12"), "insured.gender", "M");
        b = with(b, "insured.name", "王" + a.get("policyholder").get("name").asText().substring(1));
        JsonPath d = single(b, true);
        assertTrue(d.getList("findings.findAll { it.role == 'insured' }.ruleId").contains("TRU-XREC-004"),
                d::prettify);
    }

    @Test
    void threeUnrelatedPolicyholdersAtOneFullAddressIsXrec005() {
        String detail = unique().get("policyholder").get("address").get("detail").asText();
        List<ObjectNode> three = List.of(with(unique(), "policyholder.address.detail", detail),
                with(unique(), "policyholder.address.detail", detail),
                with(unique(), "policyholder.address.detail", detail));
        for (Map<String, Object> d : batch(three, true)) {
            assertTrue(rules(d, "policyholder").contains("TRU-XREC-005:address"), () -> rules(d, null).toString());
        }
    }

    @Test
    void institutionPhoneIsPhone009AndInstitutionAddressIsAddr007() {
        ObjectNode r = unique();
        String landline = r.get("policyholder").get("landline").asText();
        String inst = "BO-" + System.nanoTime();
        ObjectNode body = JSON.createObjectNode().put("institutionId", inst).put("type", "BANK_OUTLET")
                .put("name", "某银行网点").put("phone", landline);
        body.set("address", r.get("policyholder").get("address").deepCopy());
        given().contentType(ContentType.JSON).body(body.toString()).when().put("/api/v1/institutions/" + inst)
                .then().statusCode(201);
        List<String> found = single(r, true).getList("findings.ruleId");
        assertTrue(found.contains("TRU-PHONE-009") && found.contains("TRU-ADDR-007"), found::toString);
    }

    @Test
    void salespersonAsBeneficiaryIsBen004() {
        ObjectNode r = unique();
        String benId = r.get("beneficiaries").get(0).get("idNumber").asText();
        String code = "AG-BEN-" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("agentCode", code, "name", "销售乙", "idNumber", benId))
                .when().put("/api/v1/agents/" + code).then().statusCode(201);
        JsonPath d = single(r, true);
        assertTrue(d.getList("findings.findAll { it.role == 'beneficiary[0]' }.ruleId").contains("TRU-BEN-004"),
                d::prettify);
    }

    @Test
    void batchRejectsDuplicatePoliciesAndTooManyRecords() {
        ObjectNode r = unique();
        ObjectNode body = JSON.createObjectNode();
        body.putArray("records").add(r).add(r);
        given().contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/decisions/truthfulness/batch").then().statusCode(400)
                .body("errors.field", hasItem("records[1].policyNo"));
        given().contentType(ContentType.JSON).body("{\"records\": 5}")
                .when().post("/api/v1/decisions/truthfulness/batch").then().statusCode(400)
                .body("errors.field", hasItem("records"));
    }
}
