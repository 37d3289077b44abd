package cn.lifeinfo.compliance.registry;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RegistryImportResourceTest {

    @Test
    void csvImportStoresGoodLinesAndReportsBadOnesByLineNumber() {
        String csv = """
                agentCode,name,gender,mobile,branchCode,status,province,city,district,detail
                IMP-A1,赵一,M,13700001111,3301,ACTIVE,浙江省,杭州市,西湖区,天目山路1号
                IMP-A2,,F,13700002222,3301,ACTIVE,,,,
                IMP-A3,钱三,F,13700003333,3302,ACTIVE,,,,
                IMP-A4,孙四,M
                """;
        given().contentType("text/csv").body(csv).when().post("/api/v1/agents/import").then().statusCode(200)
                .body("created", equalTo(2)).body("failed", equalTo(2))
                .body("errors[0].line", equalTo(3)).body("errors[1].line", equalTo(5));
        given().when().get("/api/v1/agents/IMP-A3").then().statusCode(200).body("mobile", equalTo("137****3333"));
    }

    @Test
    void jsonLinesImportOfInstitutions() {
        String lines = """
                {"institutionId":"IMP-I1","type":"INSURER_BRANCH","name":"分公司","phones":["0571-86001234","95519"]}
                not json
                {"institutionId":"IMP-I2","type":"BANK_OUTLET","name":"网点"}
                """;
        given().contentType("application/x-ndjson").body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/v1/institutions/import")
                .then().statusCode(200).body("created", equalTo(2)).body("failed", equalTo(1))
                .body("errors[0].line", equalTo(2));
        given().when().get("/api/v1/institutions/IMP-I1").then().statusCode(200)
                .body("phones[0]", equalTo("0571-****1234"));
    }
}
