package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.truthfulness.parse.TextNormaliser;

/** Display masks for registry reads (catalog §3.3 formats): what a GET may show of personal fields. */
public final class Masking {

    private Masking() {
    }

    /** Keep the first 3 and the last 4 characters: 138****5678, 330***********123X. */
    public static String keepEnds(String raw) {
        String v = TextNormaliser.nfkc(raw);
        if (v == null) {
            return null;
        }
        v = v.replaceAll("[\\s-]", "");
        if (v.length() <= 7) {
            return "*".repeat(v.length());
        }
        return v.substring(0, 3) + "*".repeat(v.length() - 7) + v.substring(v.length() - 4);
    }

    /** A normalised phone (digits): mobiles 138****5678, landlines 0571-****4321. */
    public static String phone(String normalisedDigits) {
        if (normalisedDigits == null) {
            return null;
        }
        if (normalisedDigits.startsWith("0") && normalisedDigits.length() >= 10) {
            int area = normalisedDigits.startsWith("010") || normalisedDigits.startsWith("02") ? 3 : 4;
            return normalisedDigits.substring(0, area) + "-****"
                    + normalisedDigits.substring(normalisedDigits.length() - 4);
        }
        return keepEnds(normalisedDigits);
    }

    /** Address detail is never shown; province, city and district are. */
    public static String detail(String raw) {
        return TextNormaliser.nfkc(raw) == null ? null : "****";
    }
}
