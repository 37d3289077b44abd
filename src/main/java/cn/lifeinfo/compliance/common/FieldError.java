package cn.lifeinfo.compliance.common;

/** One offending field of a request body, by its JSON path (e.g. {@code beneficiaries[0].order}). */
public record FieldError(String field, String message) {
}
