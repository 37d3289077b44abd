package cn.lifeinfo.compliance.truthfulness.population;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeyArenaTest {

    private static String hex(Random random) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Test
    void keyedHashesAndOtherStringsRoundTripAndAreFoundOnlyWhileReferenced() {
        KeyArena arena = new KeyArena();
        String hash = hex(new Random(1));
        int id = arena.acquire(hash);
        assertEquals(id, arena.acquire(hash), "one id per distinct key");
        assertEquals(hash, arena.string(id));
        int odd = arena.acquire("m1");
        int upper = arena.acquire(hash.toUpperCase());
        assertNotEquals(id, upper, "only the hasher's lowercase form is packed; another spelling is another key");
        assertEquals("m1", arena.string(odd));
        assertEquals(hash.toUpperCase(), arena.string(upper));
        for (String near : List.of(hash.substring(0, 63) + "g", "中" + hash.substring(1), hash + "0")) {
            int nearId = arena.acquire(near); // 64 characters but not all hex digits, or 65: kept as written
            assertNotEquals(id, nearId, near);
            assertEquals(near, arena.string(nearId));
            assertEquals(nearId, arena.find(near));
        }
        arena.release(id);
        assertEquals(id, arena.find(hash), "still referenced once");
        arena.release(id);
        assertEquals(KeyArena.NONE, arena.find(hash));
        arena.release(odd);
        assertEquals(KeyArena.NONE, arena.find("m1"));
        assertEquals(KeyArena.NONE, arena.acquire(null));
    }

    // Deletion shifts entries back in the probing table: after any mix of adds and releases, every live key is found
    // under its id and no released one is.
    @Test
    void randomAddsAndReleasesAgreeWithAMap() {
        Random random = new Random(42);
        KeyArena arena = new KeyArena();
        Map<String, Integer> live = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            pool.add(hex(random));
        }
        for (int step = 0; step < 200_000; step++) {
            String key = pool.get(random.nextInt(pool.size()));
            if (random.nextInt(3) > 0 || !count.containsKey(key)) {
                int id = arena.acquire(key);
                Integer before = live.putIfAbsent(key, id);
                assertEquals(before == null ? id : before, id);
                count.merge(key, 1, Integer::sum);
            } else {
                arena.release(live.get(key));
                if (count.merge(key, -1, Integer::sum) == 0) {
                    count.remove(key);
                    live.remove(key);
                }
            }
        }
        for (String key : pool) {
            Integer id = live.get(key);
            assertEquals(id == null ? KeyArena.NONE : id, arena.find(key), key);
            if (id != null) {
                assertEquals(key, arena.string(id));
            }
        }
    }

    // Ids outgrow their bits many times over (a page is 8,192 ids; each doubling takes a bit from the fingerprints
    // the table keeps beside them): keys added before and after each widening, some released, are all still found.
    @Test
    void keysAreFoundAcrossManyPagesWhileIdsTakeBitsFromTheFingerprints() {
        Random random = new Random(7);
        KeyArena arena = new KeyArena();
        List<String> keys = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            String key = hex(random);
            keys.add(key);
            ids.add(arena.acquire(key));
            if (i % 3 == 0) {
                arena.release(ids.get(i / 2));
                arena.acquire(keys.get(i / 2));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(ids.get(i), arena.find(keys.get(i)), keys.get(i));
            assertEquals(keys.get(i), arena.string(ids.get(i)));
        }
    }

    // Keys placed in one slot whose second words agree in their top bits (same fingerprint) or differ only there
    // (same place, other fingerprint): the fingerprint only skips, the words decide.
    @Test
    void keysSharingTheirPlaceAndFingerprintAreToldApartByTheirWords() {
        KeyArena arena = new KeyArena();
        String first = "0123456789abcdef";
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String second = String.format("%08x%08x", i % 2 == 0 ? 0xabcdef01 : 0xabcdef01 + (i << 20), i);
            keys.add(first + second + "00000000000000000000000000000000".substring(0, 31) + (i % 10));
        }
        List<Integer> ids = new ArrayList<>();
        for (String key : keys) {
            ids.add(arena.acquire(key));
        }
        for (int i = 0; i < keys.size(); i += 3) {
            arena.release(ids.get(i));
        }
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(i % 3 == 0 ? KeyArena.NONE : ids.get(i), arena.find(keys.get(i)), keys.get(i));
        }
    }
}
