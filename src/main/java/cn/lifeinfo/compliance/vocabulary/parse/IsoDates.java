package cn.lifeinfo.compliance.vocabulary.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Strict ISO dates (catalog §1.3.8): a malformed or impossible date is a finding, so it parses to null. */
public final class IsoDates {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // STRICT rejects 2023-02-29 instead of resolving it to 2023-02-28.
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    public static LocalDate parse(String s) {
        String n = TextNormaliser.nfkc(s);
        if (n == null || !SHAPE.matcher(n).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(n, ISO);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
