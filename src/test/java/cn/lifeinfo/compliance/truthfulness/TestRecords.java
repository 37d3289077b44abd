package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.vocabulary.parse.IdNumbers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A clean, in-scope policy record as JSON, and a way to break one field of it by path
 * ({@code policyholder.address.city}, {@code beneficiaries[0].sharePercent}).
 */
public final class TestRecords {

    public static final ObjectMapper JSON = new ObjectMapper();

    private TestRecords() {
    }

    /** A valid 18-digit resident ID: the first 17 characters plus their MOD 11-2 check digit. */
    public static String id(String first17) {
        return first17 + IdNumbers.checkDigit(first17);
    }

    public static ObjectNode clean() {
        ObjectNode r = JSON.createObjectNode();
        r.put("policyNo", "P2024000001");
        r.put("businessType", "INDIVIDUAL");
        r.put("channel", "AGENCY");
        ObjectNode product = r.putObject("product");
        product.put("code", "WL01").put("name", "终身寿险").put("category", "LIFE")
                .put("hasDeathBenefit", true).put("investmentLinked", false);
        r.putObject("coverageTerm").put("unit", "YEAR").put("value", 20);
        r.put("applicationDate", "2024-03-01");
        r.put("effectiveDate", "2024-03-02");
        ObjectNode ph = person("张伟", "M", "1980-05-12", id("33010619800512001"));
        ph.put("mobile", "13957112345");
        ph.put("landline", "0571-88234567");
        ph.putObject("address").put("province", "浙江省").put("city", "杭州市").put("district", "西湖区")
                .put("detail", "文三路100号1幢201室");
        r.set("policyholder", ph);
        ObjectNode ins = person("李娜", "F", "1982-08-20", id("33010619820820002"));
        ins.put("relationshipToPolicyholder", "SPOUSE");
        r.set("insured", ins);
        r.put("beneficiaryDesignation", "DESIGNATED");
        ArrayNode bens = r.putArray("beneficiaries");
        ObjectNode ben = person("张小明", "M", "2008-01-15", id("33010620080115003"));
        ben.put("relationshipToInsured", "CHILD").put("order", 1).put("sharePercent", 100);
        bens.add(ben);
        r.putObject("salesperson").put("agentCode", "A0001").put("name", "王芳").put("mobile", "13600001234");
        r.putObject("salesRecording").put("completed", true);
        return r;
    }

    public static ObjectNode person(String name, String gender, String birthDate, String idNumber) {
        ObjectNode p = JSON.createObjectNode();
        p.put("name", name).put("gender", gender).put("birthDate", birthDate).put("idType", "RESIDENT_ID")
                .put("idNumber", idNumber).put("idValidUntil", "LONG_TERM");
        return p;
    }

    /** Sets (or, with null, nulls) the value at a dotted path; numbers, booleans and JSON nodes keep their type. */
    public static ObjectNode with(ObjectNode record, String path, Object value) {
        ObjectNode copy = record.deepCopy();
        String[] parts = path.split("\\.");
        com.fasterxml.jackson.databind.JsonNode node = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i]);
        }
        String last = parts[parts.length - 1];
        ObjectNode parent = (ObjectNode) node;
        if (value == null) {
            parent.putNull(last);
        } else if (value instanceof Integer n) {
            parent.put(last, n);
        } else if (value instanceof Boolean b) {
            parent.put(last, b);
        } else if (value instanceof com.fasterxml.jackson.databind.JsonNode j) {
            parent.set(last, j);
        } else {
            parent.put(last, value.toString());
        }
        return copy;
    }

    private static com.fasterxml.jackson.databind.JsonNode child(com.fasterxml.jackson.databind.JsonNode node,
                                                                 String part) {
        int bracket = part.indexOf('[');
        if (bracket < 0) {
            return node.get(part);
        }
        int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
        return node.get(part.substring(0, bracket)).get(index);
    }
}
