package cn.lifeinfo.compliance.access.facts;

/** One row of the 字段分类 sheet (catalog §3.1): a field, its class and whether PIPL Art. 28 calls it sensitive. */
public record FieldClass(String field, String fieldClass, boolean sensitive) {
}
