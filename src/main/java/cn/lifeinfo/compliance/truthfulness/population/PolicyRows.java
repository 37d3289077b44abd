package cn.lifeinfo.compliance.truthfulness.population;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

import java.util.Arrays;

/**
 * The population's policies as blocks of ints in shared pages, each named by a ref (its page and offset). One
 * {@code int[]} per policy made a book of a million policies a million small arrays that young collections copied as
 * they arrived, that every old-generation marking cycle visited (G1 marks continuously with the population filling
 * most of a 2 GB heap), and whose stores into the table of arrays dirtied cards to scan; pages are a few hundred
 * arrays. A freed block is reused by the next block of its length: policies are replaced by policies of much the
 * same shape. Not thread-safe: the population's lock guards it.
 */
final class PolicyRows {

    static final int PAGE_BITS = 14;
    /** 64 KB of ints: well under half of G1's smallest region, so a page is never a humongous object. */
    static final int PAGE = 1 << PAGE_BITS;
    private static final int MAX_PAGES = 1 << (31 - PAGE_BITS);

    private int[][] pages = new int[16][];
    private int pageCount;
    /** Where the last page's free ints start (PAGE when it is full or there is none). */
    private int top = PAGE;
    private final Int2ObjectOpenHashMap<IntArrayList> freed = new Int2ObjectOpenHashMap<>();

    /** A block of {@code length} ints, its content undefined (a reused block holds its last policy's ints). */
    int allocate(int length) {
        IntArrayList same = freed.get(length);
        if (same != null && !same.isEmpty()) {
            return same.popInt();
        }
        if (length > PAGE) { // a policy of thousands of persons: a page of its own
            return ref(newPage(length), 0);
        }
        if (top + length > PAGE) {
            newPage(PAGE);
            top = 0;
        }
        int ref = ref(pageCount - 1, top);
        top += length;
        return ref;
    }

    void free(int ref, int length) {
        freed.computeIfAbsent(length, l -> new IntArrayList()).add(ref);
    }

    int[] page(int ref) {
        return pages[ref >>> PAGE_BITS];
    }

    static int offset(int ref) {
        return ref & (PAGE - 1);
    }

    private int newPage(int size) {
        if (pageCount == MAX_PAGES) {
            throw new IllegalStateException("The in-memory population is full (" + MAX_PAGES
                    + " pages): keep it in the database (compliance.population.in-memory=false)");
        }
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, Math.min(MAX_PAGES, pages.length + (pages.length >> 1)));
        }
        pages[pageCount] = new int[size];
        if (size > PAGE) {
            top = PAGE; // the block owns the page; the next small block starts a new one
        }
        return pageCount++;
    }

    private static int ref(int page, int offset) {
        return page << PAGE_BITS | offset;
    }
}
