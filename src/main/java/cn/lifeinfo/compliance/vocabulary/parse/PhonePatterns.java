package cn.lifeinfo.compliance.vocabulary.parse;

import java.util.List;

/** Tests shared by mobiles and landlines (catalog §1.3.6, TRU-PHONE-008/009; defaults of §7). */
final class PhonePatterns {

    private static final List<String> RUNS = List.of("12345678", "87654321", "23456789", "98765432", "01234567");

    private PhonePatterns() {
    }

    /** 1XXXX, 95/96 followed by 3 to 6 digits, 400 or 800 followed by 7 digits. */
    static boolean isServiceNumber(String digits) {
        if (digits == null || digits.length() < 5 || digits.length() > 10 || !Chars.digits(digits)) {
            return false;
        }
        int n = digits.length();
        return switch (digits.charAt(0)) {
            case '1' -> n == 5;
            case '9' -> (digits.charAt(1) == '5' || digits.charAt(1) == '6') && n <= 8;
            case '4', '8' -> n == 10 && digits.charAt(1) == '0' && digits.charAt(2) == '0';
            default -> false;
        };
    }

    /**
     * Subscriber part = last 8 digits; a 7-digit local number is tested whole. Catalog §2.4 TRU-PHONE-008: all one
     * digit or containing {@code 0000000}; the listed runs ("12345678", …) only as a whole 8-digit subscriber part, so
     * a 7-digit local number such as "2345678" or "7654321" is not a placeholder.
     */
    static boolean isPlaceholderSubscriber(String number) {
        if (number == null || number.isEmpty()) {
            return false;
        }
        String subscriber = number.length() > 8 ? number.substring(number.length() - 8) : number;
        if (oneCharacter(subscriber) || subscriber.contains("0000000")) {
            return true;
        }
        return subscriber.length() == 8 && RUNS.contains(subscriber);
    }

    private static boolean oneCharacter(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != s.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
