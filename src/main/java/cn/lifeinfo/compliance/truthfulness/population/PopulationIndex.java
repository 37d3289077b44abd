package cn.lifeinfo.compliance.truthfulness.population;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The stored population in memory, indexed by every key cross-record analysis looks up, so that a decision costs
 * no database round trip. Holds only keyed hashes, as the tables do. Readers share a lock; a batch of changes
 * takes it exclusively for the few microseconds it needs.
 */
public final class PopulationIndex implements PopulationSource {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, PolicyKeys> policies = new HashMap<>();
    private final Postings byPhone = new Postings();
    private final Postings byAddress = new Postings();
    private final Postings byPolicyholderId = new Postings();
    private final Postings byFamilyMemberId = new Postings();
    private final Postings byPersonId = new Postings();

    /** Replaces each policy by its new keys, or removes it when it is no longer storable (out of scope). */
    public void apply(Collection<PolicyKeys> changes) {
        lock.writeLock().lock();
        try {
            for (PolicyKeys k : changes) {
                if (k.policyHash().startsWith(PolicyKeyer.UNKEYED) || k.equals(policies.get(k.policyHash()))) {
                    continue; // polls re-read rows already held: leave their postings alone
                }
                PolicyKeys old = k.storable() ? policies.put(k.policyHash(), k) : policies.remove(k.policyHash());
                if (old != null) {
                    postings(old, false);
                }
                if (k.storable()) {
                    postings(k, true);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return policies.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void postings(PolicyKeys k, boolean add) {
        String p = k.policyHash();
        byPhone.update(k.mobileKey(), p, add);
        if (k.landlineKey() != null && !k.landlineKey().equals(k.mobileKey())) {
            byPhone.update(k.landlineKey(), p, add);
        }
        byAddress.update(k.addressKey(), p, add);
        byPolicyholderId.update(k.phIdKey(), p, add);
        for (PolicyKeys.PersonKeys person : k.persons()) {
            byPersonId.update(person.idKey(), p, add);
            if (person.familyLink()) {
                byFamilyMemberId.update(person.idKey(), p, add);
            }
        }
    }

    @Override
    public List<PolicyKeys> byContactKeys(Set<String> phoneKeys, Set<String> addressKeys) {
        return find(found -> {
            phoneKeys.forEach(key -> byPhone.forEach(key, found));
            addressKeys.forEach(key -> byAddress.forEach(key, found));
        });
    }

    @Override
    public List<PolicyKeys> byPolicyholderIds(Set<String> keys) {
        return find(found -> keys.forEach(key -> byPolicyholderId.forEach(key, found)));
    }

    @Override
    public List<PolicyKeys> byAddressKeys(Set<String> keys) {
        return find(found -> keys.forEach(key -> byAddress.forEach(key, found)));
    }

    @Override
    public List<PolicyKeys> byFamilyMemberIds(Set<String> idKeys) {
        return find(found -> idKeys.forEach(key -> byFamilyMemberId.forEach(key, found)));
    }

    @Override
    public Map<String, List<Person>> personsByIdKeys(Set<String> idKeys) {
        Map<String, List<Person>> result = new HashMap<>();
        lock.readLock().lock();
        try {
            for (String id : idKeys) {
                byPersonId.forEachUnlimited(id, policyHash -> {
                    for (PolicyKeys.PersonKeys person : policies.get(policyHash).persons()) {
                        if (person.idKey().equals(id)) {
                            result.computeIfAbsent(id, x -> new ArrayList<>())
                                    .add(new Person(policyHash, person.role(), person.nameKey(), person.birthKey()));
                        }
                    }
                });
            }
        } finally {
            lock.readLock().unlock();
        }
        return result;
    }

    private List<PolicyKeys> find(Consumer<Consumer<String>> lookups) {
        Map<String, PolicyKeys> found = new LinkedHashMap<>();
        lock.readLock().lock();
        try {
            lookups.accept(policyHash -> found.computeIfAbsent(policyHash, policies::get));
        } finally {
            lock.readLock().unlock();
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Key → policy hashes. Most keys belong to one policy, so a single hash is stored as itself and only shared
     * keys get a set (insertion-ordered, so the sample of a widely shared key is stable): the index costs little
     * more than the keys it holds.
     */
    private static final class Postings {
        private final Map<String, Object> map = new HashMap<>();

        @SuppressWarnings("unchecked")
        void update(String key, String policyHash, boolean add) {
            if (key == null) {
                return;
            }
            Object v = map.get(key);
            if (add) {
                if (v == null) {
                    map.put(key, policyHash);
                } else if (v instanceof String single) {
                    if (!single.equals(policyHash)) {
                        Set<String> shared = new LinkedHashSet<>(4);
                        shared.add(single);
                        shared.add(policyHash);
                        map.put(key, shared);
                    }
                } else {
                    ((Set<String>) v).add(policyHash);
                }
            } else if (v instanceof String single) {
                if (single.equals(policyHash)) {
                    map.remove(key);
                }
            } else if (v != null) {
                Set<String> shared = (Set<String>) v;
                shared.remove(policyHash);
                if (shared.size() == 1) {
                    map.put(key, shared.iterator().next());
                }
            }
        }

        void forEach(String key, Consumer<String> sink) {
            visit(key, ROWS_PER_KEY, sink);
        }

        void forEachUnlimited(String key, Consumer<String> sink) {
            visit(key, Integer.MAX_VALUE, sink);
        }

        @SuppressWarnings("unchecked")
        private void visit(String key, int limit, Consumer<String> sink) {
            Object v = key == null ? null : map.get(key);
            if (v instanceof String single) {
                sink.accept(single);
            } else if (v != null) {
                int n = 0;
                for (String policyHash : (Set<String>) v) {
                    if (n++ == limit) {
                        break;
                    }
                    sink.accept(policyHash);
                }
            }
        }
    }
}
