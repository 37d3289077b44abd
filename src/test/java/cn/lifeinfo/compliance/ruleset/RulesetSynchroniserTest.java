package cn.lifeinfo.compliance.ruleset;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances on one database: a second engine (its own registry and synchroniser, sharing only MariaDB) follows
 * an activation made through this instance's HTTP API, and this instance's own poller keeps serving what the
 * database says.
 */
@QuarkusTest
class RulesetSynchroniserTest {

    @Inject
    RulesetService service;

    @Inject
    CompileSlot slot;

    @Test
    void aSecondInstanceFollowsAnActivationWithinAPollInterval() throws Exception {
        RulesetRegistry otherRegistry = new RulesetRegistry(Duration.ZERO);
        RulesetSynchroniser other = new RulesetSynchroniser(service, otherRegistry);
        other.syncAll();
        int before = otherRegistry.active(RuleFamily.TRUTHFULNESS).version();

        int uploaded = RulesetResourceTest.upload(RulesetResourceTest.relationshipOtherFails(), "t.xlsx", "alice")
                .then().statusCode(201).extract().path("version");
        RulesetResourceTest.activate(uploaded, "bob").then().statusCode(200);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (otherRegistry.active(RuleFamily.TRUTHFULNESS).version() != uploaded
                    && System.nanoTime() < deadline) {
                other.syncAll(); // what the other instance's scheduler does every compliance.rules.sync-interval
                Thread.sleep(200);
            }
            assertEquals(uploaded, otherRegistry.active(RuleFamily.TRUTHFULNESS).version());
            assertTrue(!other.sync(RuleFamily.TRUTHFULNESS), "no work once converged");
        } finally {
            RulesetResourceTest.activate(before, "bob").then().statusCode(200);
            other.syncAll();
            assertEquals(before, otherRegistry.active(RuleFamily.TRUTHFULNESS).version());
            given().when().get(cn.lifeinfo.compliance.common.Management.url("/q/health/ready")).then().statusCode(200);
        }
    }

    /**
     * Seen on a loaded node with three replicas: the scheduled sync held the compile slot while start-up compiled the
     * stored versions, start-up gave up after compliance.rules.compile-wait and the instance failed to start.
     */
    @Test
    void startUpWaitsForTheCompileSlotInsteadOfFailing() throws Exception {
        RulesetRegistry fresh = new RulesetRegistry(Duration.ZERO);
        RulesetSynchroniser starting = new RulesetSynchroniser(service, fresh);
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        Thread busy = new Thread(() -> slot.runWaiting(() -> {
            held.countDown();
            sleep(Duration.ofSeconds(4)); // longer than %test compliance.rules.compile-wait (3 s)
            return null;
        }));
        busy.start();
        held.await();
        org.junit.jupiter.api.Assertions.assertThrows(CompilerBusyException.class,
                () -> new RulesetSynchroniser(service, new RulesetRegistry(Duration.ZERO)).syncAll(),
                "a sync while serving gives up after compile-wait");
        starting.syncAllAtStartup();
        busy.join();
        for (RuleFamily family : RuleFamily.values()) {
            assertEquals(service.activeVersion(family).orElseThrow(), fresh.active(family).version());
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
