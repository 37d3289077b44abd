package cn.lifeinfo.compliance.truthfulness.population;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntConsumer;
import it.unimi.dsi.fastutil.ints.IntLinkedOpenHashSet;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The stored population in memory, indexed by every key cross-record analysis looks up, so that a decision costs
 * no database round trip. Holds only keyed hashes, as the tables do. Readers share a lock; a batch of changes
 * takes it exclusively for the few microseconds it needs.
 * <p>
 * Compact, because every replica holds the whole book: each distinct key is held once ({@link KeyArena}, 32 bytes)
 * and named by an int; a policy is a block of key ids in shared pages ({@link PolicyRows}); the postings of a key are
 * a chain of int entries. A key looked up in several roles (the policyholder's ID is both "policyholder ID" and
 * "person ID") has one posting whose kind says which.
 */
public final class PopulationIndex implements PopulationSource {

    private static final int POLICY = 1;
    private static final int PHONE = 2;
    private static final int ADDRESS = 4;
    private static final int PH_ID = 8;
    private static final int PERSON = 16;
    private static final int FAMILY = 32;

    // a policy's block of ints (PolicyRows): fixed fields, then four ints per person
    private static final int HASH = 0;
    private static final int AGENT = 1;
    private static final int CHANNEL = 2;
    private static final int IN_SCOPE = 3;
    private static final int PH_ID_KEY = 4;
    private static final int ADDRESS_KEY = 5;
    private static final int MOBILE_KEY = 6;
    private static final int LANDLINE_KEY = 7;
    private static final int PERSONS = 8;
    private static final int FIXED = 9;
    private static final int FAMILY_LINK = 1 << 30;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final KeyArena keys = new KeyArena();
    private final Labels labels = new Labels();
    private final Postings postings = new Postings();
    private final PolicyRows rows = new PolicyRows();
    /** Each slot's block in {@link #rows}. */
    private int[] policies = new int[1024];
    private final IntArrayList freeSlots = new IntArrayList();
    private int slots;
    private int size;

