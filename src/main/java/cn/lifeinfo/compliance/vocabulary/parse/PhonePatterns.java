package cn.lifeinfo.compliance.vocabulary.parse;

import java.util.List;
import java.util.regex.Pattern;

/** Tests shared by mobiles and landlines (catalog §1.3.6, TRU-PHONE-008/009; defaults of §7). */
final class PhonePatterns {

    private static final Pattern SERVICE = Pattern.compile("^(1\\d{4}|95\\d{3,6}|96\\d{3,6}|400\\d{7}|800\\d{7})$");
    private static final List<String> RUNS = List.of("12345678", "87654321", "23456789", "98765432", "01234567");

    private PhonePatterns() {
    }

    static boolean isServiceNumber(String digits) {
        return digits != null && SERVICE.matcher(digits).matches();
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
        if (subscriber.chars().distinct().count() == 1 || subscriber.contains("0000000")) {
            return true;
        }
        return subscriber.length() == 8 && RUNS.contains(subscriber);
    }
}
