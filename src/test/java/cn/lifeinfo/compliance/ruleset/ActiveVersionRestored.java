package cn.lifeinfo.compliance.ruleset;

import cn.lifeinfo.compliance.identity.Roles;
import cn.lifeinfo.compliance.identity.Tokens;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static io.restassured.RestAssured.given;

/**
 * For tests that activate an edited workbook over HTTP: remembers the family's version in force before each test and
 * activates it again afterwards, so the tests after it decide with the shipped rules.
 * {@code @RegisterExtension ActiveVersionRestored active = new ActiveVersionRestored(RuleFamily.SERVICE);}
 */
public final class ActiveVersionRestored implements BeforeEachCallback, AfterEachCallback {

    private final RuleFamily family;
    private int original;

    public ActiveVersionRestored(RuleFamily family) {
        this.family = family;
    }

    /** The version in force when the test began. */
    public int original() {
        return original;
    }

    public int current() {
        return given().when().get("/api/v1/rulesets").then().statusCode(200).extract()
                .path("find { it.family == '" + family.id() + "' }.activeVersion");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        original = current();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (current() != original) {
            given().header(Tokens.as("version-restorer", Roles.RULE_APPROVER)).when()
                    .post("/api/v1/rulesets/" + family.id() + "/versions/" + original + "/activate")
                    .then().statusCode(200);
        }
    }
}
