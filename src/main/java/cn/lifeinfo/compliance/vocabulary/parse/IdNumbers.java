package cn.lifeinfo.compliance.vocabulary.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Catalog TRU-IDT-001..003 and TRU-ID-001..006 for one ID document. */
public final class IdNumbers {

    public static final Set<String> ACCEPTED_TYPES = Set.of("RESIDENT_ID", "HOUSEHOLD_REGISTER", "TEMP_RESIDENT_ID",
            "PASSPORT", "HK_MACAO_PERMIT", "TAIWAN_PERMIT", "HMT_RESIDENCE_PERMIT", "FOREIGN_PERMANENT_RESIDENT_ID",
            "MILITARY_ID", "BIRTH_CERTIFICATE", "OTHER");
    /** Types whose number is a GB 11643 citizen number. */
    public static final Set<String> RESIDENT_TYPES = Set.of("RESIDENT_ID", "HOUSEHOLD_REGISTER", "TEMP_RESIDENT_ID");

    private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern PR_2023 = Pattern.compile("9\\d{16}[\\dX]");
    // TRU-ID-002, per type; the resident types are handled separately because they accept two lengths.
    private static final Map<String, Pattern> FORMATS = Map.of(
            "HMT_RESIDENCE_PERMIT", EIGHTEEN,
            "FOREIGN_PERMANENT_RESIDENT_ID", Pattern.compile("9\\d{16}[\\dX]|[A-Z]{3}\\d{12}"),
            "PASSPORT", Pattern.compile("[A-Z0-9]{5,17}"),
            "HK_MACAO_PERMIT", Pattern.compile("[HM]\\d{8}(?:\\d{2})?"),
            "TAIWAN_PERMIT", Pattern.compile("\\d{8}(?:\\d{2})?"),
            "BIRTH_CERTIFICATE", Pattern.compile("[A-Z]\\d{9}"),
            "MILITARY_ID", Pattern.compile(".{4,20}"),
            "OTHER", Pattern.compile(".+"));
    private static final Set<String> PROVINCE_PREFIXES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");
    private static final Set<String> HMT_PREFIXES = Set.of("810000", "820000", "830000");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = "10X98765432".toCharArray();
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);

    private IdNumbers() {
    }

    /** ISO 7064 MOD 11-2 check character; '?' when the input is not 17 ASCII digits. */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() != 17) {
            return '?';
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                return '?';
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /**
     * @param divisions used for the TRU-ID-006 lookup; null means {@link Divisions#standard()}
     */
    public static IdCheck check(String idType, String idNumber, LocalDate applicationDate, Divisions divisions) {
        String type = normaliseType(idType);
        String number = TextNormaliser.idNumber(idNumber);
        IdDefect defect = firstDefect(type, number, applicationDate);
        if (defect != IdDefect.NONE || !carriesBirthDate(type)) {
            return new IdCheck(defect, number, null, null, null, false, null);
        }
        boolean fifteen = number.length() == 15;
        LocalDate birth = embeddedBirthDate(number);
        char sequence = number.charAt(fifteen ? 14 : 16);
        String gender = (sequence - '0') % 2 == 1 ? "M" : "F";
        String addressCode = number.substring(0, 6);
        // Residence permits are not in GB/T 2260 (catalog §1.7), so only resident-format numbers are looked up.
        Boolean known = RESIDENT_TYPES.contains(type)
                ? (divisions == null ? Divisions.standard() : divisions).isKnownAddressCode(addressCode) : null;
        return new IdCheck(IdDefect.NONE, number, birth, gender, addressCode, fifteen, known);
    }

    /** The embedded birth date of an 18- or 15-digit citizen-format number, or null when not a real date. */
    public static LocalDate embeddedBirthDate(String normalisedNumber) {
        if (normalisedNumber == null) {
            return null;
        }
        int year;
        int at;
        if (isEighteen(normalisedNumber)) {
            year = number(normalisedNumber, 6, 10);
            at = 10;
        } else if (isFifteen(normalisedNumber)) {
            year = 1900 + number(normalisedNumber, 6, 8);
            at = 8;
        } else {
            return null;
        }
        try {
            return LocalDate.of(year, number(normalisedNumber, at, at + 2), number(normalisedNumber, at + 2, at + 4));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static IdDefect firstDefect(String type, String number, LocalDate applicationDate) {
        if (type == null) {
            return IdDefect.TYPE_MISSING;
        }
        if (!ACCEPTED_TYPES.contains(type)) {
            return IdDefect.TYPE_INVALID;
        }
        if (number == null || TextNormaliser.isPlaceholder(number)) {
            return IdDefect.NUMBER_MISSING;
        }
        if (typeMismatch(type, number)) {
            return IdDefect.TYPE_MISMATCH;
        }
        if (!formatMatches(type, number)) {
            return IdDefect.FORMAT;
        }
        if (carriesBirthDate(type) && !plausibleBirthDate(embeddedBirthDate(number), applicationDate)) {
            return IdDefect.BIRTH_DATE;
        }
        if (RESIDENT_TYPES.contains(type) && !PROVINCE_PREFIXES.contains(number.substring(0, 2))) {
            return IdDefect.PREFIX;
        }
        if (type.equals("HMT_RESIDENCE_PERMIT") && !HMT_PREFIXES.contains(number.substring(0, 6))) {
            return IdDefect.PREFIX;
        }
        if (hasCheckDigit(type, number) && checkDigit(number.substring(0, 17)) != number.charAt(17)) {
            return IdDefect.CHECK_DIGIT;
        }
        return IdDefect.NONE;
    }

    private static boolean typeMismatch(String type, String number) {
        if (type.equals("PASSPORT") || type.equals("MILITARY_ID")) {
            return isValidResidentNumber(number);
        }
        if (RESIDENT_TYPES.contains(type) && number.length() == 18) {
            return HMT_PREFIXES.contains(number.substring(0, 6)) || number.charAt(0) == '9';
        }
        return false;
    }

    /** Format, province prefix and check digit of an 18-digit resident number (the TRU-IDT-003 test). */
    private static boolean isValidResidentNumber(String number) {
        return isEighteen(number)
                && PROVINCE_PREFIXES.contains(number.substring(0, 2))
                && checkDigit(number.substring(0, 17)) == number.charAt(17);
    }

    private static boolean formatMatches(String type, String number) {
        if (RESIDENT_TYPES.contains(type)) {
            return isEighteen(number) || isFifteen(number);
        }
        return FORMATS.get(type).matcher(number).matches();
    }

    /** 17 digits and a digit or X: what {@code EIGHTEEN} matches, without a Matcher per number. */
    static boolean isEighteen(String n) {
        if (n.length() != 18 || !Chars.digits(n, 0, 17)) {
            return false;
        }
        char last = n.charAt(17);
        return last == 'X' || last >= '0' && last <= '9';
    }

    static boolean isFifteen(String n) {
        return n.length() == 15 && Chars.digits(n);
    }

    /** The value of the ASCII digits {@code s[from, to)}, known to be digits. */
    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = 10 * v + s.charAt(i) - '0';
        }
        return v;
    }

    private static boolean carriesBirthDate(String type) {
        return RESIDENT_TYPES.contains(type) || "HMT_RESIDENCE_PERMIT".equals(type);
    }

    private static boolean hasCheckDigit(String type, String number) {
        if (number.length() != 18) {
            return false;
        }
        return carriesBirthDate(type)
                || ("FOREIGN_PERMANENT_RESIDENT_ID".equals(type) && PR_2023.matcher(number).matches());
    }

    private static boolean plausibleBirthDate(LocalDate birth, LocalDate applicationDate) {
        if (birth == null || birth.isBefore(EARLIEST_BIRTH)) {
            return false;
        }
        return applicationDate == null || !birth.isAfter(applicationDate);
    }

    /** Type codes are enum names; case and padding differences are channel noise, not a different type. */
    private static String normaliseType(String idType) {
        String t = TextNormaliser.nfkc(idType);
        if (t == null || TextNormaliser.isPlaceholder(t)) {
            return null;
        }
        return t.toUpperCase(Locale.ROOT);
    }
}
