package cn.lifeinfo.compliance.truthfulness.population;

import cn.lifeinfo.compliance.registry.RegistryLookup;
import cn.lifeinfo.compliance.truthfulness.CrossRecordView;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Cross-record and registry analysis for an evaluation set (one record, a batch or a chunk of a book) against the
 * stored population, which the set's records replace by policy number. Related policyholders are connected
 * components over identity, full address and family links (catalog §2.9); the graph is expanded from the records
 * sharing a phone or an address, round by round, until no related policy is left to pull in, so chains through any
 * number of non-sharing policies count. Each round looks up only keys not seen before. The graph read for one
 * evaluation set is capped at max(500, 4 × its size) policies: past the cap a very large component is seen in part.
 */
public final class CrossRecordAnalysis {

    private final Map<String, PolicyKeys> nodes = new LinkedHashMap<>();
    /** Bound on the related-policy graph read for one evaluation set. */
    private int maxNodes;
    private final Map<String, List<PolicyKeys>> byPhone = new HashMap<>();
    private final Map<String, List<PolicyKeys>> byAddress = new HashMap<>();
    private final Map<String, List<PopulationSource.Person>> personsById = new HashMap<>();
    private final UnionFind related = new UnionFind();
    private final UnionFind familyRelated = new UnionFind();
    private Map<String, Set<String>> agentsByMobile = Map.of();
    private Map<String, Set<String>> agentsByAddress = Map.of();
    private Map<String, Set<String>> agentsById = Map.of();
    private Set<String> institutionPhones = Set.of();
    private Set<String> institutionAddresses = Set.of();
    /** Identity keys of the registered agents that sold a policy of the set or own one of its phones or addresses. */
    private Map<String, RegistryLookup.AgentIdentity> agents = Map.of();

    private CrossRecordAnalysis() {
    }

    public static CrossRecordAnalysis of(Collection<PolicyKeys> set, PopulationSource population,
                                         RegistryLookup registry) {
        CrossRecordAnalysis a = new CrossRecordAnalysis();
        a.maxNodes = Math.max(500, set.size() * 4);
        Map<String, PolicyKeys> evaluated = new LinkedHashMap<>();
        set.forEach(k -> evaluated.put(k.policyHash(), k));
        PopulationSource store = population.except(evaluated.keySet());
        Set<String> phones = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (PolicyKeys k : evaluated.values()) {
            addIfPresent(phones, k.mobileKey());
            addIfPresent(phones, k.landlineKey());
            addIfPresent(addresses, k.addressKey());
            k.persons().forEach(p -> ids.add(p.idKey()));
            if (k.inScope()) {
                a.nodes.put(k.policyHash(), k);
            }
        }
        a.addStored(store.byContactKeys(phones, addresses), evaluated);
        // relatedness only matters where a phone or an address is shared: most records share nothing
        if (a.anyShared()) {
            a.expand(store, evaluated);
        }
        a.index();
        store.personsByIdKeys(ids).forEach((id, persons) -> a.personsById.put(id, new ArrayList<>(persons)));
        for (PolicyKeys k : a.nodes.values()) {
            for (PolicyKeys.PersonKeys p : k.persons()) {
                if (evaluated.containsKey(k.policyHash())) {
                    a.personsById.computeIfAbsent(p.idKey(), x -> new ArrayList<>())
                            .add(new PopulationSource.Person(k.policyHash(), p.role(), p.nameKey(), p.birthKey()));
                }
            }
        }
        a.agentsByMobile = registry.agentsByMobile(phones);
        a.agentsByAddress = registry.agentsByAddress(addresses);
        a.agentsById = registry.agentsById(ids);
        a.institutionPhones = registry.institutionPhones(phones);
        a.institutionAddresses = registry.institutionAddresses(addresses);
        Set<String> codes = new HashSet<>();
        evaluated.values().forEach(k -> addIfPresent(codes, k.agentCode()));
        a.agentsByMobile.values().forEach(codes::addAll);
        a.agentsByAddress.values().forEach(codes::addAll);
        a.agents = registry.agentIdentities(codes);
        return a;
    }

