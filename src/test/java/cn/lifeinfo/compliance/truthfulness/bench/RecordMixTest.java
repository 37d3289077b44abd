package cn.lifeinfo.compliance.truthfulness.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordMixTest {

    @Test
    void ownAddressesGiveEveryPolicyholderHisOwnAddress() {
        Set<String> addresses = new HashSet<>();
        Set<String> policies = new HashSet<>();
        RecordMix.ownAddresses(23).filter(RecordMix.Entry::clean).limit(40_000).forEach(e -> {
            ObjectNode address = (ObjectNode) e.json().path("policyholder").path("address");
            assertTrue(addresses.add(address.path("city").asText() + address.path("detail").asText()),
                    "address repeated: " + address);
            assertTrue(policies.add(e.json().path("policyNo").asText()));
        });
    }

    @Test
    void ownAddressesAreTheSameMixOtherwise() {
        List<RecordMix.Entry> shared = RecordMix.generate(23, 2_000);
        List<RecordMix.Entry> own = RecordMix.ownAddresses(23).limit(2_000).toList();
        for (int i = 0; i < shared.size(); i++) {
            ObjectNode a = withoutAddressDetail(shared.get(i).json());
            ObjectNode b = withoutAddressDetail(own.get(i).json());
            assertEquals(a, b, "record " + i);
            assertEquals(shared.get(i).defects(), own.get(i).defects());
        }
    }

    @Test
    void generatedAddressesRepeatOnPurpose() {
        Set<String> addresses = new HashSet<>();
        long repeated = RecordMix.generate(23, 40_000).stream().filter(RecordMix.Entry::clean)
                .map(e -> e.json().path("policyholder").path("address"))
                .filter(a -> !addresses.add(a.path("city").asText() + a.path("detail").asText())).count();
        assertTrue(repeated > 1_000, "only " + repeated + " repeated addresses");
    }

    private static ObjectNode withoutAddressDetail(ObjectNode record) {
        ObjectNode copy = record.deepCopy();
        if (copy.path("policyholder").path("address") instanceof ObjectNode address) {
            address.remove("detail");
        }
        return copy;
    }
}
