package cn.lifeinfo.compliance.vocabulary.parse;

import java.util.List;

/** Catalog §1.3.4 normalisation and TRU-PHONE-002/003/008/009 for a mobile number. */
public final class MobileNumbers {

    private static final String NOISE = Chars.ASCII_SPACE + "-().";
    private static final List<String> SEGMENTS = List.copyOf(ReferenceFiles.dataLines("mobile-segments.txt", false));

    private MobileNumbers() {
    }

    public static MobileCheck check(String raw) {
        if (TextNormaliser.isAbsentOrPlaceholder(raw)) {
            return new MobileCheck(false, MobileDefect.NONE, null);
        }
        String cleaned = clean(raw);
        // Service numbers are recognised on the whole string, before any prefix could be mistaken for "0" or "86".
        if (PhonePatterns.isServiceNumber(cleaned)) {
            return new MobileCheck(true, MobileDefect.SERVICE_NUMBER, null);
        }
        String number = stripPrefix(cleaned);
        if (!isMobileShape(number)) {
            return new MobileCheck(true, MobileDefect.FORMAT, null);
        }
        if (PhonePatterns.isPlaceholderSubscriber(number)) {
            return new MobileCheck(true, MobileDefect.PLACEHOLDER, number);
        }
        if (!allocated(number)) {
            return new MobileCheck(true, MobileDefect.UNALLOCATED_SEGMENT, number);
        }
        return new MobileCheck(true, MobileDefect.NONE, number);
    }

    /** The allocated segment prefixes of {@code reference/mobile-segments.txt}. */
    public static List<String> allocatedSegments() {
        return SEGMENTS;
    }

    static String clean(String raw) {
        return Chars.without(TextNormaliser.nfkc(raw), NOISE);
    }

    /** 1[3-9] followed by 9 digits. */
    static boolean isMobileShape(String n) {
        return n.length() == 11 && n.charAt(0) == '1' && Chars.digitIn(n, 1, '3', '9') && Chars.digits(n, 2, 11);
    }

    private static boolean allocated(String number) {
        for (String segment : SEGMENTS) {
            if (number.startsWith(segment)) {
                return true;
            }
        }
        return false;
    }

    /** Strips at most one prefix; "86" and "0" only when exactly 11 digits remain, so real digits are never eaten. */
    static String stripPrefix(String cleaned) {
        if (cleaned.startsWith("+86")) {
            return cleaned.substring(3);
        }
        if (cleaned.startsWith("0086")) {
            return cleaned.substring(4);
        }
        if (cleaned.startsWith("86") && cleaned.length() == 13) {
            return cleaned.substring(2);
        }
        if (cleaned.startsWith("0") && cleaned.length() == 12) {
            return cleaned.substring(1);
        }
        return cleaned;
    }
}
