package cn.lifeinfo.compliance.ruleset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a column accepts. Every cell is checked against its column's grammar before anything is compiled, and the
 * checked value is what reaches the DRL: so a cell can never carry an expression.
 * <ul>
 * <li>YES_NO: 是/否 (also Y/N, true/false, Excel booleans)</li>
 * <li>NUMBER: a decimal in [min, max], whole if {@code integer}</li>
 * <li>DATE: yyyy-MM-dd (or an Excel date)</li>
 * <li>CODE / CODES: one / a comma-separated list of {@code codes}</li>
 * <li>WORDS: the name of a word list on the workbook's 词表 sheet; the service turns it into a pattern</li>
 * <li>PATTERN: an identifier-like value matching {@code pattern}, e.g. a rule id</li>
 * <li>TEXT: free text, always quoted and escaped</li>
 * </ul>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CellGrammar(Type type, List<String> codes, BigDecimal min, BigDecimal max, boolean integer,
                          String pattern, String example) {

    public enum Type { YES_NO, NUMBER, DATE, CODE, CODES, WORDS, PATTERN, TEXT }

    private static final int MAX_TEXT = 500;

    /** A value the checked cell contributes: {@code items} for lists, {@code value} otherwise. */
    public record Checked(String value, List<String> items) {
    }

    public static class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /** Values that can stand unquoted in DRL: true/false and numbers. */
    boolean literalSafe() {
        return type == Type.YES_NO || type == Type.NUMBER;
    }

    /**
     * @param raw    the cell as text (never blank)
     * @param quoted whether the value lands inside a DRL string (是/否 stay 是/否 there, else become true/false)
     */
    public Checked check(String raw, boolean quoted, WordLists words) throws Invalid {
        String v = raw.trim();
        return switch (type) {
            case YES_NO -> {
                Boolean yes = yesNo(v);
                if (yes == null) {
                    throw new Invalid("应填 是 或 否 / expected 是 (yes) or 否 (no), found \"" + v + "\"");
                }
                yield single(quoted ? (yes ? "是" : "否") : yes.toString());
            }
            case NUMBER -> single(number(v));
            case DATE -> {
                try {
                    yield single(LocalDate.parse(v).toString());
                } catch (DateTimeParseException e) {
                    throw new Invalid("应为日期 yyyy-MM-dd / expected a date such as 2013-01-01, found \"" + v + "\"");
                }
            }
            case CODE -> {
                if (!codes.contains(v)) {
                    throw unknownCode(v);
                }
                yield single(v);
            }
            case CODES -> {
                List<String> items = new ArrayList<>();
                for (String item : v.split("\\s*[,，、]\\s*")) {
                    if (!codes.contains(item)) {
                        throw unknownCode(item);
                    }
                    items.add(item);
                }
                yield new Checked(String.join(", ", items), items);
            }
            case WORDS -> single(words.pattern(v));
            case PATTERN -> {
                if (!Pattern.compile(pattern).matcher(v).matches()) {
                    throw new Invalid("格式不符 / not in the expected form" + (example == null || example.isEmpty()
                            ? "" : " (例 e.g. " + example + ")") + ": \"" + shorten(v) + "\"");
                }
                yield single(v);
            }
            case TEXT -> {
                if (v.length() > MAX_TEXT) {
                    throw new Invalid("文字过长(最多 " + MAX_TEXT + " 字) / text longer than " + MAX_TEXT + " characters");
                }
                yield single(v);
            }
        };
    }

    private String number(String v) throws Invalid {
        BigDecimal n;
        try {
            n = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new Invalid("应为数字 / expected a number, found \"" + shorten(v) + "\"");
        }
        if ((min != null && n.compareTo(min) < 0) || (max != null && n.compareTo(max) > 0)) {
            throw new Invalid("数字超出范围 " + min.toPlainString() + "–" + max.toPlainString()
                    + " / number outside " + min.toPlainString() + "–" + max.toPlainString() + ": " + v);
        }
        n = n.stripTrailingZeros();
        if (integer && n.scale() > 0) {
            throw new Invalid("应为整数 / expected a whole number, found " + v);
        }
        return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
    }

    private Invalid unknownCode(String v) {
        return new Invalid("未知代码 \"" + shorten(v) + "\",可选 / unknown code, allowed: " + String.join(", ", codes));
    }

    static Boolean yesNo(String v) {
        return switch (v) {
            case "是", "Y", "y", "TRUE", "True", "true" -> Boolean.TRUE;
            case "否", "N", "n", "FALSE", "False", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Checked single(String v) {
        return new Checked(v, List.of(v));
    }

    private static String shorten(String v) {
        return v.length() > 80 ? v.substring(0, 80) + "…" : v;
    }

    /** For the workbook generator and messages: a one-line description of what the column accepts. */
    public String describe() {
        return switch (type) {
            case YES_NO -> "是/否";
            case NUMBER -> "数字 number " + min.toPlainString() + "–" + max.toPlainString();
            case DATE -> "日期 date yyyy-MM-dd";
            case CODE -> "代码 code: " + String.join(" / ", codes);
            case CODES -> "代码,可多个,逗号分隔 codes, comma-separated: " + String.join(" / ", codes);
            case WORDS -> "词表名称 word list name (词表 sheet)";
            case PATTERN -> "例 e.g. " + example;
            case TEXT -> "文字 text";
        };
    }

    @Override
    public String toString() {
        return type + (codes == null ? "" : Arrays.toString(codes.toArray()));
    }
}
