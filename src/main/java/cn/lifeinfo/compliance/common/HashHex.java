package cn.lifeinfo.compliance.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@link IdentifierHasher}'s hashes: 64 lowercase hex digits written from the digest, and read as the four 64-bit
 * words of their 32 bytes and back. The population and a book's stored keys hold hashes as words; every key of every
 * policy a book adds or looks up crosses here, so this is a table lookup per digit, not a hex parser's checks.
 */
public final class HashHex {

    public static final int DIGITS = 64;

    /** Value of each lowercase hex digit; negative for any other character below 128. */
    private static final long[] VALUE = new long[128];
    private static final byte[] DIGIT = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    static {
        Arrays.fill(VALUE, -1L << 8);
        for (int c = '0'; c <= '9'; c++) {
            VALUE[c] = c - '0';
        }
        for (int c = 'a'; c <= 'f'; c++) {
            VALUE[c] = c - 'a' + 10;
        }
    }

    private HashHex() {
    }

    /** The hash's four words (big-endian, as its bytes read), or null when {@code s} is not 64 lowercase hex digits. */
    public static long[] words(String s) {
        if (s.length() != DIGITS) {
            return null;
        }
        long[] w = new long[4];
        long bad = 0;
        for (int k = 0; k < 4; k++) {
            long word = 0;
            for (int i = 16 * k; i < 16 * k + 16; i++) {
                char c = s.charAt(i);
                long d = c < 128 ? VALUE[c] : -1L;
                bad |= d;
                word = word << 4 | (d & 0xF);
            }
            w[k] = word;
        }
        return bad < 0 ? null : w;
    }

    /** The hash whose words are {@code w[at..at+3]}. */
    public static String of(long[] w, int at) {
        byte[] digits = new byte[DIGITS];
        for (int k = 0; k < 4; k++) {
            long word = w[at + k];
            for (int i = 16 * k + 15; i >= 16 * k; i--) {
                digits[i] = DIGIT[(int) word & 0xF];
                word >>>= 4;
            }
        }
        return latin1(digits);
    }

    /** The hash of a 32-byte digest, as the hasher writes it. */
    public static String of(byte[] digest) {
        if (digest.length != DIGITS / 2) {
            throw new IllegalArgumentException("a hash has 32 bytes, not " + digest.length);
        }
        byte[] digits = new byte[DIGITS];
        for (int i = 0; i < digest.length; i++) {
            digits[2 * i] = DIGIT[digest[i] >>> 4 & 0xF];
            digits[2 * i + 1] = DIGIT[digest[i] & 0xF];
        }
        return latin1(digits);
    }

    /** A compact (Latin-1) string: one copy of the digits, no charset encoder. */
    private static String latin1(byte[] digits) {
        return new String(digits, StandardCharsets.ISO_8859_1);
    }
}
