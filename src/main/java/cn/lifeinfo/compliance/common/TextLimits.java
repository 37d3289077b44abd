package cn.lifeinfo.compliance.common;

import java.util.List;

/**
 * Free text checked against the width of the column it ends in, so an overlong value is a 400 naming its field
 * instead of a database error (a 500, or a write-behind batch lost with it). Widths are MariaDB characters; a Java
 * string's length is never fewer, so the check errs on the safe side.
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** Adds an error for {@code field} when {@code value} is longer than {@code max} characters. */
    public static void check(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }
}
