package cn.lifeinfo.compliance.truthfulness.population;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyKeysCodecTest {

    private static final String H1 = "0123456789abcdef".repeat(4);
    private static final String H2 = "fedcba9876543210".repeat(4);

    @Test
    void keysSurviveTheRoundTripWithNullsAndTextThatIsNoHash() {
        List<PolicyKeys> keys = List.of(
                new PolicyKeys(H1, "A001", "AGENCY", true, H2, null, H1, null, List.of(
                        new PolicyKeys.PersonKeys("policyholder", H2, H1, null, false),
                        new PolicyKeys.PersonKeys("beneficiary", H1, null, H2, true))),
                new PolicyKeys("unkeyed:7", null, "银行代理", false, null, null, null,
                        "0123456789ABCDEF".repeat(4), List.of()));
        assertEquals(keys, PolicyKeysCodec.decode(PolicyKeysCodec.encode(keys)));
    }

    @Test
    void aChunksKeysAreWrittenToTheirExactLengthWhateverTheirText() {
        // two-, three- and four-byte UTF-8 (U+20000 is a surrogate pair in Java) in the text that is no hash
        List<PolicyKeys> keys = List.of(new PolicyKeys(H1, "Ä-代理-\uD840\uDC00", "电话销售", true, null, H2, null, null,
                List.of(new PolicyKeys.PersonKeys("受益人", H1, "0123456789ABCDEF".repeat(4), null, true))));
        byte[] encoded = PolicyKeysCodec.encode(keys);
        assertEquals(keys, PolicyKeysCodec.decode(encoded));
        assertThrows(IllegalStateException.class, () -> PolicyKeysCodec.decode(
                java.util.Arrays.copyOf(encoded, encoded.length + 1)));
    }

    @Test
    void aPolicysPersonsSurviveAlone() {
        List<PolicyKeys.PersonKeys> persons = List.of(new PolicyKeys.PersonKeys("policyholder", H2, H1, null, false),
                new PolicyKeys.PersonKeys("insured", H1, null, "not a hash", true));
        assertEquals(persons, PolicyKeysCodec.decodePersons(PolicyKeysCodec.encodePersons(persons)));
        assertEquals(List.of(), PolicyKeysCodec.decodePersons(PolicyKeysCodec.encodePersons(List.of())));
        // a person's three hashes as 32 bytes each, plus the role, tags and framing
        byte[] one = PolicyKeysCodec.encodePersons(persons.subList(0, 1));
        assertTrue(one.length < 2 * 33 + 1 + 30, () -> one.length + " bytes");
        assertThrows(IllegalStateException.class, () -> PolicyKeysCodec.decodePersons(
                java.util.Arrays.copyOf(PolicyKeysCodec.encodePersons(persons), 40)));
    }

    @Test
    void hashesAreStoredAsTheirBytes() {
        List<PolicyKeys> one = List.of(new PolicyKeys(H1, null, null, true, H2, H1, H2, H1, List.of()));
        // five 64-digit hashes as 32 bytes each, plus tags and framing
        assertTrue(PolicyKeysCodec.encode(one).length < 5 * 33 + 20, () -> PolicyKeysCodec.encode(one).length + " bytes");
    }
}
