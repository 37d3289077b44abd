package cn.lifeinfo.compliance.vocabulary.parse;

import java.util.regex.Pattern;

/**
 * Character tests and removals the parsers run on every field of every record. Loops, not regexes: a Matcher per
 * field and record was several per cent of a book's screening CPU and a tenth of its allocations. The patterns they
 * replace are kept as the definitions in the tests, which compare both on generated strings.
 */
final class Chars {

    /** What a pattern's {@code \s} matches (no Unicode classes): ASCII white space. */
    static final String ASCII_SPACE = " \t\n\u000B\f\r";
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private Chars() {
    }

    /** Whether any of {@code chars} occurs in {@code s}. */
    static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} without any of {@code chars}; {@code s} itself when it has none. */
    static String without(String s, String chars) {
        if (!containsAny(s, chars)) {
            return s;
        }
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (chars.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Runs of ASCII white space as one space (a pattern's {@code \s+} replaced by " "); {@code s} when it has none. */
    static String spacesCollapsed(String s) {
        return containsAny(s, ASCII_SPACE) ? WHITESPACE_RUN.matcher(s).replaceAll(" ") : s;
    }

    /** Whether {@code s[from, to)} is ASCII digits only (a pattern's {@code \d}); true when empty. */
    static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is one or more ASCII digits. */
    static boolean digits(String s) {
        return !s.isEmpty() && digits(s, 0, s.length());
    }

    /** Whether the character at {@code i} is an ASCII digit from {@code lo} to {@code hi}. */
    static boolean digitIn(String s, int i, char lo, char hi) {
        char c = s.charAt(i);
        return c >= lo && c <= hi;
    }
}
