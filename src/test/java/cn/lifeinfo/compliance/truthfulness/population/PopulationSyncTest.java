package cn.lifeinfo.compliance.truthfulness.population;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** This instance's index follows what another instance stores in MariaDB, removals included. */
@QuarkusTest
class PopulationSyncTest {

    @Inject
    Population population;

    @Inject
    PopulationStore store;

    @Test
    void anotherInstancesWritesAndRemovalsReachThisIndex() {
        String mobile = "sync-m-" + System.nanoTime();
        PolicyKeys stored = PopulationIndexTest.policy("sync-p-" + mobile, mobile, null, "sync-id-" + mobile, true,
                PopulationIndexTest.person("policyholder", "sync-id-" + mobile, false));
        store.upsert(List.of(stored), "another-instance");

        population.sync();
        assertEquals(List.of(stored.policyHash()),
                population.source().byContactKeys(Set.of(mobile), Set.of()).stream().map(PolicyKeys::policyHash).toList());

        store.upsert(List.of(PopulationIndexTest.policy(stored.policyHash(), mobile, null, null, false)),
                "another-instance");
        population.sync();
        assertTrue(population.source().byContactKeys(Set.of(mobile), Set.of()).isEmpty(), "removal followed");
    }

    @Test
    void aPolicyWrittenHereAndElsewhereAtOnceEndsAsMariaDbHasIt() throws InterruptedException {
        String mine = "race-mine-" + System.nanoTime();
        String theirs = "race-theirs-" + System.nanoTime();
        String policy = "race-p-" + mine;
        population.store(List.of(PopulationIndexTest.policy(policy, mine, null, null, true))).join();
        population.flush(Duration.ofSeconds(10));
        store.upsert(List.of(PopulationIndexTest.policy(policy, theirs, null, null, true)), "another-instance");

        population.sync();
        Thread.sleep(3_500); // both writes settle (sync overlap + linger)
        population.sync();
        assertEquals(List.of(policy), population.source().byContactKeys(Set.of(theirs), Set.of()).stream()
                .map(PolicyKeys::policyHash).toList(), "the last commit in MariaDB wins here too");
        assertTrue(population.source().byContactKeys(Set.of(mine), Set.of()).isEmpty());
    }

    // A book's keys reach MariaDB only at its STORE step: until then MariaDB has the other instance's row, and that
    // row is what a contest would settle on, so it is taken at the next poll instead of after the settling time.
    @Test
    void anotherInstancesRowReplacesAHeldBookPolicyAtTheNextPoll() {
        String book = "held-book-" + System.nanoTime();
        String theirs = "held-theirs-" + System.nanoTime();
        String policy = "held-p-" + book;
        population.holdHere(List.of(PopulationIndexTest.policy(policy, book, null, null, true)));
        assertEquals(1, population.source().byContactKeys(Set.of(book), Set.of()).size(), "held for the book");

        store.upsert(List.of(PopulationIndexTest.policy(policy, theirs, null, null, true)), "another-instance");
        population.sync();
        assertEquals(List.of(policy), population.source().byContactKeys(Set.of(theirs), Set.of()).stream()
                .map(PolicyKeys::policyHash).toList(), "as MariaDB has it, without waiting for a contest to settle");
        assertTrue(population.source().byContactKeys(Set.of(book), Set.of()).isEmpty());
    }

    @Test
    void startUpLoadsWhatIsStored() {
        String mobile = "load-m-" + System.nanoTime();
        store.upsert(List.of(PopulationIndexTest.policy("load-p-" + mobile, mobile, "load-a-" + mobile, null, true)),
                "another-instance");
        population.load(null);
        assertEquals(1, population.source().byContactKeys(Set.of(), Set.of("load-a-" + mobile)).size());
    }

    @Test
    void thisInstancesDecisionsAreIndexedAtOnceAndWrittenBehind() {
        String mobile = "own-m-" + System.nanoTime();
        PolicyKeys own = PopulationIndexTest.policy("own-p-" + mobile, mobile, null, null, true);
        population.store(List.of(own)).join();
        assertEquals(1, population.source().byContactKeys(Set.of(mobile), Set.of()).size());

        population.flush(Duration.ofSeconds(10));
        assertEquals(1, store.byContactKeys(Set.of(mobile), Set.of()).size(), "in MariaDB for the other instances");
    }
}
