package cn.lifeinfo.compliance.vocabulary.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Catalog §1.3.5 normalisation and TRU-PHONE-004/005/006/008/009 for a landline. */
public final class Landlines {

    private static final Pattern EXTENSION_MARKER = Pattern.compile("(?i)转|分机|ext\\.?|x|#");
    /** Characters that may start an extension marker: the pattern is run only on text that has one. */
    private static final String MARKER_START = "转分xX#";
    private static final String NOISE = Chars.ASCII_SPACE + "()[]【】.-";
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Landlines() {
    }

    /** @param d the area-code reference; null means {@link Divisions#standard()} */
    public static LandlineCheck check(String raw, Divisions d) {
        if (TextNormaliser.isAbsentOrPlaceholder(raw)) {
            return new LandlineCheck(false, LandlineDefect.NONE, null, null, null, null);
        }
        String text = TextNormaliser.nfkc(raw);
        String extension = null;
        Matcher marker = Chars.containsAny(text, MARKER_START) ? EXTENSION_MARKER.matcher(text) : null;
        if (marker != null && marker.find()) {
            extension = digitsOrNull(text.substring(marker.end()));
            text = text.substring(0, marker.start());
        } else if (text.indexOf('-') >= 0) {
            String[] groups = text.split("-");
            if (groups.length == 3 && isExtensionGroup(groups)) {
                extension = groups[2].strip();
                text = groups[0] + groups[1];
            }
        }
        String main = Chars.without(text, NOISE);
        if (PhonePatterns.isServiceNumber(main)) {
            return new LandlineCheck(true, LandlineDefect.SERVICE_NUMBER, null, null, extension, null);
        }
        return parseDomestic(toDomestic(main), extension, d == null ? Divisions.standard() : d);
    }

    private static LandlineCheck parseDomestic(String number, String extension, Divisions d) {
        int areaLength = areaCodeLength(number);
        if (areaLength == 0) {
            return new LandlineCheck(true, LandlineDefect.AREA_CODE, null, null, extension, null);
        }
        String area = number.substring(0, areaLength);
        String local = number.substring(areaLength);
        if (!localFits(areaLength, local)) {
            return new LandlineCheck(true, LandlineDefect.LENGTH, area, local, extension, null);
        }
        LandlineDefect defect = PhonePatterns.isPlaceholderSubscriber(local) ? LandlineDefect.PLACEHOLDER
                : !d.isKnownAreaCode(area) ? LandlineDefect.UNKNOWN_AREA_CODE
                : LandlineDefect.NONE;
        return new LandlineCheck(true, defect, area, local, extension, area + local);
    }

    /** 3 for 010/02X, 4 for 0[3-9]XX, 0 when there is no valid area code (including a mobile number). */
    static int areaCodeLength(String number) {
        if (number.length() < 3 || number.charAt(0) != '0') {
            return 0;
        }
        if (number.charAt(1) == '1' && number.charAt(2) == '0'
                || number.charAt(1) == '2' && Chars.digitIn(number, 2, '0', '9')) {
            return 3;
        }
        return number.length() >= 4 && Chars.digitIn(number, 1, '3', '9') && Chars.digits(number, 2, 4) ? 4 : 0;
    }

    /** [2-9] followed by 7 digits after a 3-digit area code, by 6 or 7 after a 4-digit one. */
    static boolean localFits(int areaLength, String local) {
        int n = local.length();
        boolean length = areaLength == 3 ? n == 8 : n == 7 || n == 8;
        return length && Chars.digitIn(local, 0, '2', '9') && Chars.digits(local, 1, n);
    }

    /**
     * "+86"/"0086" before a non-1 digit is the international form of a leading 0. Beijing's code 10 starts with 1, so
     * "+86 10" followed by 8 digits (10 digits in all, never a mobile) is converted as well. A trunk 0 already written
     * after the prefix ("+86 (0755) 86105638") is kept once, not doubled (catalog §1.3.5).
     */
    private static String toDomestic(String main) {
        String rest = main.startsWith("+86") ? main.substring(3)
                : main.startsWith("0086") ? main.substring(4) : null;
        if (rest == null || rest.isEmpty()) {
            return main;
        }
        if (rest.charAt(0) == '0') {
            return rest;
        }
        boolean beijing = rest.startsWith("10") && rest.length() == 10;
        return rest.charAt(0) != '1' || beijing ? "0" + rest : main;
    }

    /**
     * A third dash group is an extension only after an area code starting with 0 and a complete local number:
     * "0571-87654321-8023" has one, "400-810-9999" is a service number and "010-8765-4321" a split local number.
     */
    private static boolean isExtensionGroup(String[] groups) {
        String area = Chars.without(groups[0], NOISE);
        String local = Chars.without(groups[1], NOISE);
        String ext = groups[2].strip();
        int areaLength = areaCodeLength(area);
        return areaLength == area.length() && areaLength > 0 && localFits(areaLength, local)
                && ext.matches("\\d{1,6}");
    }

    private static String digitsOrNull(String s) {
        Matcher m = DIGITS.matcher(s);
        StringBuilder digits = new StringBuilder();
        while (m.find()) {
            digits.append(m.group());
        }
        return digits.length() == 0 ? null : digits.toString();
    }
}
