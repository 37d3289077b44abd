package cn.lifeinfo.compliance.truthfulness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static cn.lifeinfo.compliance.truthfulness.TestRecords.clean;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.id;
import static cn.lifeinfo.compliance.truthfulness.TestRecords.with;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every single-record rule of catalog §2.1–§2.8 fires on a record built for it, with the catalog's severity, and is
 * silent on the clean record (checked once for all rules in {@link TruthfulnessResourceTest}, and here per rule).
 */
@QuarkusTest
class TruthfulnessRulesResourceTest {

    static Arguments rule(String ruleId, String role, String severity, UnaryOperator<ObjectNode> breakIt) {
        return Arguments.of(ruleId, role, severity, breakIt);
    }

    static UnaryOperator<ObjectNode> set(String path, Object value) {
        return r -> with(r, path, value);
    }

    static UnaryOperator<ObjectNode> set(String path, Object value, String path2, Object value2) {
        return r -> with(with(r, path, value), path2, value2);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
            rule("TRU-SCOPE-001", "policy", "INFO", set("coverageTerm.unit", "MONTH", "coverageTerm.value", 12)),
            rule("TRU-SCOPE-002", "policy", "WARN", set("businessType", null)),
            rule("TRU-SCOPE-002", "policy", "WARN", set("coverageTerm", null)),
            rule("TRU-SCOPE-002", "policy", "WARN", set("coverageTerm.unit", "SEMESTER")),
            rule("TRU-NAME-001", "policyholder", "FAIL", set("policyholder.name", "  ")),
            rule("TRU-NAME-001", "beneficiary[0]", "FAIL", set("beneficiaries[0].name", null)),
            rule("TRU-NAME-002", "insured", "FAIL", set("insured.name", "李女士")),
            rule("TRU-NAME-002", "beneficiary[0]", "FAIL", set("beneficiaries[0].name", "张宝宝")),
            rule("TRU-NAME-003", "policyholder", "FAIL", set("policyholder.name", "张San")),
            rule("TRU-GEN-001", "insured", "FAIL", set("insured.gender", "U")),
            rule("TRU-BIRTH-001", "policyholder", "FAIL", set("policyholder.birthDate", "1980-02-30")),
            rule("TRU-BIRTH-002", "beneficiary[0]", "FAIL", set("beneficiaries[0].birthDate", "2024-05-01")),
            rule("TRU-IDT-001", "insured", "FAIL", set("insured.idType", null)),
            rule("TRU-IDT-002", "insured", "FAIL", set("insured.idType", "DRIVER_LICENSE")),
            rule("TRU-IDT-003", "insured", "FAIL", set("insured.idType", "PASSPORT")),
            rule("TRU-IDT-004", "beneficiary[0]", "WARN",
                    set("beneficiaries[0].idType", "BIRTH_CERTIFICATE", "beneficiaries[0].idNumber", "A123456789")),
            rule("TRU-IDT-005", "insured", "WARN", set("insured.idType", "OTHER", "insured.idNumber", "X1234567")),
            rule("TRU-ID-001", "policyholder", "FAIL", set("policyholder.idNumber", null)),
            rule("TRU-ID-002", "policyholder", "FAIL", set("policyholder.idNumber", "33010619800512")),
            rule("TRU-ID-003", "policyholder", "FAIL", set("policyholder.idNumber", wrongCheckDigit(id("33010619800512001")))),
            rule("TRU-ID-004", "policyholder", "FAIL", set("policyholder.idNumber", id("33010619800230001"))),
            rule("TRU-ID-005", "policyholder", "FAIL", set("policyholder.idNumber", id("70010619800512001"))),
            rule("TRU-ID-006", "policyholder", "WARN", set("policyholder.idNumber", id("33019919800512001"))),
            rule("TRU-ID-007", "policyholder", "FAIL", set("policyholder.idNumber", "330106800512001")),
            rule("TRU-ID-008", "policyholder", "WARN", r -> with(with(with(r, "policyholder.idNumber", "330106800512001"),
                    "applicationDate", "2012-06-01"), "effectiveDate", "2012-06-02")),
            rule("TRU-IDV-001", "insured", "FAIL", set("insured.idValidUntil", "2020-01-01")),
            rule("TRU-CONS-001", "policyholder", "FAIL", set("policyholder.birthDate", "1980-05-13")),
            rule("TRU-CONS-002", "policyholder", "FAIL", set("policyholder.gender", "F")),
            rule("TRU-AGE-001", "beneficiary[0]", "FAIL", set("beneficiaries[0].birthDate", "1900-01-01")),
            rule("TRU-AGE-002", "policyholder", "FAIL", set("policyholder.birthDate", "2010-01-01")),
            rule("TRU-AGE-003", "policyholder", "WARN", set("policyholder.birthDate", "2007-01-01")),
            rule("TRU-PHONE-001", "policyholder", "FAIL", set("policyholder.mobile", null, "policyholder.landline", null)),
            rule("TRU-PHONE-002", "policyholder", "FAIL", set("policyholder.mobile", "1395711234")),
            rule("TRU-PHONE-003", "policyholder", "WARN", set("policyholder.mobile", "15412345679")),
            rule("TRU-PHONE-003", "policyholder", "WARN", set("policyholder.mobile", "17455123456")),
            rule("TRU-PHONE-004", "policyholder", "FAIL", set("policyholder.landline", "5718823456")),
            rule("TRU-PHONE-005", "policyholder", "FAIL", set("policyholder.landline", "0571-882345")),
            rule("TRU-PHONE-006", "policyholder", "WARN", set("policyholder.landline", "0300-8823456")),
            rule("TRU-PHONE-007", "policyholder", "WARN", set("policyholder.mobile", null)),
            rule("TRU-PHONE-008", "policyholder", "FAIL", set("policyholder.mobile", "13800000000")),
            rule("TRU-PHONE-009", "policyholder", "FAIL", set("policyholder.mobile", "95588")),
            rule("TRU-ADDR-001", "policyholder", "FAIL", set("policyholder.address", null)),
            rule("TRU-ADDR-002", "policyholder", "FAIL", set("policyholder.address.province", "火星省")),
            rule("TRU-ADDR-003", "policyholder", "FAIL", set("policyholder.address.city", null)),
            rule("TRU-ADDR-004", "policyholder", "FAIL", set("policyholder.address.district", "")),
            rule("TRU-ADDR-005", "policyholder", "WARN", set("policyholder.address.detail", "文三路")),
            rule("TRU-ADDR-006", "policyholder", "WARN", set("policyholder.address.district", "朝阳区")),
            rule("TRU-ADDR-008", "policyholder", "FAIL", set("policyholder.address.detail", "不详")),
            rule("TRU-REL-001", "insured", "FAIL", set("insured.relationshipToPolicyholder", null)),
            rule("TRU-REL-002", "insured", "FAIL", set("insured.relationshipToPolicyholder", "COUSIN")),
            rule("TRU-REL-003", "insured", "FAIL", set("insured.relationshipToPolicyholder", "SELF")),
            rule("TRU-REL-004", "insured", "FAIL", set("insured.relationshipToPolicyholder", "CHILD",
                    "insured.birthDate", "1990-01-01")),
            rule("TRU-REL-005", "insured", "WARN", set("insured.birthDate", "2005-01-01",
                    "insured.idNumber", id("33010620050101002"))),
            rule("TRU-REL-006", "insured", "WARN", set("insured.relationshipToPolicyholder", "OTHER")),
            rule("TRU-REL-007", "insured", "FAIL", r -> with(with(with(r, "insured.relationshipToPolicyholder",
                    "GRANDCHILD"), "insured.birthDate", "2020-01-01"), "insured.idNumber", id("33010620200101002"))),
            rule("TRU-BEN-001", "policy", "FAIL", set("beneficiaries", TestRecords.JSON.createArrayNode())),
            rule("TRU-BEN-002", "policy", "FAIL", set("beneficiaries[0].sharePercent", 90)),
            rule("TRU-BEN-003", "beneficiary[0]", "FAIL", r -> with(r, "beneficiaries[0].idNumber",
                    r.get("insured").get("idNumber").asText())),
            rule("TRU-SALES-001", "salesperson", "FAIL", set("salesperson.agentCode", null)),
            rule("TRU-SALES-002", "salesperson", "FAIL", set("channel", "BROKER")),
            rule("GATE-REC-001", "policy", "FAIL", set("channel", "TELESALES", "salesRecording.completed", false)),
            rule("GATE-REC-001", "policy", "FAIL", set("policyholder.birthDate", "1960-01-01",
                    "salesRecording.completed", false))
        );
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("rules")
    void firesOnARecordBuiltForIt(String ruleId, String role, String severity, UnaryOperator<ObjectNode> breakIt) {
        JsonPath d = TruthfulnessResourceTest.decide(breakIt.apply(clean()));
        List<Map<String, Object>> findings = d.getList("findings");
        assertTrue(findings.stream().anyMatch(f -> ruleId.equals(f.get("ruleId")) && role.equals(f.get("role"))
                        && severity.equals(f.get("severity"))),
                () -> ruleId + " " + severity + " on " + role + " expected, got " + findings);
        JsonPath quiet = TruthfulnessResourceTest.decide(clean());
        assertFalse(quiet.getList("findings.ruleId").contains(ruleId));
    }

    static String wrongCheckDigit(String valid) {
        return valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
    }
}
