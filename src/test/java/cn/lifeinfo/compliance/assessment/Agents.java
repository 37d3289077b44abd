package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.identity.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;

/** Test helpers over HTTP: register agents, record violations, read scores. */
final class Agents {

    private Agents() {
    }

    static void register(String agentCode, String branch) {
        register(agentCode, branch, "11010519491231002X");
    }

    static void register(String agentCode, String branch, String idNumber) {
        given().contentType(ContentType.JSON)
                .body("{\"agentCode\":\"" + agentCode + "\",\"name\":\"测试" + agentCode.substring(agentCode.length() - 1)
                        + "\",\"gender\":\"F\",\"birthDate\":\"1990-01-02\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\""
                        + idNumber + "\",\"mobile\":\"13600001234\",\"branchCode\":\"" + branch + "\",\"status\":\"ACTIVE\"}")
                .when().put("/api/v1/agents/" + agentCode).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    static String violation(String agentCode, String date, String type) {
        return violation(agentCode, "{\"date\":\"" + date + "\",\"type\":\"" + type + "\"}");
    }

    static String violation(String agentCode, String body) {
        return given().contentType(ContentType.JSON).header(Tokens.user("inspector.li")).body(body)
                .when().post("/api/v1/agents/" + agentCode + "/violations")
                .then().statusCode(201).extract().path("violationId");
    }

    static JsonPath score(String agentCode, String asOf) {
        return given().when().get("/api/v1/agents/" + agentCode + "/score" + (asOf == null ? "" : "?asOf=" + asOf))
                .then().statusCode(200).extract().jsonPath();
    }
}
