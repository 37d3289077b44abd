package cn.lifeinfo.compliance.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The pages are revalidated on every load (no-cache), never cached as immutable: a release reaches officers at once. */
@QuarkusTest
class PageCachingResourceTest {

    @Test
    void consoleFilesAreServedWithoutATokenAndRevalidated() {
        given().when().get("/console/").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("name=\"viewport\""))
                .body(containsString("规则控制台"));
        for (String file : new String[]{"/console/index.html", "/console/console.js", "/console/console.css",
                "/managers/index.html", "/auth/sign-in.js"}) {
            given().when().get(file).then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        }
    }

    @Test
    void theApiKeepsItsOwnCachingHeaders() {
        String cacheControl = given().when().get("/pages/sign-in").then().statusCode(200).extract()
                .header("Cache-Control");
        org.junit.jupiter.api.Assertions.assertNotEquals("no-cache", cacheControl, "only the pages are touched");
    }
}
