package cn.lifeinfo.compliance.vocabulary.parse;

import java.util.regex.Pattern;

/** TRU-NAME-003: a name is either Han (parts joined by ·) or Latin; anything else cannot be an accurate record. */
public final class NameClassifier {

    // \p{IsHan} works on code points, so Ext-B characters such as 𠮷 (a surrogate pair) count once.
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+(?:\u00B7\\p{IsHan}+)*");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}+(?:[ '\\-]\\p{IsLatin}+)*");

    private NameClassifier() {
    }

    /** Expects a value already passed through {@link TextNormaliser#name(String)}. */
    public static NameFormat classify(String normalisedName) {
        if (normalisedName == null || normalisedName.isEmpty()) {
            return NameFormat.INVALID;
        }
        if (HAN.matcher(normalisedName).matches()) {
            long hanCount = normalisedName.codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .count();
            return hanCount >= 2 ? NameFormat.HAN : NameFormat.INVALID;
        }
        if (LATIN.matcher(normalisedName).matches()) {
            // A single letter is an initial, not a name.
            long letters = normalisedName.codePoints().filter(Character::isLetter).count();
            return letters >= 2 ? NameFormat.LATIN : NameFormat.INVALID;
        }
        return NameFormat.INVALID;
    }
}
