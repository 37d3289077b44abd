package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.truthfulness.population.PolicyKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The STORE step of several workers (and instances) writes overlapping policies at once, each replaced through the
 * unique policy-hash key since V57 (rows in arrival order): a policy stays one row, holding one writer's last keys.
 */
@QuarkusTest
class ChunkScreenerStoreTest {

    private static final int POLICIES = 300;
    private static final int SLICE = 50;
    private static final int ROUNDS = 3;
    /** Keys shaped as the service's: keyed hashes, spread over the unique index. */
    private static final IdentifierHasher HASHER = new IdentifierHasher("store-test");

    @Inject
    ChunkScreener screener;

    @Inject
    AgroalDataSource db;

    @Test
    void workersStoringTheSamePoliciesInOppositeOrdersLeaveOneRowPerPolicy() throws Exception {
        String tag = Long.toString(System.nanoTime());
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < POLICIES; i++) {
            hashes.add(HASHER.hash(tag + ":" + i));
        }
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> up = CompletableFuture.runAsync(() -> storeAll(hashes, "up", false), workers);
            CompletableFuture<Void> down = CompletableFuture.runAsync(() -> storeAll(hashes, "down", true), workers);
            CompletableFuture.allOf(up, down).get(2, TimeUnit.MINUTES);
        } finally {
            workers.shutdownNow();
        }
        try (var c = db.getConnection(); var q = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT policy_hash),"
                + " SUM(mobile_key IN (?, ?)) FROM population_policy WHERE policy_hash IN ("
                + String.join(",", java.util.Collections.nCopies(POLICIES, "?")) + ")")) {
            q.setString(1, "m-up-" + (ROUNDS - 1));
            q.setString(2, "m-down-" + (ROUNDS - 1));
            for (int i = 0; i < POLICIES; i++) {
                q.setString(3 + i, hashes.get(i));
            }
            try (var rs = q.executeQuery()) {
                rs.next();
                assertEquals(POLICIES, rs.getInt(1), "one row per policy");
                assertEquals(POLICIES, rs.getInt(2));
                assertEquals(POLICIES, rs.getInt(3), "each row holds one writer's last round");
            }
        }
    }

    private void storeAll(List<String> hashes, String writer, boolean reversed) {
        List<String> order = new ArrayList<>(hashes);
        if (reversed) {
            java.util.Collections.reverse(order);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int from = 0; from < order.size(); from += SLICE) {
                List<PolicyKeys> slice = new ArrayList<>();
                for (String h : order.subList(from, Math.min(order.size(), from + SLICE))) {
                    String id = HASHER.hash("id:" + h);
                    slice.add(new PolicyKeys(h, "A1", "AGENCY", true, id, null, "m-" + writer + "-" + round, null,
                            List.of(new PolicyKeys.PersonKeys("policyholder", id, null, null, false))));
                }
                screener.store(slice); // as ScreeningWorker's STORE claims do, retrying a deadlock
            }
        }
    }

}
