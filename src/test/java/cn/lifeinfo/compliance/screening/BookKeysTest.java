package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.truthfulness.population.PolicyKeys;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookKeysTest {

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
        assertEquals(keys, BookKeys.decode(BookKeys.encode(keys)));
    }

    @Test
    void hashesAreStoredAsTheirBytes() {
        List<PolicyKeys> one = List.of(new PolicyKeys(H1, null, null, true, H2, H1, H2, H1, List.of()));
        // five 64-digit hashes as 32 bytes each, plus tags and framing
        assertTrue(BookKeys.encode(one).length < 5 * 33 + 20, () -> BookKeys.encode(one).length + " bytes");
    }
}
