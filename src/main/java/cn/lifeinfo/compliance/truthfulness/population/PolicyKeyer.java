package cn.lifeinfo.compliance.truthfulness.population;

import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.registry.ContactKeys;
import cn.lifeinfo.compliance.truthfulness.FactExtractor;
import cn.lifeinfo.compliance.vocabulary.parse.CoverageScope;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import cn.lifeinfo.compliance.vocabulary.parse.IsoDates;
import cn.lifeinfo.compliance.vocabulary.parse.LandlineCheck;
import cn.lifeinfo.compliance.vocabulary.parse.LandlineDefect;
import cn.lifeinfo.compliance.vocabulary.parse.Landlines;
import cn.lifeinfo.compliance.vocabulary.parse.MobileCheck;
import cn.lifeinfo.compliance.vocabulary.parse.MobileDefect;
import cn.lifeinfo.compliance.vocabulary.parse.MobileNumbers;
import cn.lifeinfo.compliance.vocabulary.parse.TextNormaliser;
import cn.lifeinfo.compliance.vocabulary.record.Person;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes a record's {@link PolicyKeys}.
 * <p>
 * {@code @Singleton}, not {@code @ApplicationScoped}: called several times for each record of a book, where a client
 * proxy would look the instance up in its context on every call.
 */
@Singleton
public class PolicyKeyer {

    /** Relationships that relate two policyholders (catalog §2.9). */
    static final Set<String> FAMILY = Set.of("SELF", "SPOUSE", "CHILD", "PARENT", "GRANDCHILD", "GRANDPARENT",
            "SIBLING", "OTHER_RELATIVE", "GUARDIAN");

    /** Birth dates repeat across millions of persons: one key (and one String in the population) per date. */
    private static final int BIRTH_KEYS_CACHED = 100_000;

    private final IdentifierHasher hasher;
    private final ContactKeys contactKeys;
    private final Divisions divisions = Divisions.standard();
    private final Map<LocalDate, String> birthKeys = new ConcurrentHashMap<>();

    public PolicyKeyer(IdentifierHasher hasher, ContactKeys contactKeys) {
        this.hasher = hasher;
        this.contactKeys = contactKeys;
    }

    /** Prefix of the stand-in key of a record without a policy number: evaluated, never stored. */
    public static final String UNKEYED = "unkeyed:";

    /** The id of the key the keys are computed with (stored beside them). */
    public String keyId() {
        return hasher.keyId();
    }

    public String policyHash(String policyNo) {
        return policyNo == null || policyNo.isBlank() ? UNKEYED + cn.lifeinfo.compliance.common.Ulid.next()
                : hasher.hash(policyNo);
    }

    public PolicyKeys keys(PolicyRecord r) {
        Person ph = r.policyholder();
        Person ins = r.insured();
        LocalDate effective = IsoDates.parse(r.effectiveDate());
        String unit = r.coverageTerm() == null ? null : FactExtractor.upper(r.coverageTerm().unit());
        Integer value = r.coverageTerm() == null ? null : r.coverageTerm().value();
        boolean inScope = CoverageScope.inScope(FactExtractor.upper(r.businessType()), unit, value, effective);
        List<PolicyKeys.PersonKeys> persons = new ArrayList<>();
        add(persons, "policyholder", ph, false);
        // the policyholder's ID key, computed once and held once
        String phIdKey = persons.isEmpty() || ph == null ? null : persons.get(0).idKey();
        if (ins != null && !FactExtractor.selfInsuredIsPolicyholder(ph, ins)) {
            add(persons, "insured", ins, isFamily(ins.relationshipToPolicyholder()));
        }
        List<Person> bens = r.beneficiariesOrEmpty();
        for (int i = 0; i < bens.size(); i++) {
            Person b = bens.get(i);
            if (b != null) {
                add(persons, "beneficiary[" + i + "]", b, isFamily(b.relationshipToInsured()));
            }
        }
        return new PolicyKeys(policyHash(r.policyNo()), r.salesperson() == null ? null : r.salesperson().agentCode(),
                FactExtractor.upper(r.channel()), inScope, phIdKey,
                ph == null ? null : contactKeys.addressKey(ph.address()),
                ph == null ? null : mobileKey(ph.mobile()), ph == null ? null : landlineKey(ph.landline()), persons);
    }

    /** A phone key only for a number that passed the format checks and is no placeholder or service number. */
    public String mobileKey(String raw) {
        MobileCheck m = MobileNumbers.check(raw);
        boolean keyed = m.present() && (m.defect() == MobileDefect.NONE || m.defect() == MobileDefect.UNALLOCATED_SEGMENT);
        return keyed ? contactKeys.keyOfNormalisedPhone(m.normalised()) : null;
    }

    public String landlineKey(String raw) {
        LandlineCheck l = Landlines.check(raw, divisions);
        boolean keyed = l.present() && (l.defect() == LandlineDefect.NONE
                || l.defect() == LandlineDefect.UNKNOWN_AREA_CODE);
        return keyed ? contactKeys.keyOfNormalisedPhone(l.normalised()) : null;
    }

    /**
     * The key of a person's normalised name, as in the persons' keys; null for no name or a textual placeholder, which
     * identifies nobody (used to tell a salesperson without an ID in the registry from the policyholder).
     */
    public String nameKey(String rawName) {
        if (TextNormaliser.isAbsentOrPlaceholder(rawName)) {
            return null;
        }
        String name = TextNormaliser.name(rawName);
        return name == null ? null : hasher.hash("name:" + name);
    }

    private static boolean isFamily(String relationship) {
        String r = FactExtractor.upper(relationship);
        return r != null && FAMILY.contains(r);
    }

    private void add(List<PolicyKeys.PersonKeys> persons, String role, Person p, boolean familyLink) {
        if (p == null) {
            return;
        }
        String idKey = contactKeys.idKey(p.idNumber());
        if (idKey == null) {
            return;
        }
        String name = TextNormaliser.name(p.name());
        LocalDate birth = IsoDates.parse(p.birthDate());
        persons.add(new PolicyKeys.PersonKeys(role, idKey, name == null ? null : hasher.hash("name:" + name),
                birth == null ? null : birthKey(birth), familyLink));
    }

    private String birthKey(LocalDate birth) {
        if (hasher.rotating()) { // every hashing must be seen by the hasher, which pairs it with the previous key's
            return hasher.hash("birth:" + birth);
        }
        String key = birthKeys.get(birth);
        if (key == null) {
            key = hasher.hash("birth:" + birth);
            if (birthKeys.size() < BIRTH_KEYS_CACHED) { // bounded whatever dates arrive
                birthKeys.putIfAbsent(birth, key);
            }
        }
        return key;
    }

}
