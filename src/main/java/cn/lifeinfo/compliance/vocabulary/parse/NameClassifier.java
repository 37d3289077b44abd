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
        int han = hanCount(normalisedName);
        if (han >= 0) {
            return han >= 2 ? NameFormat.HAN : NameFormat.INVALID;
        }
        if (LATIN.matcher(normalisedName).matches()) {
            // A single letter is an initial, not a name.
            long letters = normalisedName.codePoints().filter(Character::isLetter).count();
            return letters >= 2 ? NameFormat.LATIN : NameFormat.INVALID;
        }
        return NameFormat.INVALID;
    }

    /**
     * The number of Han characters of a name that {@code HAN} matches (Han runs joined by single middle dots), or -1
     * when it does not match. A loop over code points: nearly every name of a book is Han, and the pattern with a
     * count after it was a tenth of a person's fact extraction.
     */
    static int hanCount(String s) {
        int count = 0;
        boolean afterDot = true; // no dot first, none twice, none last
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                count++;
                afterDot = false;
            } else if (cp == TextNormaliser.MIDDLE_DOT && !afterDot) {
                afterDot = true;
            } else {
                return -1;
            }
        }
        return afterDot ? -1 : count;
    }
}
