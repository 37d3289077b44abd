package cn.lifeinfo.compliance.common;

import cn.lifeinfo.compliance.identity.DefaultCaller;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Operations endpoints live on the management port only: the public port (behind the ingress) does not serve them. */
@QuarkusTest
class ManagementInterfaceResourceTest {

    @Test
    void healthMetricsAndTheApiDocumentAreOnTheManagementPortWithoutAToken() {
        given().noFiltersOfType(DefaultCaller.class).when().get(Management.url("/q/health/live"))
                .then().statusCode(200).body("status", equalTo("UP"));
        given().noFiltersOfType(DefaultCaller.class).when().get(Management.url("/q/health/ready"))
                .then().statusCode(200).body("status", equalTo("UP"));
        given().noFiltersOfType(DefaultCaller.class).when().get(Management.url("/q/health/started"))
                .then().statusCode(200);
        given().noFiltersOfType(DefaultCaller.class).when().get(Management.url("/q/metrics"))
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().noFiltersOfType(DefaultCaller.class).when().get(Management.url("/q/openapi?format=json"))
                .then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/decisions/truthfulness"));
        given().noFiltersOfType(DefaultCaller.class).when().get(Management.url("/q/swagger-ui/"))
                .then().statusCode(200);
    }

    @Test
    void thePublicPortDoesNotServeThem() {
        for (String path : new String[] {"/q/health", "/q/health/live", "/q/health/ready", "/q/metrics",
                "/q/openapi", "/q/swagger-ui/"}) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void theManagementPortIsNotThePublicPort() {
        assertNotEquals(io.restassured.RestAssured.port, Management.port());
    }
}
