package cn.lifeinfo.compliance.vocabulary.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Catalog §1.3 normalisation shared by every rule: raw values arrive full-width, padded and inconsistently marked. */
public final class TextNormaliser {

    public static final char MIDDLE_DOT = '\u00B7';

    // Catalog §1.3.7; compared case-insensitively after NFKC.
    private static final Set<String> PLACEHOLDERS = Set.of(
            "不详", "无", "同上", "未知", "暂无", "待补", "xxx", "-", "/", "none", "null", "n/a");
    /** Longer values are no placeholder word (lower-casing never shortens them): most fields are longer. */
    private static final int LONGEST_PLACEHOLDER = PLACEHOLDERS.stream().mapToInt(String::length).max().orElse(0);

    private static final String ID_NOISE = Chars.ASCII_SPACE + "-";
    // U+2022 •, U+30FB ・, U+FF65 ･, '.', U+FF0E ．, U+2027 ‧, U+2219 ∙ (NFKC already folds some of these to '.').
    private static final String DOT_CHARS = "\u2022\u30FB\uFF65.\uFF0E\u2027\u2219";
    private static final Pattern DOT_VARIANTS = Pattern.compile("[" + DOT_CHARS + "]");

    private TextNormaliser() {
    }

    public static String nfkc(String s) {
        if (s == null) {
            return null;
        }
        // strip() also removes Unicode spaces that NFKC leaves alone (e.g. U+2028); trim() would not.
        String n = (stableUnderNfkc(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).strip();
        return n.isEmpty() ? null : n;
    }

    /**
     * ASCII, the CJK unified ideographs (with extension A) and the middle dot have no compatibility decomposition and
     * compose with nothing, so a string of only these is its own NFKC. Most fields of a book are such strings, and
     * the normaliser's own check costs several times this loop.
     */
    private static boolean stableUnderNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && !(c >= 0x4E00 && c <= 0x9FFF) && !(c >= 0x3400 && c <= 0x4DBF) && c != MIDDLE_DOT) {
                return false;
            }
        }
        return true;
    }

    public static String idNumber(String s) {
        String n = nfkc(s);
        if (n == null) {
            return null;
        }
        String bare = Chars.without(n, ID_NOISE);
        String cleaned = bare.toUpperCase(Locale.ROOT);
        return cleaned.isEmpty() ? null : cleaned;
    }

    public static String name(String s) {
        String n = nfkc(s);
        if (n == null) {
            return null;
        }
        String collapsed = Chars.spacesCollapsed(n);
        String unified = Chars.containsAny(collapsed, DOT_CHARS)
                ? DOT_VARIANTS.matcher(collapsed).replaceAll(String.valueOf(MIDDLE_DOT)) : collapsed;
        return unified.isBlank() ? null : unified;
    }

    /** Absence is reported by other rules, so null and blank are deliberately not placeholders. */
    public static boolean isPlaceholder(String s) {
        String n = nfkc(s);
        return n != null && normalisedPlaceholder(n);
    }

    /** True when the value carries no information: null, blank or a placeholder. */
    public static boolean isAbsentOrPlaceholder(String s) {
        String n = nfkc(s);
        return n == null || normalisedPlaceholder(n);
    }

    /** Whether an NFKC-normalised, stripped value is a placeholder. */
    static boolean normalisedPlaceholder(String n) {
        return n.length() <= LONGEST_PLACEHOLDER && PLACEHOLDERS.contains(n.toLowerCase(Locale.ROOT)) || filler(n);
    }

    /**
     * Runs of filler characters such as "xx-xx" or "//" carry no information either. A loop, not a regex: every
     * field of every record of a book passes here, and a Matcher per call was about 4 % of a book's screening CPU.
     */
    private static boolean filler(String n) {
        for (int i = 0; i < n.length(); i++) {
            switch (n.charAt(i)) {
                case 'x', 'X', '-', '/', '\\', '.', ' ' -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return !n.isEmpty();
    }

    public static int codePointLength(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }
}
