package cn.lifeinfo.compliance.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class AgentResourceTest {

    static final String AGENT = """
            {"agentCode":"AG-REG-1","name":"王芳","gender":"F","birthDate":"1990-01-02","idType":"RESIDENT_ID",
             "idNumber":"33010619900102002X","mobile":"+86 136 0000 1234","branchCode":"3301","status":"ACTIVE",
             "address":{"province":"浙江省","city":"杭州市","district":"西湖区","detail":"文三路1号"}}""";

    @Test
    void createThenReplaceThenReadMasked() {
        given().contentType(ContentType.JSON).body(AGENT).when().put("/api/v1/agents/AG-REG-1")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(AGENT).when().put("/api/v1/agents/AG-REG-1")
                .then().statusCode(200);
        given().when().get("/api/v1/agents/AG-REG-1").then().statusCode(200)
                .body("name", equalTo("王芳"))
                .body("mobile", equalTo("136****1234"))
                .body("idNumber", equalTo("330***********002X"))
                .body("address.detail", equalTo("****"))
                .body("birthDate", equalTo("1990-**-**"))
                .body(not(containsString("文三路")))
                .body(not(containsString("01-02")));
    }

    @Test
    void pathAndBodyMustAgree() {
        given().contentType(ContentType.JSON).body(AGENT).when().put("/api/v1/agents/OTHER")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("agentCode"));
    }

    @Test
    void unknownAgentIs404() {
        given().when().get("/api/v1/agents/NOPE").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void institutionPhonesAreMasked() {
        given().contentType(ContentType.JSON)
                .body("{\"institutionId\":\"BO-1\",\"type\":\"BANK_OUTLET\",\"name\":\"工行西湖支行\",\"phones\":[\"0571-88990011\"]}")
                .when().put("/api/v1/institutions/BO-1").then().statusCode(201)
                .body("phones[0]", equalTo("0571-****0011"));
    }
}
