package cn.lifeinfo.compliance.screening;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The policy numbers seen so far in one upload, as 64-bit hashes with the line of their first occurrence: 12 bytes
 * a record (12 MB for a million), so duplicates are found without keeping the numbers themselves. Two different
 * numbers share a hash with probability ~n²/2⁶⁵ (3·10⁻⁸ for a million records).
 */
final class PolicyNoSet {

    private long[] keys = new long[1 << 16];
    private int[] lines = new int[1 << 16];
    private int size;

    /** @return 0 when the number is new (and remembers it), else the line of its first occurrence */
    int addOrFirstLine(String policyNo, int line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long h = hash(policyNo);
        int mask = keys.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (keys[i] != 0) {
            if (keys[i] == h) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = h;
        lines[i] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long h = oldKeys[j];
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = h;
                lines[i] = oldLines[j];
            }
        }
        Arrays.fill(oldKeys, 0);
    }

    /** FNV-1a 64 over the UTF-8 bytes, finished with a murmur mix; never 0 (0 marks an empty slot). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
