package cn.lifeinfo.compliance.vocabulary.parse;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Strict ISO dates (catalog §1.3.8): a malformed or impossible date is a finding, so it parses to null. */
public final class IsoDates {

    private IsoDates() {
    }

    /**
     * {@code uuuu-MM-dd} exactly (ASCII digits after NFKC), and a day that exists: 2023-02-29 is null, not
     * 2023-02-28. Read digit by digit rather than by a regex and a DateTimeFormatter: every date of every record of
     * a book passes here, and those two were a few per cent of a book's screening.
     */
    public static LocalDate parse(String s) {
        String n = TextNormaliser.nfkc(s);
        if (n == null || n.length() != 10 || n.charAt(4) != '-' || n.charAt(7) != '-') {
            return null;
        }
        int year = digits(n, 0, 4);
        int month = digits(n, 5, 7);
        int day = digits(n, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal value of n[from, to), or -1 unless every char is an ASCII digit. */
    private static int digits(String n, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
