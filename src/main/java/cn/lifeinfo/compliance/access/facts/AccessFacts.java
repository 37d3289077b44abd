package cn.lifeinfo.compliance.access.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request as the data sheets see it (first pass): the 字段分类 rows classify its {@link RequestedField}s and
 * the 角色矩阵 rows attach the role's grants. Nothing matches on the state they set, so it is plain mutation.
 */
public final class AccessFacts {

    private final String role;
    private final Set<String> fields;
    private final Map<String, RequestedField> requested = new HashMap<>();
    private final List<RoleGrant> grants = new ArrayList<>(2);

    public AccessFacts(String role, Set<String> fields) {
        this.role = role;
        this.fields = fields;
        for (String f : fields) {
            requested.put(f, new RequestedField(f));
        }
    }

    /** Inserted next to this fact for the 字段分类 rows. */
    public Iterable<RequestedField> requestedFields() {
        return requested.values();
    }

    public String getRole() { return role; }
    public Set<String> getFields() { return fields; }

    /** Action of the 角色矩阵 sheet; a role may have several rows (e.g. one per purpose group). */
    public void grant(RoleGrant grant) {
        grants.add(grant);
    }

    public FieldClass classOf(String field) {
        RequestedField f = requested.get(field);
        return f == null ? null : f.fieldClass();
    }

    public List<RoleGrant> grants() {
        return grants;
    }
}