    private boolean anyShared() {
        Set<String> phones = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (PolicyKeys k : nodes.values()) {
            String mobile = k.mobileKey();
            String landline = k.landlineKey();
            if (mobile != null && !phones.add(mobile)
                    || landline != null && !landline.equals(mobile) && !phones.add(landline)
                    || k.addressKey() != null && !addresses.add(k.addressKey())) {
                return true;
            }
        }
        return false;
    }

    private void addStored(List<PolicyKeys> stored, Map<String, PolicyKeys> evaluated) {
        for (PolicyKeys k : stored) {
            if (!evaluated.containsKey(k.policyHash()) && nodes.size() < maxNodes) {
                nodes.putIfAbsent(k.policyHash(), k);
            }
        }
    }

    /** Pulls in the policies related to the current nodes, round by round, until the components are closed. */
    private void expand(PopulationSource store, Map<String, PolicyKeys> evaluated) {
        Set<String> seenIds = new HashSet<>();
        Set<String> seenAddresses = new HashSet<>();
        while (nodes.size() < maxNodes) {
            Set<String> phIds = new HashSet<>();
            Set<String> familyIds = new HashSet<>();
            Set<String> addresses = new HashSet<>();
            for (PolicyKeys k : nodes.values()) {
                if (k.phIdKey() != null && seenIds.add(k.phIdKey())) {
                    phIds.add(k.phIdKey());
                }
                for (String f : k.familyIds()) {
                    if (seenIds.add(f)) {
                        familyIds.add(f);
                    }
                }
                if (k.addressKey() != null && seenAddresses.add(k.addressKey())) {
                    addresses.add(k.addressKey());
                }
            }
            if (phIds.isEmpty() && familyIds.isEmpty() && addresses.isEmpty()) {
                return;
            }
            int before = nodes.size();
            Set<String> identities = new HashSet<>(phIds);
            identities.addAll(familyIds);
            addStored(store.byPolicyholderIds(identities), evaluated);
            addStored(store.byFamilyMemberIds(phIds), evaluated);
            addStored(store.byAddressKeys(addresses), evaluated);
            if (nodes.size() == before) {
                return;
            }
        }
    }

    private void index() {
        Map<String, String> firstByPhId = new HashMap<>();
        Map<String, String> firstByAddress = new HashMap<>();
        Map<String, List<String>> byPhId = new HashMap<>();
        for (PolicyKeys k : nodes.values()) {
            if (k.mobileKey() != null) {
                byPhone.computeIfAbsent(k.mobileKey(), x -> new ArrayList<>()).add(k);
            }
            if (k.landlineKey() != null && !Objects.equals(k.landlineKey(), k.mobileKey())) {
                byPhone.computeIfAbsent(k.landlineKey(), x -> new ArrayList<>()).add(k);
            }
            if (k.addressKey() != null) {
                byAddress.computeIfAbsent(k.addressKey(), x -> new ArrayList<>()).add(k);
                String first = firstByAddress.putIfAbsent(k.addressKey(), k.policyHash());
                if (first != null) {
                    related.union(first, k.policyHash());
                }
            }
            if (k.phIdKey() != null) {
                byPhId.computeIfAbsent(k.phIdKey(), x -> new ArrayList<>()).add(k.policyHash());
                String first = firstByPhId.putIfAbsent(k.phIdKey(), k.policyHash());
                if (first != null) {
                    related.union(first, k.policyHash());
                    familyRelated.union(first, k.policyHash());
                }
            }
        }
        for (PolicyKeys k : nodes.values()) {
            for (String family : k.familyIds()) {
                for (String other : byPhId.getOrDefault(family, List.of())) {
                    related.union(k.policyHash(), other);
                    familyRelated.union(k.policyHash(), other);
                }
            }
        }
    }

