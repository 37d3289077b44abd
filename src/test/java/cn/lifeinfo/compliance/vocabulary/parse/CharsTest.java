package cn.lifeinfo.compliance.vocabulary.parse;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parsers' loops give what the patterns they replaced give, on seeded strings that are mostly digits (so that
 * every pattern matches often) mixed with the separators, markers and letters the patterns name.
 */
class CharsTest {

    private static final Pattern MOBILE_NOISE = Pattern.compile("[\\s\\-().]+");
    private static final Pattern LANDLINE_NOISE = Pattern.compile("[\\s()\\[\\]【】.\\-]+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern SERVICE = Pattern.compile("^(1\\d{4}|95\\d{3,6}|96\\d{3,6}|400\\d{7}|800\\d{7})$");
    private static final Pattern AREA_3 = Pattern.compile("^(010|02\\d)");
    private static final Pattern AREA_4 = Pattern.compile("^0[3-9]\\d\\d");
    private static final Pattern LOCAL_8 = Pattern.compile("[2-9]\\d{7}");
    private static final Pattern LOCAL_7_OR_8 = Pattern.compile("[2-9]\\d{6,7}");
    private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern FIFTEEN = Pattern.compile("\\d{15}");
    private static final Pattern EXTENSION_MARKER = Pattern.compile("(?i)转|分机|ext\\.?|x|#");
    private static final String OTHERS = " \t\n\u000B\f\r-().[]【】#转分机xXeEtT+８\u3000a";

    @Test
    void loopsAgreeWithThePatternsTheyReplace() {
        Random random = new Random(20261203L);
        int mobiles = 0;
        int services = 0;
        int locals = 0;
        for (int n = 0; n < 400_000; n++) {
            String s = generated(random);
            assertEquals(MOBILE_NOISE.matcher(s).replaceAll(""), Chars.without(s, Chars.ASCII_SPACE + "-()."), s);
            assertEquals(LANDLINE_NOISE.matcher(s).replaceAll(""), Chars.without(s, Chars.ASCII_SPACE + "()[]【】.-"), s);
            boolean mobile = MOBILE.matcher(s).matches();
            assertEquals(mobile, MobileNumbers.isMobileShape(s), s);
            boolean service = SERVICE.matcher(s).matches();
            assertEquals(service, PhonePatterns.isServiceNumber(s), s);
            int area = AREA_3.matcher(s).find() ? 3 : AREA_4.matcher(s).find() ? 4 : 0;
            assertEquals(area, Landlines.areaCodeLength(s), s);
            for (int length : new int[]{3, 4}) {
                boolean fits = (length == 3 ? LOCAL_8 : LOCAL_7_OR_8).matcher(s).matches();
                assertEquals(fits, Landlines.localFits(length, s), length + " " + s);
                locals += fits ? 1 : 0;
            }
            assertEquals(EIGHTEEN.matcher(s).matches(), IdNumbers.isEighteen(s), s);
            assertEquals(FIFTEEN.matcher(s).matches(), IdNumbers.isFifteen(s), s);
            if (EXTENSION_MARKER.matcher(s).find()) { // the marker is looked for only where it can start
                assertTrue(Chars.containsAny(s, "转分xX#"), s);
            }
            assertEquals(placeholderAsDefined(s), PhonePatterns.isPlaceholderSubscriber(s), s);
            mobiles += mobile ? 1 : 0;
            services += service ? 1 : 0;
        }
        // the generator reaches the matching side of each pattern, not only the failing one
        assertTrue(mobiles > 1000 && services > 1000 && locals > 1000, mobiles + " " + services + " " + locals);
    }

    private static boolean placeholderAsDefined(String number) {
        if (number == null || number.isEmpty()) {
            return false;
        }
        String subscriber = number.length() > 8 ? number.substring(number.length() - 8) : number;
        if (subscriber.chars().distinct().count() == 1 || subscriber.contains("0000000")) {
            return true;
        }
        return subscriber.length() == 8 && java.util.List.of("12345678", "87654321", "23456789", "98765432", "01234567")
                .contains(subscriber);
    }

    /** Digits with a likely first digit and length, sometimes a run of one digit, sometimes other characters. */
    private static String generated(Random random) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(20);
        String starts = "0124589";
        char run = (char) ('0' + random.nextInt(10));
        boolean runs = random.nextInt(8) == 0;
        for (int i = 0; i < length; i++) {
            int k = random.nextInt(40);
            if (i == 0 && k < 20) {
                b.append(starts.charAt(random.nextInt(starts.length())));
            } else if (k == 0) {
                b.append(OTHERS.charAt(random.nextInt(OTHERS.length())));
            } else if (runs && k < 30) {
                b.append(run);
            } else {
                b.append((char) ('0' + random.nextInt(10)));
            }
        }
        return b.toString();
    }
}
