package cn.lifeinfo.compliance.branch;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Checks of request fields and query parameters; every failure names its field (problem+json 400). */
final class Params {

    private Params() {
    }

    /** A date not after today; today when blank and {@code defaultToday}; null (with an error added) otherwise. */
    static LocalDate pastDate(List<FieldError> errors, String field, String value, ZoneId zone, boolean defaultToday) {
        LocalDate today = LocalDate.now(zone);
        LocalDate d = date(errors, field, value, defaultToday ? today : null);
        if (d != null && d.isAfter(today)) {
            errors.add(new FieldError(field, "is in the future (today is " + today + " in " + zone + ")"));
            return null;
        }
        return d;
    }

    /** An ISO date; {@code fallback} when blank (an error when the fallback is null too). */
    static LocalDate date(List<FieldError> errors, String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                errors.add(new FieldError(field, "required (YYYY-MM-DD)"));
            }
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "not a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    /** Required free text of at most {@code max} characters, trimmed; null (with an error added) otherwise. */
    static String text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        if (value.trim().length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
            return null;
        }
        return value.trim();
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when blank. */
    static int number(List<FieldError> errors, String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "a whole number from " + min + " to " + max));
        return fallback;
    }

    static void requireBody(Object body, String shape) {
        if (body == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body", "The body must be a JSON object "
                    + shape));
        }
    }

    static void throwIfAny(List<FieldError> errors, String what) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-field",
                    what + " is invalid: " + errors.get(0).field() + " " + errors.get(0).message()).withErrors(errors));
        }
    }
}
