package cn.lifeinfo.compliance.truthfulness.population;

import cn.lifeinfo.compliance.common.HashHex;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.Arrays;

/**
 * Every distinct key of the population held once and named by an int. A keyed hash (64 lowercase hex characters,
 * as the hasher writes them) is kept as its 32 bytes in four longs, found through an open-addressing table of ids;
 * anything else (test keys, legacy rows) is kept as a string beside. Ids are reference-counted: a key no policy
 * refers to any more is forgotten and its id reused. Not thread-safe: the population's lock guards it.
 */
final class KeyArena {

    static final int NONE = -1;

    /**
     * Ids are stored in pages of this many, so a large book's arrays grow a page at a time, not by half; a page of
     * words (256 KB) stays under half of G1's smallest region, so it is never a humongous object.
     */
    static final int PAGE_BITS = 13;
    static final int PAGE = 1 << PAGE_BITS;
    private static final int MASK = PAGE - 1;

    private long[][] words = new long[0][];
    private int[][] refs = new int[0][];
    /**
     * Hex keys' entries, 0 = empty; linear probing, at most three quarters full. An entry is id + 1 in its low
     * {@link #idBits} bits and the top bits of the key's second word in the bits ids do not need yet, so a probe passing
     * other keys reads their words (a cache miss each, in a table of millions) only once in 2^(32 - idBits) times.
     */
    private int[] table = new int[2048];
    private int tableCount;
    private int idBits = PAGE_BITS + 1;
    private final Int2ObjectOpenHashMap<String> oddById = new Int2ObjectOpenHashMap<>();
    private final Object2IntOpenHashMap<String> oddIds = new Object2IntOpenHashMap<>();
    private final IntArrayList freeIds = new IntArrayList();
    private int nextId;

    KeyArena() {
        oddIds.defaultReturnValue(NONE);
    }

    /** One more reference to the key, which is added when new; NONE for null. */
    int acquire(String key) {
        if (key == null) {
            return NONE;
        }
        int id;
        long[] w = HashHex.words(key);
        if (w != null) {
            id = probe(w[0], w[1], w[2], w[3]);
            if (id < 0) {
                int free = -1 - id;
                id = newId();
                long[] page = words[id >>> PAGE_BITS];
                int at = 4 * (id & MASK);
                page[at] = w[0];
                page[at + 1] = w[1];
                page[at + 2] = w[2];
                page[at + 3] = w[3];
                insert(id, w[1], free);
            }
        } else {
            id = oddIds.getInt(key);
            if (id == NONE) {
                id = newId();
                oddById.put(id, key);
                oddIds.put(key, id);
            }
        }
        refs[id >>> PAGE_BITS][id & MASK]++;
        return id;
    }

    /** The key's id, or NONE when no policy refers to it. */
    int find(String key) {
        if (key == null) {
            return NONE;
        }
        long[] w = HashHex.words(key);
        return w == null ? oddIds.getInt(key) : Math.max(NONE, probe(w[0], w[1], w[2], w[3]));
    }

    /** The key's id, or -1 - the free slot where its probe ended (where it would be inserted). */
    private int probe(long w0, long w1, long w2, long w3) {
        int mask = table.length - 1;
        int idMask = idMask();
        int tag = tag(w1);
        int i = slot(w0, mask);
        for (int e; (e = table[i]) != 0; i = (i + 1) & mask) {
            if ((e & ~idMask) != tag) {
                continue;
            }
            int id = (e & idMask) - 1;
            long[] page = words[id >>> PAGE_BITS];
            int at = 4 * (id & MASK);
            if (page[at] == w0 && page[at + 1] == w1 && page[at + 2] == w2 && page[at + 3] == w3) {
                return id;
            }
        }
        return -1 - i;
    }

    private int idMask() {
        return (int) ((1L << idBits) - 1);
    }

    /** The fingerprint bits of an entry: the second word's top bits (the first word places the entry). */
    private int tag(long w1) {
        return idBits == 32 ? 0 : (int) (w1 >>> (32 + idBits)) << idBits;
    }

    void release(int id) {
        if (id == NONE || --refs[id >>> PAGE_BITS][id & MASK] > 0) {
            return;
        }
        String odd = oddById.remove(id);
        if (odd != null) {
            oddIds.removeInt(odd);
        } else {
            remove(id);
        }
        freeIds.add(id);
    }

    String string(int id) {
        if (id == NONE) {
            return null;
        }
        String odd = oddById.get(id);
        if (odd != null) {
            return odd;
        }
        return HashHex.of(words[id >>> PAGE_BITS], 4 * (id & MASK));
    }

    /** Ids are below this; structures indexed by id size themselves by it (a whole number of pages). */
    int capacity() {
        return refs.length * PAGE;
    }

    private int newId() {
        if (!freeIds.isEmpty()) {
            return freeIds.popInt();
        }
        if (nextId == capacity()) {
            refs = Arrays.copyOf(refs, refs.length + 1);
            refs[refs.length - 1] = new int[PAGE];
            words = Arrays.copyOf(words, words.length + 1);
            words[words.length - 1] = new long[4 * PAGE];
            while (capacity() > idMask()) {
                widenIds();
            }
        }
        return nextId++;
    }

    /**
     * One more bit for ids, one less for fingerprints: a fingerprint is the second word's top bits, so the shorter
     * one is the longer one shifted; entries stay in their slots and no key's words are read.
     */
    private void widenIds() {
        int oldMask = idMask();
        int oldBits = idBits;
        idBits++;
        for (int i = 0; i < table.length; i++) {
            int e = table[i];
            if (e != 0) {
                table[i] = (e >>> (oldBits + 1) << idBits) | (e & oldMask);
            }
        }
    }

    /** Keyed hashes are uniform already: their first word spread over the table is enough. */
    private long firstWord(int id) {
        return words[id >>> PAGE_BITS][4 * (id & MASK)];
    }

    private static int slot(long w0, int mask) {
        return (int) (w0 ^ (w0 >>> 32)) * 0x9E3779B9 & mask;
    }

    /** Inserts the id of a key {@link #probe} has just not found, at the free slot where it stopped. */
    private void insert(int id, long w1, int free) {
        int entry = tag(w1) | (id + 1);
        if (4 * (tableCount + 1) > 3 * table.length) {
            rehash(table.length * 2);
            place(entry);
        } else {
            table[free] = entry;
        }
        tableCount++;
    }

    private void place(int entry) {
        int mask = table.length - 1;
        int i = slot(firstWord((entry & idMask()) - 1), mask);
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = entry;
    }

    /** Linear probing's deletion by backward shift: no tombstones, so lookups stay short. */
    private void remove(int id) {
        int mask = table.length - 1;
        int idMask = idMask();
        int i = slot(firstWord(id), mask);
        while ((table[i] & idMask) != id + 1) {
            i = (i + 1) & mask;
        }
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (table[j] == 0) {
                break;
            }
            int home = slot(firstWord((table[j] & idMask) - 1), mask);
            boolean stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!stays) {
                table[i] = table[j];
                i = j;
            }
        }
        table[i] = 0;
        tableCount--;
    }

    private void rehash(int size) {
        int[] old = table;
        table = new int[size];
        for (int entry : old) {
            if (entry != 0) {
                place(entry);
            }
        }
    }
}
