package cn.lifeinfo.compliance.common;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The {@link IdentifierHasher}'s hashes: 64 lowercase hex digits written from the digest, and read as the four 64-bit
 * words of their 32 bytes and back. The population and a book's stored keys hold hashes as words; every key of every
 * policy a book adds or looks up crosses here, so digits are read eight at a time, not by a hex parser's checks.
 */
public final class HashHex {

    public static final int DIGITS = 64;

    private static final byte[] DIGIT = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.BIG_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private HashHex() {
    }

    /** The hash's four words (big-endian, as its bytes read), or null when {@code s} is not 64 lowercase hex digits. */
    public static long[] words(String s) {
        if (s.length() != DIGITS) {
            return null;
        }
        // a hash is a Latin-1 string: this is a copy of its bytes; any other character becomes '?', no digit
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        long[] w = new long[4];
        for (int k = 0; k < 4; k++) {
            long high = eightDigits((long) EIGHT_BYTES.get(b, 16 * k));
            long low = eightDigits((long) EIGHT_BYTES.get(b, 16 * k + 8));
            if ((high | low) < 0) {
                return null;
            }
            w[k] = high << 32 | low;
        }
        return w;
    }

    /**
     * The value of eight hex digits read as one big-endian word (the first digit in its top byte), or -1 when one of
     * them is not {@code [0-9a-f]}: all eight bytes at once, with no table and no branch per digit.
     */
    private static long eightDigits(long x) {
        long atLeastZero = x + (0x80 - '0') * ONES; // each byte's top bit: it is >= '0' (bytes below 0x80 never carry)
        long aboveNine = x + (0x7F - '9') * ONES;
        long atLeastA = x + (0x80 - 'a') * ONES;
        long aboveF = x + (0x7F - 'f') * ONES;
        long digits = (atLeastZero & ~aboveNine | atLeastA & ~aboveF) & HIGH_BITS;
        if ((x & HIGH_BITS) != 0 || digits != HIGH_BITS) {
            return -1;
        }
        long v = (x & 0x0F0F0F0F0F0F0F0FL) + 9 * (x >>> 6 & ONES); // '0'..'9' -> 0..9, 'a'..'f' -> 10..15
        v = (v | v >>> 4) & 0x00FF00FF00FF00FFL;
        v = (v | v >>> 8) & 0x0000FFFF0000FFFFL;
        return (v | v >>> 16) & 0xFFFFFFFFL;
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
