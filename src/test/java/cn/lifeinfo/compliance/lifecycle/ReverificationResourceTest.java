package cn.lifeinfo.compliance.lifecycle;

import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * LIFE-UPD-001: stored customers are verified again a year after their last verification (the storing of their
 * earliest policy, or the last completed task) and after a failed notification; runs and reports are idempotent.
 */
@QuarkusTest
class ReverificationResourceTest {

    static final Header CORE = Tokens.as("core-system", Roles.DECISION_CLIENT);
    static final Header INSPECTOR = Tokens.as("inspector.li", Roles.INSPECTOR);

    @Inject
    EntityManager em;
    @Inject
    IdentifierHasher hasher;

    /** A policy of this policyholder as the population stores it: keyed hashes only. */
    void stored(String policyNo, String idNumber, String agentCode, Instant storedAt) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO population_policy"
                        + " (policy_hash, agent_code, channel, ph_id_key, stored_at, stored_by, removed, hash_key_id)"
                        + " VALUES (?1, ?2, 'AGENCY', ?3, ?4, 'test', FALSE, ?5)")
                .setParameter(1, hasher.hash(policyNo)).setParameter(2, agentCode)
                .setParameter(3, hasher.hash("id:" + idNumber)).setParameter(4, storedAt)
                .setParameter(5, hasher.keyId()).executeUpdate());
    }

    static ValidatableResponse run(String asOf) {
        return given().header(INSPECTOR).contentType(ContentType.JSON).body("{\"asOf\":\"" + asOf + "\"}")
                .when().post("/api/v1/lifecycle/reverification-runs").then().statusCode(200)
                .body("ruleId", equalTo("LIFE-UPD-001")).body("intervalMonths", equalTo(12));
    }

    static ValidatableResponse tasksOf(String idNumber) {
        return given().header(CORE).contentType(ContentType.JSON).body("{\"idNumber\":\"" + idNumber + "\"}")
                .when().post("/api/v1/lifecycle/reverification-tasks/search").then().statusCode(200);
    }

    @Test
    void aCustomerIsDueAYearAfterHisPolicyWasStoredAndOnlyOnce() {
        // an ID number no other test's records use: the population holds every test's policyholders
        String first17 = "33010619800512931";
        String id = first17 + cn.lifeinfo.compliance.vocabulary.parse.IdNumbers.checkDigit(first17);
        // 12:00 Beijing time on 2025-06-10
        stored("P-RV-1", id, "RV-AG-1", Instant.parse("2025-06-10T04:00:00Z"));
        stored("P-RV-2", id, "RV-AG-2", Instant.parse("2025-09-01T04:00:00Z"));
        run("2026-06-09");
        tasksOf(id).body("", hasSize(0));
        run("2026-06-10");
        tasksOf(id).body("", hasSize(1)).body("[0].reason", equalTo("INTERVAL"))
                .body("[0].dueOn", equalTo("2026-06-10")).body("[0].cycleYear", equalTo(2026))
                .body("[0].agentCodes", equalTo(List.of("RV-AG-1", "RV-AG-2"))).body("[0].status", equalTo("OPEN"))
                .body("[0].customerKey", equalTo(hasher.hash("id:" + id)));
        run("2026-06-10");
        run("2026-07-01");
        tasksOf(id).body("", hasSize(1));
        given().header(Tokens.as("audit.wu", Roles.AUDITOR)).when()
                .get("/api/v1/lifecycle/reverification-tasks?agentCode=RV-AG-2").then().statusCode(200)
                .body("customerKey", hasItem(hasher.hash("id:" + id)));
    }

    @Test
    void aCompletedTaskRestartsTheYear() {
        String id = "11010519491231002X";
        stored("P-RV-3", id, "RV-AG-3", Instant.parse("2024-01-15T04:00:00Z"));
        run("2025-01-15");
        String task = tasksOf(id).body("", hasSize(1)).extract().path("[0].taskId");
        given().header(CORE).contentType(ContentType.JSON).body("{\"completedOn\":\"2025-02-01\",\"outcome\":\"UPDATED\"}")
                .when().post("/api/v1/lifecycle/reverification-tasks/" + task + "/completion").then().statusCode(200)
                .body("status", equalTo("DONE")).body("outcome", equalTo("UPDATED"))
                .body("completedBy", equalTo("core-system"));
        given().header(CORE).contentType(ContentType.JSON).body("{\"outcome\":\"VERIFIED\"}")
                .when().post("/api/v1/lifecycle/reverification-tasks/" + task + "/completion").then().statusCode(409);
        run("2026-01-31");
        tasksOf(id).body("", hasSize(1));
        run("2026-02-01");
        tasksOf(id).body("", hasSize(2)).body("[1].dueOn", equalTo("2026-02-01"))
                .body("[1].cycleYear", equalTo(2026));
    }

    @Test
    void aFailedNotificationMakesOneTaskPerCustomerAndYear() {
        String id = "440524188001010014";
        String body = "{\"idNumber\":\"" + id + "\",\"failedOn\":\"2026-11-30\",\"channel\":\"SMS\"}";
        String task = given().header(CORE).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/lifecycle/reverification-tasks/notification-failures").then().statusCode(201)
                .body("reason", equalTo("NOTIFICATION_FAILED")).body("dueOn", equalTo("2026-11-30"))
                .extract().path("taskId");
        given().header(CORE).contentType(ContentType.JSON).body(body.replace("11-30", "12-01"))
                .when().post("/api/v1/lifecycle/reverification-tasks/notification-failures").then().statusCode(200)
                .body("taskId", equalTo(task));
        given().header(CORE).contentType(ContentType.JSON).body("{\"outcome\":\"VERIFIED\"}")
                .when().post("/api/v1/lifecycle/reverification-tasks/" + task + "/completion").then().statusCode(200);
        // reported again the same year: the year's task, already done, no second one
        given().header(CORE).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/lifecycle/reverification-tasks/notification-failures").then().statusCode(200)
                .body("taskId", equalTo(task)).body("status", equalTo("DONE"));
        tasksOf(id.toLowerCase()).body("", hasSize(1));
    }

    @Test
    void invalidInputIs400WithTheFieldPath() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        given().header(CORE).contentType(ContentType.JSON).body("{\"failedOn\":\"2999-01-01\"}")
                .when().post("/api/v1/lifecycle/reverification-tasks/notification-failures").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("idNumber", "failedOn")));
        given().header(CORE).contentType(ContentType.JSON).body("{\"idNumber\":[1]}")
                .when().post("/api/v1/lifecycle/reverification-tasks/notification-failures").then().statusCode(400)
                .body("errors.field", hasItem("idNumber"));
        given().header(INSPECTOR).contentType(ContentType.JSON).body("{\"asOf\":\"2999-01-01\"}")
                .when().post("/api/v1/lifecycle/reverification-runs").then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
        given().header(CORE).contentType(ContentType.JSON).body("{\"outcome\":\"MAYBE\"}")
                .when().post("/api/v1/lifecycle/reverification-tasks/NO-SUCH/completion").then().statusCode(404);
        String task = given().header(CORE).contentType(ContentType.JSON)
                .body("{\"idNumber\":\"110101199003074477\",\"failedOn\":\"" + today + "\"}")
                .when().post("/api/v1/lifecycle/reverification-tasks/notification-failures").then().statusCode(201)
                .extract().path("taskId");
        given().header(CORE).contentType(ContentType.JSON).body("{\"outcome\":\"MAYBE\",\"completedOn\":\"x\"}")
                .when().post("/api/v1/lifecycle/reverification-tasks/" + task + "/completion").then().statusCode(400)
                .body("errors.field", equalTo(List.of("completedOn", "outcome")));
        given().header(CORE).when().get("/api/v1/lifecycle/reverification-tasks?limit=5000").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().header(CORE).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/lifecycle/reverification-tasks/search").then().statusCode(400)
                .body("errors.field", hasItem("idNumber"));
    }
}
