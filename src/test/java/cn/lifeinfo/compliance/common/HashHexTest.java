package cn.lifeinfo.compliance.common;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HashHexTest {

    @Test
    void aHashIsItsBytesAsWordsAndBack() {
        Random random = new Random(3);
        for (int n = 0; n < 10_000; n++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String hex = HexFormat.of().formatHex(bytes);
            ByteBuffer b = ByteBuffer.wrap(bytes);
            long[] expected = {b.getLong(), b.getLong(), b.getLong(), b.getLong()};
            assertArrayEquals(expected, HashHex.words(hex), hex);
            long[] page = new long[8];
            System.arraycopy(expected, 0, page, 3, 4);
            assertEquals(hex, HashHex.of(page, 3));
            assertEquals(hex, HashHex.of(bytes));
        }
        assertEquals("0".repeat(64), HashHex.of(new long[4], 0));
        assertEquals("f".repeat(64), HashHex.of(new long[]{-1, -1, -1, -1}, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> HashHex.of(new byte[20]));
    }

    @Test
    void anythingButSixtyFourLowercaseHexDigitsIsNoHash() {
        String hash = "0123456789abcdef".repeat(4);
        assertArrayEquals(new long[]{0x0123456789abcdefL, 0x0123456789abcdefL, 0x0123456789abcdefL,
                0x0123456789abcdefL}, HashHex.words(hash));
        assertNull(HashHex.words(hash.substring(1)));
        assertNull(HashHex.words(hash + "0"));
        assertNull(HashHex.words(hash.toUpperCase()));
        for (int i = 0; i < 64; i += 7) {
            for (char c : new char[]{'g', 'G', ' ', '/', ':', '`', '中', '\u0130', (char) 0x7F, (char) 0x80}) {
                String odd = hash.substring(0, i) + c + hash.substring(i + 1);
                assertNull(HashHex.words(odd), odd);
            }
        }
    }

    @Test
    void everyCharacterAtEveryPositionOfAWordIsReadAsTheHexDigitItIsOrRefused() {
        String hash = "0123456789abcdef".repeat(4);
        for (int i = 0; i < 64; i++) {
            for (char c = 0; c < 0x200; c++) {
                String s = hash.substring(0, i) + c + hash.substring(i + 1);
                int digit = Character.digit(c, 16);
                boolean hex = digit >= 0 && c < 0x80 && !Character.isUpperCase(c);
                long[] w = HashHex.words(s);
                if (!hex) {
                    assertNull(w, s);
                    continue;
                }
                long[] expected = HashHex.words(hash);
                int shift = 4 * (15 - i % 16);
                expected[i / 16] = expected[i / 16] & ~(0xFL << shift) | (long) digit << shift;
                assertArrayEquals(expected, w, s);
            }
        }
    }
}