    /** Replaces each policy by its new keys, or removes it when it is no longer storable (out of scope). */
    public void apply(Collection<PolicyKeys> changes) {
        lock.writeLock().lock();
        try {
            for (PolicyKeys k : changes) {
                if (k.policyHash().startsWith(PolicyKeyer.UNKEYED)) {
                    continue;
                }
                int slot = slotOf(k.policyHash());
                if (slot != KeyArena.NONE) {
                    if (k.equals(decode(slot))) {
                        continue; // polls re-read rows already held: leave their postings alone
                    }
                    remove(slot);
                }
                if (k.storable()) {
                    add(k);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every held policy, none left out. */
    private final PopulationSource all = new Lookups(Set.of());

    @Override
    public List<PolicyKeys> byContactKeys(Set<String> phoneKeys, Set<String> addressKeys) {
        return all.byContactKeys(phoneKeys, addressKeys);
    }

    @Override
    public List<PolicyKeys> byPolicyholderIds(Set<String> ids) {
        return all.byPolicyholderIds(ids);
    }

    @Override
    public List<PolicyKeys> byAddressKeys(Set<String> addressKeys) {
        return all.byAddressKeys(addressKeys);
    }

    @Override
    public List<PolicyKeys> byFamilyMemberIds(Set<String> idKeys) {
        return all.byFamilyMemberIds(idKeys);
    }

    @Override
    public Map<String, List<Person>> personsByIdKeys(Set<String> idKeys) {
        return all.personsByIdKeys(idKeys);
    }

    /**
     * A book's chunk finds its own policies under every key it looks up: they are told apart by their policy hash
     * alone, before the rest of their keys are turned back into strings.
     */
    @Override
    public PopulationSource except(Set<String> policyHashes) {
        return new Lookups(policyHashes);
    }

    /** The index's lookups, leaving out the policies {@code except} names. */
    private final class Lookups implements PopulationSource {
        private final Set<String> except;

        Lookups(Set<String> except) {
            this.except = except;
        }

        @Override
        public List<PolicyKeys> byContactKeys(Set<String> phoneKeys, Set<String> addressKeys) {
            return find(found -> {
                phoneKeys.forEach(key -> postings.forEach(keys.find(key), PHONE, ROWS_PER_KEY, found));
                addressKeys.forEach(key -> postings.forEach(keys.find(key), ADDRESS, ROWS_PER_KEY, found));
            }, except);
        }

        @Override
        public List<PolicyKeys> byPolicyholderIds(Set<String> ids) {
            return find(found -> ids.forEach(key -> postings.forEach(keys.find(key), PH_ID, ROWS_PER_KEY, found)),
                    except);
        }

        @Override
        public List<PolicyKeys> byAddressKeys(Set<String> addressKeys) {
            return find(found -> addressKeys.forEach(key -> postings.forEach(keys.find(key), ADDRESS, ROWS_PER_KEY,
                    found)), except);
        }

        @Override
        public List<PolicyKeys> byFamilyMemberIds(Set<String> idKeys) {
            return find(found -> idKeys.forEach(key -> postings.forEach(keys.find(key), FAMILY, ROWS_PER_KEY, found)),
                    except);
        }

        @Override
        public Map<String, List<Person>> personsByIdKeys(Set<String> idKeys) {
            return persons(idKeys, except);
        }
    }

    private Map<String, List<Person>> persons(Set<String> idKeys, Set<String> except) {
        Map<String, List<Person>> result = new HashMap<>();
        lock.readLock().lock();
        try {
            for (String id : idKeys) {
                int keyId = keys.find(id);
                postings.forEach(keyId, PERSON, Integer.MAX_VALUE, slot -> {
                    int[] p = rows.page(policies[slot]);
                    int b = PolicyRows.offset(policies[slot]);
                    String policyHash = null;
                    for (int i = b + FIXED; i < end(p, b); i += 4) {
                        if (p[i + 1] == keyId) {
                            policyHash = policyHash == null ? keys.string(p[b + HASH]) : policyHash;
                            if (except.contains(policyHash)) {
                                return;
                            }
                            result.computeIfAbsent(id, x -> new ArrayList<>()).add(new Person(policyHash,
                                    labels.string(p[i] & ~FAMILY_LINK), keys.string(p[i + 2]),
                                    keys.string(p[i + 3])));
                        }
                    }
                });
            }
        } finally {
            lock.readLock().unlock();
        }
        return result;
    }

    private List<PolicyKeys> find(Consumer<IntConsumer> lookups, Set<String> except) {
        IntLinkedOpenHashSet found = new IntLinkedOpenHashSet();
        List<PolicyKeys> result = new ArrayList<>();
        lock.readLock().lock();
        try {
            lookups.accept(found::add);
            for (var it = found.iterator(); it.hasNext(); ) {
                int slot = it.nextInt();
                String policyHash = keys.string(field(slot, HASH));
                if (!except.contains(policyHash)) {
                    result.add(decode(slot, policyHash));
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return result;
    }

    private int slotOf(String policyHash) {
        int[] slot = {KeyArena.NONE};
        postings.forEach(keys.find(policyHash), POLICY, 1, s -> slot[0] = s);
        return slot[0];
    }

    private void add(PolicyKeys k) {
        List<PolicyKeys.PersonKeys> persons = k.persons();
        int ref = rows.allocate(FIXED + 4 * persons.size());
        int[] p = rows.page(ref);
        int b = PolicyRows.offset(ref);
        p[b + HASH] = keys.acquire(k.policyHash());
        p[b + AGENT] = labels.id(k.agentCode());
        p[b + CHANNEL] = labels.id(k.channel());
        p[b + IN_SCOPE] = k.inScope() ? 1 : 0;
        p[b + PH_ID_KEY] = keys.acquire(k.phIdKey());
        p[b + ADDRESS_KEY] = keys.acquire(k.addressKey());
        p[b + MOBILE_KEY] = keys.acquire(k.mobileKey());
        p[b + LANDLINE_KEY] = keys.acquire(k.landlineKey());
        p[b + PERSONS] = persons.size();
        for (int i = 0; i < persons.size(); i++) {
            PolicyKeys.PersonKeys person = persons.get(i);
            int at = b + FIXED + 4 * i;
            p[at] = labels.id(person.role()) | (person.familyLink() ? FAMILY_LINK : 0);
            p[at + 1] = keys.acquire(person.idKey());
            p[at + 2] = keys.acquire(person.nameKey());
            p[at + 3] = keys.acquire(person.birthKey());
        }
        int slot = freeSlots.isEmpty() ? slots++ : freeSlots.popInt();
        if (slot == policies.length) {
            policies = Arrays.copyOf(policies, policies.length + Math.max(policies.length >> 1, 1024));
        }
        policies[slot] = ref;
        postings.ensure(keys.capacity());
        forEachPosting(p, b, (keyId, kind) -> postings.add(keyId, slot, kind));
        size++;
    }

    private void remove(int slot) {
        int ref = policies[slot];
        int[] p = rows.page(ref);
        int b = PolicyRows.offset(ref);
        forEachPosting(p, b, (keyId, kind) -> postings.remove(keyId, slot));
        keys.release(p[b + HASH]);
        for (int i = PH_ID_KEY; i <= LANDLINE_KEY; i++) {
            keys.release(p[b + i]);
        }
        for (int i = b + FIXED; i < end(p, b); i += 4) {
            keys.release(p[i + 1]);
            keys.release(p[i + 2]);
            keys.release(p[i + 3]);
        }
        rows.free(ref, end(p, b) - b);
        freeSlots.add(slot);
        size--;
    }

    private interface PostingSink {
        void accept(int keyId, int kind);
    }

    /** The (key, kinds) a policy is found by, each key once. */
    private static void forEachPosting(int[] p, int b, PostingSink sink) {
        int n = 0;
        int[] ids = new int[5 + p[b + PERSONS]];
        int[] kinds = new int[ids.length];
        n = merge(ids, kinds, n, p[b + HASH], POLICY);
        n = merge(ids, kinds, n, p[b + MOBILE_KEY], PHONE);
        n = merge(ids, kinds, n, p[b + LANDLINE_KEY], PHONE);
        n = merge(ids, kinds, n, p[b + ADDRESS_KEY], ADDRESS);
        n = merge(ids, kinds, n, p[b + PH_ID_KEY], PH_ID);
        for (int i = b + FIXED; i < end(p, b); i += 4) {
            n = merge(ids, kinds, n, p[i + 1], (p[i] & FAMILY_LINK) != 0 ? PERSON | FAMILY : PERSON);
        }
        for (int i = 0; i < n; i++) {
            sink.accept(ids[i], kinds[i]);
        }
    }

    private static int merge(int[] ids, int[] kinds, int n, int keyId, int kind) {
        if (keyId == KeyArena.NONE) {
            return n;
        }
        for (int i = 0; i < n; i++) {
            if (ids[i] == keyId) {
                kinds[i] |= kind;
                return n;
            }
        }
        ids[n] = keyId;
        kinds[n] = kind;
        return n + 1;
    }

    private PolicyKeys decode(int slot) {
        return decode(slot, keys.string(field(slot, HASH)));
    }

    private PolicyKeys decode(int slot, String policyHash) {
        int[] p = rows.page(policies[slot]);
        int b = PolicyRows.offset(policies[slot]);
        List<PolicyKeys.PersonKeys> persons = new ArrayList<>(p[b + PERSONS]);
        for (int i = b + FIXED; i < end(p, b); i += 4) {
            persons.add(new PolicyKeys.PersonKeys(labels.string(p[i] & ~FAMILY_LINK), keys.string(p[i + 1]),
                    keys.string(p[i + 2]), keys.string(p[i + 3]), (p[i] & FAMILY_LINK) != 0));
        }
        return new PolicyKeys(policyHash, labels.string(p[b + AGENT]), labels.string(p[b + CHANNEL]),
                p[b + IN_SCOPE] == 1, keys.string(p[b + PH_ID_KEY]), keys.string(p[b + ADDRESS_KEY]),
                keys.string(p[b + MOBILE_KEY]), keys.string(p[b + LANDLINE_KEY]), List.copyOf(persons));
    }

    /** One fixed field of the slot's policy. */
    private int field(int slot, int field) {
        return rows.page(policies[slot])[PolicyRows.offset(policies[slot]) + field];
    }

    /** Where the block at {@code b} ends: after its persons. */
    private static int end(int[] p, int b) {
        return b + FIXED + 4 * p[b + PERSONS];
    }

    /**
     * Agent codes, channels and roles: a few thousand values held by millions of policies, each kept once. Never
     * forgotten (they are few), so their ids need no counting.
     */
    private static final class Labels {
        private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
        private final List<String> values = new ArrayList<>();

        Labels() {
            ids.defaultReturnValue(KeyArena.NONE);
        }

        int id(String value) {
            if (value == null) {
                return KeyArena.NONE;
            }
            int id = ids.getInt(value);
            if (id == KeyArena.NONE) {
                id = values.size();
                values.add(value);
                ids.put(value, id);
            }
            return id;
        }

        String string(int id) {
            return id == KeyArena.NONE ? null : values.get(id);
        }
    }

    /**
     * Key id → the policies found by it, in the order they arrived (so the sample read of a widely shared key is
     * stable): a chain of entries, with its head and tail per key id. All arrays are paged like the arena's.
     */
    private static final class Postings {
        private static final int BITS = KeyArena.PAGE_BITS;
        private static final int MASK = KeyArena.PAGE - 1;
        private int[][] head = new int[0][];
        private int[][] tail = new int[0][];
        private int[][] slot = new int[0][];
        private int[][] next = new int[0][];
        private byte[][] kind = new byte[0][];
        private final IntArrayList freeEntries = new IntArrayList();
        private int entries;

        void ensure(int keyCapacity) {
            while (head.length * KeyArena.PAGE < keyCapacity) {
                head = grow(head);
                tail = grow(tail);
            }
        }

        private static int[][] grow(int[][] pages) {
            int[][] more = Arrays.copyOf(pages, pages.length + 1);
            more[pages.length] = new int[KeyArena.PAGE];
            Arrays.fill(more[pages.length], KeyArena.NONE);
            return more;
        }

        private static int get(int[][] pages, int i) {
            return pages[i >>> BITS][i & MASK];
        }

        private static void set(int[][] pages, int i, int value) {
            pages[i >>> BITS][i & MASK] = value;
        }

        void add(int keyId, int policySlot, int kinds) {
            int e;
            if (!freeEntries.isEmpty()) {
                e = freeEntries.popInt();
            } else {
                if (entries == slot.length * KeyArena.PAGE) {
                    slot = grow(slot);
                    next = grow(next);
                    kind = Arrays.copyOf(kind, kind.length + 1);
                    kind[kind.length - 1] = new byte[KeyArena.PAGE];
                }
                e = entries++;
            }
            set(slot, e, policySlot);
            kind[e >>> BITS][e & MASK] = (byte) kinds;
            set(next, e, KeyArena.NONE);
            if (get(head, keyId) == KeyArena.NONE) {
                set(head, keyId, e);
            } else {
                set(next, get(tail, keyId), e);
            }
            set(tail, keyId, e);
        }

        void remove(int keyId, int policySlot) {
            int previous = KeyArena.NONE;
            for (int e = get(head, keyId); e != KeyArena.NONE; previous = e, e = get(next, e)) {
                if (get(slot, e) == policySlot) {
                    if (previous == KeyArena.NONE) {
                        set(head, keyId, get(next, e));
                    } else {
                        set(next, previous, get(next, e));
                    }
                    if (get(tail, keyId) == e) {
                        set(tail, keyId, previous);
                    }
                    freeEntries.add(e);
                    return;
                }
            }
        }

        void forEach(int keyId, int kinds, int limit, IntConsumer sink) {
            if (keyId == KeyArena.NONE || keyId >= head.length * KeyArena.PAGE) {
                return;
            }
            int n = 0;
            for (int e = get(head, keyId); e != KeyArena.NONE && n < limit; e = get(next, e)) {
                if ((kind[e >>> BITS][e & MASK] & kinds) != 0) {
                    sink.accept(get(slot, e));
                    n++;
                }
            }
        }
    }
}
