package cn.lifeinfo.compliance.access;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masking formats of catalog §3.3 (ACC-MASK-001), applied to the fields a PERMIT decision lists under
 * {@code mask}: mobile {@code 138****5678}, landline {@code 0571-****4321}, idNumber {@code 330***********123X},
 * birthDate {@code 1985-**-**}, address province + city + district only, bankAccount last 4, name {@code 张*} /
 * {@code 欧阳**}, email {@code z***@example.com}. Any other field (images, health data, codes) is replaced whole by
 * {@code ***}. Values too short for a format are starred completely rather than shown.
 */
public final class FieldMasker {

    public static final String HIDDEN = "***";

    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门",
            "万俟", "闻人", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "钟离", "呼延", "赫连");
    private static final Pattern ADDRESS_PREFIX = Pattern.compile(
            "^((?:.+?(?:省|自治区|特别行政区))?(?:.+?(?:市|自治州|地区|盟))?(?:.+?(?:区|县|市|旗)))");

    private FieldMasker() {
    }

    /** A copy of the record with every listed field masked; other fields are returned as given. */
    public static Map<String, Object> apply(Map<String, ?> record, Collection<String> mask) {
        Map<String, Object> out = new LinkedHashMap<>(record);
        for (String field : mask) {
            if (out.containsKey(field)) {
                out.put(field, mask(field, out.get(field)));
            }
        }
        return out;
    }

    public static Object mask(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (field.equals("address")) {
            return address(value);
        }
        String s = normal(value.toString());
        return switch (field) {
            case "mobile" -> mobile(s);
            case "landline" -> landline(s);
            case "idNumber" -> idDigits(s);
            case "birthDate" -> birthDate(s);
            case "bankAccount" -> keep(s.replaceAll("[\\s-]", ""), 0, 4);
            case "name" -> name(s);
            case "email" -> email(s);
            default -> HIDDEN;
        };
    }

    /** {@code 330***********123X}: the first three and the last four characters. */
    public static String idNumber(String s) {
        String v = s == null ? null : idDigits(normal(s));
        return v == null || v.isEmpty() ? null : v;
    }

    private static String idDigits(String normalised) {
        return keep(normalised.replaceAll("[\\s-]", "").toUpperCase(), 3, 4);
    }

    /** A phone already reduced to its digits (catalog §1.3): a landline when it has an area code, else a mobile. */
    public static String phone(String digits) {
        if (digits == null) {
            return null;
        }
        return digits.startsWith("0") && digits.length() >= 10 ? landline(digits) : mobile(digits);
    }

    /** {@code 138****5678}: the prefixes of catalog §1.3 removed first. */
    static String mobile(String s) {
        String d = s.replaceAll("\\D", "");
        if (d.length() == 15 && d.startsWith("0086")) {
            d = d.substring(4);
        } else if (d.length() == 13 && d.startsWith("86")) {
            d = d.substring(2);
        } else if (d.length() == 12 && d.startsWith("0")) {
            d = d.substring(1);
        }
        if (d.length() < 8) {
            return stars(d.length());
        }
        return d.substring(0, 3) + "****" + d.substring(d.length() - 4);
    }

    /** {@code 0571-****4321}: area code kept, local number reduced to its last four digits, extension dropped. */
    static String landline(String s) {
        String main = s.split("转|分机|ext|#|x", 2)[0];
        String[] groups = main.split("-");
        String area;
        String local;
        if (groups.length >= 2 && groups[0].replaceAll("\\D", "").startsWith("0")) {
            area = groups[0].replaceAll("\\D", "");
            local = groups[1].replaceAll("\\D", "");
        } else {
            String d = main.replaceAll("\\D", "");
            int len = d.startsWith("010") || d.startsWith("02") ? 3 : d.startsWith("0") ? 4 : 0;
            area = d.substring(0, Math.min(len, d.length()));
            local = d.substring(area.length());
        }
        if (local.length() < 5) {
            return (area.isEmpty() ? "" : area + "-") + stars(local.length());
        }
        return (area.isEmpty() ? "" : area + "-") + "****" + local.substring(local.length() - 4);
    }

    /** {@code 1985-**-**}. */
    static String birthDate(String s) {
        if (s.length() >= 4 && s.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return s.substring(0, 4) + "-**-**";
        }
        return HIDDEN;
    }

    /** Surname kept (compound surnames such as 欧阳 keep two characters), one star per remaining character. */
    public static String name(String s) {
        if (s == null) {
            return null;
        }
        int n = s.codePointCount(0, s.length());
        if (n <= 1) {
            return s;
        }
        int keep = n > 2 && COMPOUND_SURNAMES.contains(s.substring(0, s.offsetByCodePoints(0, 2))) ? 2 : 1;
        int cut = s.offsetByCodePoints(0, keep);
        return s.substring(0, cut) + stars(n - keep);
    }

    static String email(String s) {
        int at = s.indexOf('@');
        if (at < 1) {
            return HIDDEN;
        }
        return s.charAt(0) + "***" + s.substring(at);
    }

    /** Province, city and district only: the detail is dropped from a structured address, cut from a text one. */
    static Object address(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String part : new String[]{"province", "city", "district"}) {
                if (map.containsKey(part)) {
                    out.put(part, map.get(part));
                }
            }
            return out;
        }
        String s = normal(value.toString());
        Matcher m = ADDRESS_PREFIX.matcher(s);
        return m.find() ? m.group(1) + HIDDEN : HIDDEN;
    }

    /** A policy number as pages show it: the first 3 and last 4 characters (long numbers shortened). */
    public static String policyNo(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        return t.length() > 40 ? t.substring(0, 3) + "****" + t.substring(t.length() - 4) : keep(t, 3, 4);
    }

    /** The first {@code head} and last {@code tail} characters kept, the rest starred; short values fully starred. */
    static String keep(String s, int head, int tail) {
        if (s.length() <= head + tail) {
            return stars(s.length());
        }
        return s.substring(0, head) + stars(s.length() - head - tail) + s.substring(s.length() - tail);
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).trim();
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(n, 0));
    }
}
