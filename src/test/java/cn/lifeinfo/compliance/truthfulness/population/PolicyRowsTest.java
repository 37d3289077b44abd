package cn.lifeinfo.compliance.truthfulness.population;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyRowsTest {

    @Test
    void blocksKeepTheirIntsWhileOthersComeAndGoAndAFreedBlockServesTheNextOfItsLength() {
        PolicyRows rows = new PolicyRows();
        Random random = new Random(5);
        Map<Integer, int[]> held = new HashMap<>(); // ref -> what was written there
        List<Integer> refs = new ArrayList<>();
        for (int step = 0; step < 200_000; step++) {
            if (!refs.isEmpty() && random.nextInt(3) == 0) {
                int ref = refs.remove(random.nextInt(refs.size()));
                int[] was = held.remove(ref);
                assertArrayEquals(was, read(rows, ref, was.length), "block " + ref + " kept its ints");
                rows.free(ref, was.length);
                int again = rows.allocate(was.length);
                assertEquals(ref, again, "a freed block is the next of its length");
                rows.free(again, was.length);
                continue;
            }
            // mostly policy-sized blocks, now and then one past a page
            int length = random.nextInt(500) == 0 ? PolicyRows.PAGE + random.nextInt(100) : 9 + 4 * random.nextInt(6);
            int ref = rows.allocate(length);
            int[] ints = random.ints(length).toArray();
            int[] page = rows.page(ref);
            int b = PolicyRows.offset(ref);
            assertTrue(b + length <= page.length, "a block never crosses its page's end");
            System.arraycopy(ints, 0, page, b, length);
            assertEquals(null, held.put(ref, ints), "no two live blocks share a ref");
            refs.add(ref);
        }
        for (int ref : refs) {
            int[] was = held.get(ref);
            assertArrayEquals(was, read(rows, ref, was.length));
        }
    }

    private static int[] read(PolicyRows rows, int ref, int length) {
        int[] out = new int[length];
        System.arraycopy(rows.page(ref), PolicyRows.offset(ref), out, 0, length);
        return out;
    }
}
