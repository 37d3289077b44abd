package cn.lifeinfo.compliance.access.facts;

/**
 * One field named in resource.fields, inserted so that the 字段分类 rows match on its name (one alpha-indexed test
 * per row) and classify it. A field no row classifies stays unknown and no role sees it (ACC-FIELD-001).
 */
public final class RequestedField {

    private final String name;
    private FieldClass fieldClass;

    public RequestedField(String name) {
        this.name = name;
    }

    public String getName() { return name; }

    /** Action of the 字段分类 sheet; the first matching row wins. */
    public void classify(String fieldClassName, String sensitive) {
        if (fieldClass == null) {
            fieldClass = new FieldClass(name, fieldClassName.trim().toUpperCase(), RoleGrant.yes(sensitive));
        }
    }

    public FieldClass fieldClass() {
        return fieldClass;
    }
}
