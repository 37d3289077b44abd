package cn.lifeinfo.compliance.truthfulness.population;

import cn.lifeinfo.compliance.common.IdentifierHasher;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A population stored before a rotation of the hash key is still found, and compared, after it. */
class RotationAwareSourceTest {

    private static final String OLD = "old-key-old-key-old-key-old-key-old-key";
    private static final String NEW = "new-key-new-key-new-key-new-key-new-key";

    private static PolicyKeys keys(IdentifierHasher h, String policyNo) {
        return new PolicyKeys(h.hash(policyNo), "A1", "AGENCY", true, h.hash("id:1"), h.hash("addr:x"),
                h.hash("phone:13957112345"), null,
                List.of(new PolicyKeys.PersonKeys("policyholder", h.hash("id:1"), h.hash("name:张伟"),
                        h.hash("birth:1980-05-12"), false)));
    }

    @Test
    void policiesStoredUnderThePreviousKeyAreFoundAndReportedUnderTheCurrentOne() {
        PopulationIndex index = new PopulationIndex();
        index.apply(List.of(keys(new IdentifierHasher(OLD), "P-OLD")));
        IdentifierHasher rotating = new IdentifierHasher(NEW, "2", Optional.of(OLD), Optional.of("1"));
        PolicyKeys now = keys(rotating, "P-NEW"); // the evaluation set's keys, computed with the current key
        PopulationSource source = new RotationAwareSource(index, rotating);

        List<PolicyKeys> byPhone = source.byContactKeys(Set.of(now.mobileKey()), Set.of());
        assertEquals(1, byPhone.size());
        PolicyKeys found = byPhone.get(0);
        assertEquals(now.mobileKey(), found.mobileKey(), "shared phone compares equal under the current key");
        assertEquals(now.addressKey(), found.addressKey());
        assertEquals(now.phIdKey(), found.phIdKey());
        assertEquals(1, source.byPolicyholderIds(Set.of(now.phIdKey())).size());
        assertEquals(1, source.byAddressKeys(Set.of(now.addressKey())).size());

        Map<String, List<PopulationSource.Person>> persons = source.personsByIdKeys(Set.of(now.phIdKey()));
        PopulationSource.Person p = persons.get(now.phIdKey()).get(0);
        // same name and birth date: no TRU-XREC-004 difference just because the key changed
        assertEquals(now.persons().get(0).nameKey(), p.nameKey());
        assertEquals(now.persons().get(0).birthKey(), p.birthKey());
    }

    @Test
    void withoutTheRotationTheOldRowsAreNotFound() {
        PopulationIndex index = new PopulationIndex();
        index.apply(List.of(keys(new IdentifierHasher(OLD), "P-OLD")));
        PolicyKeys now = keys(new IdentifierHasher(NEW), "P-NEW");
        assertTrue(index.byContactKeys(Set.of(now.mobileKey()), Set.of()).isEmpty());
    }
}
