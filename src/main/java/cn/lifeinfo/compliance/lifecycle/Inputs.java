package cn.lifeinfo.compliance.lifecycle;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Field checks of the lifecycle bodies: every problem collected with its field path, then one 400. */
final class Inputs {

    private Inputs() {
    }

    /** A day not after {@code today}; {@code today} when blank and {@code defaultToday}, else an error. */
    static LocalDate day(List<FieldError> errors, String field, String value, LocalDate today, boolean defaultToday) {
        if (value == null || value.isBlank()) {
            if (!defaultToday) {
                errors.add(new FieldError(field, "required (YYYY-MM-DD)"));
            }
            return defaultToday ? today : null;
        }
        try {
            LocalDate d = LocalDate.parse(value.trim());
            if (d.isAfter(today)) {
                errors.add(new FieldError(field, "is in the future (today is " + today + ")"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "not a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    static String required(List<FieldError> errors, String field, String value, int max) {
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

    static void reject(String what, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-field",
                    what + " is invalid: " + errors.get(0).field() + " " + errors.get(0).message())
                    .withErrors(errors));
        }
    }

    static ProblemException body(String shape) {
        return new ProblemException(Problem.of(Failure.INVALID, "invalid-body", "The body must be a JSON object " + shape));
    }
}
