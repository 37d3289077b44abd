package cn.lifeinfo.compliance.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Access requests as JSON for the HTTP tests: one permitted request per role (the happy path of catalog §3.2),
 * and {@link #with} to change one item by path ({@code context.ticket.policyNo}, {@code resource.fields}).
 */
public final class AccessRequests {

    public static final ObjectMapper JSON = new ObjectMapper();

    private AccessRequests() {
    }

    /** A request by an active AGENT for their own customer, which is permitted with idNumber masked. */
    public static ObjectNode agent() {
        ObjectNode r = JSON.createObjectNode();
        ObjectNode s = r.putObject("subject");
        s.put("userId", "u-agent").put("role", "AGENT").put("employmentStatus", "ACTIVE").put("orgType", "INSURER")
                .put("branchCode", "3301").put("agentCode", "A001");
        r.put("action", "VIEW");
        ObjectNode res = r.putObject("resource");
        res.put("customerId", "C0001").put("policyNo", "P0001").put("branchCode", "330106")
                .put("servicingAgentCode", "A001").put("salesOutletCode", "O01").put("intermediaryOrgId", "ORG1")
                .put("dataSubjectAge", 40);
        res.putArray("fields").add("name").add("mobile").add("idNumber");
        r.put("purpose", "SALES_SERVICE");
        r.putObject("context");
        return r;
    }

    /** The same resource, requested by {@code role} for {@code purpose}, with the subject adjusted to fit. */
    public static ObjectNode as(String role, String purpose) {
        ObjectNode r = agent();
        ObjectNode s = (ObjectNode) r.get("subject");
        s.put("role", role).put("userId", "u-" + role.toLowerCase());
        s.remove("agentCode");
        r.put("purpose", purpose);
        return r;
    }

    public static ObjectNode underwriter() {
        ObjectNode r = as("UNDERWRITER", "UNDERWRITING");
        with(r, "subject.branchCode", "33");
        ticket(r, "UNDERWRITING", "P0001");
        return r;
    }

    public static ObjectNode ticket(ObjectNode r, String type, String policyNo) {
        ObjectNode t = ((ObjectNode) r.get("context")).putObject("ticket");
        t.put("type", type).put("id", "T-1").put("policyNo", policyNo);
        return r;
    }

    public static ObjectNode fields(ObjectNode r, String... fields) {
        ArrayNode a = ((ObjectNode) r.get("resource")).putArray("fields");
        for (String f : fields) {
            a.add(f);
        }
        return r;
    }

    /** Sets (or with null, removes) the item at a dotted path, creating objects on the way. */
    public static ObjectNode with(ObjectNode root, String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = node.get(parts[i]);
            node = next instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (value == null) {
            node.remove(last);
        } else {
            node.set(last, JSON.valueToTree(value));
        }
        return root;
    }
}
