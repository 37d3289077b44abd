package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Request dates: ISO YYYY-MM-DD, never in the future (in the service's zone). */
final class Dates {

    private Dates() {
    }

    /** @return the parsed date, today when {@code value} is blank and {@code defaultToday} */
    static LocalDate notFuture(String value, String field, ZoneId zone, boolean defaultToday) {
        LocalDate today = LocalDate.now(zone);
        if (value == null || value.isBlank()) {
            if (defaultToday) {
                return today;
            }
            throw invalid(field, "required (YYYY-MM-DD)");
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(field, "not a date in the form YYYY-MM-DD");
        }
        if (d.isAfter(today)) {
            throw invalid(field, "is in the future (today is " + today + " in " + zone + ")");
        }
        return d;
    }

    static ProblemException unprocessable(String slug, String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(Failure.UNPROCESSABLE, slug, detail).withErrors(errors));
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(Failure.INVALID, "invalid-field",
                "Invalid " + field + ": " + message).withErrors(List.of(new FieldError(field, message))));
    }
}