    /**
     * @param salespersonMobileKey  key of the record's salesperson's mobile, or null
     * @param salespersonNameKey    key of the record's salesperson's name (asked only when needed), or null
     * @param policyholderNameKey   key of the policyholder's name (asked only when needed), or null
     * @param greyListed            the selling salesperson is grey-listed on the application date
     */
    public CrossRecordView viewFor(PolicyKeys k, String salespersonMobileKey, Supplier<String> salespersonNameKey,
                                   Supplier<String> policyholderNameKey, boolean greyListed) {
        return new CrossRecordView() {
            public boolean salespersonGreyListed() {
                return greyListed;
            }

            String key(String field) {
                return "mobile".equals(field) ? k.mobileKey() : k.landlineKey();
            }

            /**
             * Catalog TRU-XREC-001: the salesperson is himself the policyholder when the registry's ID number for him
             * equals the policyholder's; when the registry holds none for him (or does not know him), when his
             * name equals the policyholder's. The same test exempts his own address from TRU-ADDR-007.
             */
            boolean isPolicyholder(String agentCode) {
                RegistryLookup.AgentIdentity registered = agentCode == null ? null : agents.get(agentCode);
                if (registered != null && registered.idKey() != null) {
                    return registered.idKey().equals(k.phIdKey());
                }
                String name = registered != null && registered.nameKey() != null ? registered.nameKey()
                        : Objects.equals(agentCode, k.agentCode()) ? salespersonNameKey.get() : null;
                return name != null && name.equals(policyholderNameKey.get());
            }

            boolean anyOtherThanPolicyholder(Set<String> agentCodes) {
                for (String code : agentCodes) {
                    if (!isPolicyholder(code)) {
                        return true;
                    }
                }
                return false;
            }

            public boolean institutionPhone(String field) {
                return key(field) != null && institutionPhones.contains(key(field));
            }

            public boolean salespersonPhone(String field) {
                String key = key(field);
                if (key == null) {
                    return false;
                }
                boolean servicing = key.equals(salespersonMobileKey) && !isPolicyholder(k.agentCode());
                return servicing || anyOtherThanPolicyholder(agentsByMobile.getOrDefault(key, Set.of()));
            }

            public int phoneComponents(String field) {
                String key = key(field);
                if (key == null) {
                    return 0;
                }
                Set<String> roots = new HashSet<>();
                byPhone.getOrDefault(key, List.of(k)).forEach(p -> roots.add(related.find(p.policyHash())));
                return Math.max(roots.size(), 1);
            }

            public boolean phoneSharedWithinOneSalesperson(String field) {
                String key = key(field);
                List<PolicyKeys> sharing = key == null ? List.of() : byPhone.getOrDefault(key, List.of());
                return sharing.size() > 1 && k.agentCode() != null
                        && sharing.stream().allMatch(p -> k.agentCode().equals(p.agentCode()));
            }

            public boolean institutionOrAgentAddress() {
                String key = k.addressKey();
                if (key == null) {
                    return false;
                }
                return institutionAddresses.contains(key)
                        || anyOtherThanPolicyholder(agentsByAddress.getOrDefault(key, Set.of()));
            }

            public int addressComponents() {
                if (k.addressKey() == null) {
                    return 0;
                }
                Set<String> roots = new HashSet<>();
                byAddress.getOrDefault(k.addressKey(), List.of(k))
                        .forEach(p -> roots.add(familyRelated.find(p.policyHash())));
                return Math.max(roots.size(), 1);
            }

            public boolean idConflict(String role) {
                PolicyKeys.PersonKeys me = person(role);
                if (me == null) {
                    return false;
                }
                for (PopulationSource.Person other : personsById.getOrDefault(me.idKey(), List.of())) {
                    if (other.policyHash().equals(k.policyHash())) {
                        continue;
                    }
                    if (differs(me.nameKey(), other.nameKey()) || differs(me.birthKey(), other.birthKey())) {
                        return true;
                    }
                }
                return false;
            }

            public boolean registeredSalesperson(String role) {
                PolicyKeys.PersonKeys me = person(role);
                return me != null && !agentsById.getOrDefault(me.idKey(), Set.of()).isEmpty();
            }

            private PolicyKeys.PersonKeys person(String role) {
                for (PolicyKeys.PersonKeys p : k.persons()) {
                    if (p.role().equals(role)) {
                        return p;
                    }
                }
                return null;
            }
        };
    }

    private static boolean differs(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    /** Union-find over policy hashes. */
    static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String p = parent.getOrDefault(x, x);
            if (p.equals(x)) {
                return x;
            }
            String root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }
    }
}
