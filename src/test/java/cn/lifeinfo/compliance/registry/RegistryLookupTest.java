package cn.lifeinfo.compliance.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RegistryLookupTest {

    @Inject
    RegistryLookup lookup;

    @Inject
    AgroalDataSource db;

    /**
     * A change committed and announced while a background check is still reading the registries: the next lookup
     * must wait for an index that holds the change, not answer from the index being replaced (a decision right after
     * an agent was registered once missed him this way).
     */
    @Test
    void lookupAfterAnAnnouncedChangeWaitsForTheRefreshInProgress() throws Exception {
        given().contentType(ContentType.JSON).body(AgentResourceTest.AGENT.replace("AG-REG-1", "AG-LOOKUP-1"))
                .when().put("/api/v1/agents/AG-LOOKUP-1").then().statusCode(201);
        String key = "lookup-test-key-" + System.nanoTime();
        CompletableFuture<Void> check;
        CompletableFuture<Map<String, Set<String>>> found;
        try (Connection locker = db.getConnection(); Statement s = locker.createStatement()) {
            s.execute("LOCK TABLES agent WRITE");
            try {
                s.executeUpdate("UPDATE agent SET mobile_key = '" + key + "' WHERE agent_code = 'AG-LOOKUP-1'");
                lookup.invalidate();
                check = CompletableFuture.runAsync(lookup::check); // blocks reading the locked table
                Thread.sleep(300);
                found = CompletableFuture.supplyAsync(() -> lookup.agentsByMobile(Set.of(key)));
                Thread.sleep(300);
            } finally {
                s.execute("UNLOCK TABLES");
            }
        }
        check.get(10, TimeUnit.SECONDS);
        assertEquals(Map.of(key, Set.of("AG-LOOKUP-1")), found.get(10, TimeUnit.SECONDS));
    }
}
