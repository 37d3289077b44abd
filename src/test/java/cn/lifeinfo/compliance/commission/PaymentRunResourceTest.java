package cn.lifeinfo.compliance.commission;

import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** PEN-INT-005: a commission payment run is paid only after the truthfulness review unit's sign-off. */
@QuarkusTest
class PaymentRunResourceTest {

    static final Header COMMISSION_SYSTEM = Tokens.as("commission-system", Roles.DECISION_CLIENT);
    static final Header REVIEWER = Tokens.as("reviewer.zhang", Roles.INSPECTOR);
    static final String RUN = "{\"period\":\"2026-11\",\"intermediaryId\":\"BROKER-1\",\"lines\":["
            + "{\"policyNo\":\"P-PAY-1\",\"amount\":100.25},{\"policyNo\":\"P-PAY-2\",\"amount\":\"50.25\"}]}";

    @Inject
    EntityManager em;

    static String create(Header who) {
        return given().header(who).contentType(ContentType.JSON).body(RUN)
                .when().post("/api/v1/commission/payment-runs").then().statusCode(201)
                .body("status", equalTo("CREATED")).body("ruleId", equalTo("PEN-INT-005"))
                .body("totalAmount", equalTo(150.5f)).body("lineCount", equalTo(2))
                .body("history.event", equalTo(List.of("CREATED")))
                .extract().path("runId");
    }

    @Test
    void paymentIsRefusedUntilTheReviewUnitHasSignedOff() {
        String run = create(COMMISSION_SYSTEM);
        given().header(COMMISSION_SYSTEM).when().post("/api/v1/commission/payment-runs/" + run + "/payment")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/payment-not-signed-off"))
                .body("errors[0].ruleId", equalTo("PEN-INT-005"))
                .body("errors[0].messageZh", equalTo("支付手续费前须经客户信息真实性审核部门同意"))
                .body("errors[0].messageEn", equalTo("Sign-off before paying commission"));
        given().header(REVIEWER).contentType(ContentType.JSON).body("{\"note\":\"抽查无异常\"}")
                .when().post("/api/v1/commission/payment-runs/" + run + "/sign-off").then().statusCode(200)
                .body("status", equalTo("SIGNED_OFF"));
        given().header(COMMISSION_SYSTEM).when().post("/api/v1/commission/payment-runs/" + run + "/payment")
                .then().statusCode(200).body("status", equalTo("PAID"));
        // the whole history, the refused attempt included, in order
        given().header(Tokens.as("auditor.wu", Roles.AUDITOR)).when().get("/api/v1/commission/payment-runs/" + run)
                .then().statusCode(200).body("status", equalTo("PAID"))
                .body("history.event", equalTo(List.of("CREATED", "PAYMENT_REFUSED", "SIGNED_OFF", "PAID")))
                .body("history.actor", equalTo(List.of("commission-system", "commission-system", "reviewer.zhang",
                        "commission-system")))
                .body("history[2].note", equalTo("抽查无异常"));
    }

    @Test
    void aRunIsSignedOffAndPaidOnlyOnce() {
        String run = create(COMMISSION_SYSTEM);
        given().header(REVIEWER).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/commission/payment-runs/" + run + "/sign-off").then().statusCode(200);
        given().header(Tokens.as("reviewer.li", Roles.INSPECTOR)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/commission/payment-runs/" + run + "/sign-off").then().statusCode(409);
        given().header(COMMISSION_SYSTEM).when().post("/api/v1/commission/payment-runs/" + run + "/payment")
                .then().statusCode(200);
        given().header(COMMISSION_SYSTEM).when().post("/api/v1/commission/payment-runs/" + run + "/payment")
                .then().statusCode(409).body("type", equalTo("/problems/already-paid"));
    }

    @Test
    void theCreatorCannotSignOffHisOwnRun() {
        Header both = Tokens.as("dual.role", Roles.DECISION_CLIENT, Roles.INSPECTOR);
        String run = create(both);
        given().header(both).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/commission/payment-runs/" + run + "/sign-off").then().statusCode(403)
                .body("type", equalTo("/problems/own-payment-run"));
        given().header(both).when().get("/api/v1/commission/payment-runs/" + run).then()
                .body("status", equalTo("CREATED"));
    }

    @Test
    void invalidRunsAre400WithTheFieldPath() {
        post("{\"period\":\"2026-13\",\"intermediaryId\":\"B\",\"lines\":[{\"policyNo\":\"P\",\"amount\":1}]}")
                .body("errors.field", hasItem("period"));
        post("{\"period\":\"2026-11\",\"lines\":[]}").body("errors.field", hasItem("intermediaryId"))
                .body("errors.field", hasItem("lines"));
        post("{\"period\":\"2026-11\",\"intermediaryId\":\"B\",\"lines\":[{\"amount\":1},"
                + "{\"policyNo\":\"P\",\"amount\":-5},{\"policyNo\":\"P\",\"amount\":1.005}]}")
                .body("errors.field", equalTo(List.of("lines[0].policyNo", "lines[1].amount", "lines[2].amount")));
        post("{\"period\":\"2026-11\",\"intermediaryId\":\"B\",\"lines\":[{\"policyNo\":\"P\",\"amount\":\"abc\"}]}")
                .body("errors.field", hasItem("lines[0].amount"));
        given().header(REVIEWER).contentType(ContentType.JSON).body("{\"note\":\"" + "x".repeat(501) + "\"}")
                .when().post("/api/v1/commission/payment-runs/NO-SUCH/sign-off").then().statusCode(400)
                .body("errors.field", hasItem("note"));
        given().header(COMMISSION_SYSTEM).when().post("/api/v1/commission/payment-runs/NO-SUCH/payment")
                .then().statusCode(404);
    }

    @Test
    void theHistoryIsAppendOnly() {
        String run = create(COMMISSION_SYSTEM);
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE commission_payment_event SET event = 'SIGNED_OFF' WHERE run_id = ?1")
                .setParameter(1, run).executeUpdate()));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM commission_payment_event WHERE run_id = ?1").setParameter(1, run).executeUpdate()));
    }

    static io.restassured.response.ValidatableResponse post(String body) {
        return given().header(COMMISSION_SYSTEM).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/commission/payment-runs").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
