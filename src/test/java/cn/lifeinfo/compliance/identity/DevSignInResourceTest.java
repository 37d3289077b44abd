package cn.lifeinfo.compliance.identity;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The development sign-in stands in for the IdP: the pages' authorization-code + PKCE flow and curl's plain token,
 * both verified by the same quarkus-oidc path as production tokens.
 */
@QuarkusTest
class DevSignInResourceTest {

    static final String VERIFIER = "a-verifier-of-at-least-forty-three-characters-0123456789";

    static String authorize(String loginHint, String redirect) {
        return given().noFiltersOfType(DefaultCaller.class).redirects().follow(false)
                .queryParam("response_type", "code").queryParam("client_id", "compliance-pages")
                .queryParam("redirect_uri", redirect).queryParam("state", "s1")
                .queryParam("code_challenge", DevSignInCodes.s256(VERIFIER))
                .queryParam("code_challenge_method", "S256").queryParam("login_hint", loginHint)
                .when().get("/dev/sign-in/authorize").then().statusCode(303).extract().header("Location");
    }

    static String code(String location) {
        Matcher m = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertTrue(m.find(), location);
        return m.group(1);
    }

    @Test
    void pagesSignInWithTheCodeFlowAndCallTheApiWithTheirToken() {
        String location = authorize("wang", "/managers/index.html?branchCode=3301");
        assertTrue(URI.create(location).getPath().equals("/managers/index.html"), location);
        assertTrue(location.contains("state=s1") && location.contains("branchCode=3301"), location);
        String token = given().noFiltersOfType(DefaultCaller.class).formParam("grant_type", "authorization_code")
                .formParam("code", code(location)).formParam("code_verifier", VERIFIER)
                .when().post("/dev/sign-in/token").then().statusCode(200).body("token_type", equalTo("Bearer"))
                .extract().path("access_token");
        given().noFiltersOfType(DefaultCaller.class).header(Tokens.bearer(token))
                .when().get("/api/v1/agents/scores").then().statusCode(200);
        // the manager cannot do what his roles do not allow
        given().noFiltersOfType(DefaultCaller.class).header(Tokens.bearer(token))
                .when().get("/api/v1/rulesets").then().statusCode(403);
    }

    @Test
    void aCodeIsSpentOnceAndNeedsItsVerifier() {
        String code = code(authorize("alice", "/console/"));
        given().noFiltersOfType(DefaultCaller.class).formParam("grant_type", "authorization_code")
                .formParam("code", code).formParam("code_verifier", "wrong-verifier-wrong-verifier-wrong-verifier-x")
                .when().post("/dev/sign-in/token").then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().noFiltersOfType(DefaultCaller.class).formParam("grant_type", "authorization_code")
                .formParam("code", code).formParam("code_verifier", VERIFIER)
                .when().post("/dev/sign-in/token").then().statusCode(400);
    }

    @Test
    void noOpenRedirectAndNoUnknownUsers() {
        given().noFiltersOfType(DefaultCaller.class).queryParam("redirect_uri", "https://elsewhere.example/x")
                .queryParam("code_challenge", DevSignInCodes.s256(VERIFIER))
                .when().get("/dev/sign-in/authorize").then().statusCode(400)
                .body("errors[0].field", equalTo("redirect_uri"));
        given().noFiltersOfType(DefaultCaller.class).when().get("/dev/sign-in/tokens/mallory").then()
                .statusCode(400).body("errors[0].field", equalTo("user"));
    }

    @Test
    void theSignInPageListsTheDevelopmentUsers() {
        given().noFiltersOfType(DefaultCaller.class).queryParam("redirect_uri", "/managers/index.html")
                .queryParam("code_challenge", DevSignInCodes.s256(VERIFIER))
                .when().get("/dev/sign-in/authorize").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("开发环境登录"))
                .body(containsString("value=\"wang\"")).body(containsString("3301"));
    }

    @Test
    void curlTakesAPlainTokenForAConfiguredUser() {
        String token = given().noFiltersOfType(DefaultCaller.class).when().get("/dev/sign-in/tokens/core")
                .then().statusCode(200).extract().asString();
        given().noFiltersOfType(DefaultCaller.class).header(Tokens.bearer(token)).contentType("application/json")
                .body("{}").when().post("/api/v1/decisions/truthfulness?dryRun=true").then().statusCode(200);
    }
}
