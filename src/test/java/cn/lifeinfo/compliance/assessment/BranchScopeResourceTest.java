package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A manager sees the agents of the branches his token names, and inspectors' notes only inspectors and auditors. */
@QuarkusTest
class BranchScopeResourceTest {

    static boolean ready;

    @BeforeEach
    void agents() {
        if (ready) {
            return;
        }
        ready = true;
        Agents.register("BS-A", "3301");
        Agents.register("BS-B", "330101");
        Agents.register("BS-C", "3302");
        Agents.register("BS-D", "4401");
        Agents.violation("BS-A", "{\"date\":\"2024-03-01\",\"type\":\"KEY_INFO_MISSING\",\"note\":\"核查笔记 inspector's note\"}");
        Agents.violation("BS-D", "2024-03-01", "KEY_INFO_MISSING");
    }

    static List<String> leaderboard(Header who, String branch) {
        List<String> codes = given().header(who).when()
                .get("/api/v1/agents/scores?size=1000" + (branch == null ? "" : "&branchCode=" + branch))
                .then().statusCode(200).extract().jsonPath().getList("agents.agentCode");
        return codes.stream().filter(c -> c.startsWith("BS-")).sorted().toList();
    }

    @Test
    void aManagerSeesHisBranchesAndTheirSubBranchesOnly() {
        Header wang = Tokens.manager("wang", "3301");
        assertEquals(List.of("BS-A", "BS-B"), leaderboard(wang, null));
        assertEquals(List.of("BS-B"), leaderboard(wang, "330101"));
        // a prefix wider than his branches narrows to them: 33 is his 3301, never 3302
        assertEquals(List.of("BS-A", "BS-B"), leaderboard(wang, "33"));
        given().header(wang).when().get("/api/v1/agents/scores?branchCode=4401").then().statusCode(403)
                .contentType("application/problem+json");
        given().header(wang).when().get("/api/v1/agents/scores/export?branchCode=3302").then().statusCode(403);
        given().header(wang).when().get("/api/v1/agents/scores/export").then().statusCode(200);
        given().header(wang).when().get("/api/v1/agents/BS-A/score").then().statusCode(200);
        for (String path : List.of("/score", "/score/history", "/violations")) {
            given().header(wang).when().get("/api/v1/agents/BS-D" + path).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aManagerOfSeveralBranchesSeesThemAll() {
        assertEquals(List.of("BS-A", "BS-B", "BS-C"), leaderboard(Tokens.manager("zhou", "3301", "3302"), null));
        assertEquals(List.of("BS-A", "BS-B", "BS-C", "BS-D"), leaderboard(Tokens.manager("head", "*"), null));
    }

    @Test
    void aManagerTokenWithoutBranchesSeesNobody() {
        assertEquals(List.of(), leaderboard(Tokens.as("nobranch", Roles.MANAGER), null));
        given().header(Tokens.as("nobranch", Roles.MANAGER)).when().get("/api/v1/agents/BS-A/score")
                .then().statusCode(403);
    }

    @Test
    void inspectorsNotesOnlyForInspectorsAndAuditors() {
        String note = "核查笔记 inspector's note";
        given().header(Tokens.manager("wang", "3301")).when().get("/api/v1/agents/BS-A/score").then()
                .statusCode(200).body("violations[0]", not(hasKey("note")));
        given().header(Tokens.manager("wang", "3301")).when().get("/api/v1/agents/BS-A/violations").then()
                .statusCode(200).body("[0]", not(hasKey("note")));
        for (Header reader : List.of(Tokens.as("li", Roles.INSPECTOR), Tokens.as("audit", Roles.AUDITOR))) {
            given().header(reader).when().get("/api/v1/agents/BS-A/score").then().statusCode(200)
                    .body("violations[0].note", equalTo(note));
            given().header(reader).when().get("/api/v1/agents/BS-A/violations").then().statusCode(200)
                    .body("[0].note", equalTo(note));
        }
    }

    @Test
    void theInspectorIsNamedFromHisToken() {
        given().contentType(ContentType.JSON).header(Tokens.as("inspector.zhang", Roles.INSPECTOR))
                .body("{\"date\":\"2024-04-01\",\"type\":\"PROXY_CALLBACK\"}")
                .when().post("/api/v1/agents/BS-C/violations")
                .then().statusCode(201).body("enteredBy", equalTo("inspector.zhang"));
    }
}
