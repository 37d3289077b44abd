package cn.lifeinfo.compliance.vocabulary.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suffix-insensitive names of administrative divisions (catalog §1.3.7: "浙江" = "浙江省", "杭州" = "杭州市").
 * Only the official name is shortened; the input is compared as written, so "中山区" never matches "中山市".
 */
final class DivisionNames {

    // Longest first, so "广西壮族自治区" loses the whole suffix and becomes "广西".
    private static final List<String> SUFFIXES = List.of("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区",
            "自治区", "自治州", "自治县", "自治旗", "林区", "地区", "新区", "街道", "省", "市", "区", "县", "盟", "旗",
            "镇", "乡");
    private static final String ETHNIC = "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|"
            + "拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|"
            + "俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各";
    // "恩施土家族苗族自治州" is usually written "恩施"; the place name is the shortest prefix before the ethnic names.
    private static final Pattern ETHNIC_AUTONOMY =
            Pattern.compile("^(\\p{IsHan}{2,}?)(?:(?:" + ETHNIC + ")族?)+自治(?:州|县|旗)$");

    private DivisionNames() {
    }

    /** The spellings under which an official name is accepted. */
    static Set<String> aliases(String officialName) {
        Set<String> result = new LinkedHashSet<>();
        String official = key(officialName);
        if (official == null) {
            return result;
        }
        result.add(official);
        result.add(stem(official));
        Matcher m = ETHNIC_AUTONOMY.matcher(official);
        if (m.matches()) {
            result.add(m.group(1));
        }
        return result;
    }

    /** The name without one administrative suffix ("杭州市" → "杭州"), keeping at least two characters. */
    static String stem(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                String stem = name.substring(0, name.length() - suffix.length());
                return TextNormaliser.codePointLength(stem) >= 2 ? stem : name;
            }
        }
        return name;
    }

    /** The comparable form of user input: NFKC, no whitespace; null when absent or a placeholder. */
    static String key(String raw) {
        String n = TextNormaliser.nfkc(raw);
        if (n == null || TextNormaliser.normalisedPlaceholder(n)) {
            return null;
        }
        String k = Chars.without(n, Chars.ASCII_SPACE);
        return k.isEmpty() ? null : k;
    }
}
