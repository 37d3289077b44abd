package cn.lifeinfo.compliance.identity;

import io.restassured.http.Header;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;

/**
 * Bearer tokens for tests, signed with the development sign-in's key that the test profile trusts, so every request
 * goes through the service's real token verification.
 */
public final class Tokens {

    public static final String ISSUER = "compliance-dev-sign-in";
    static final PrivateKey KEY = DevTokens.readKey(Path.of("src/main/dev/dev-sign-in-private.pem"));

    private Tokens() {
    }

    /** A user holding exactly these roles (a manager's branches: {@link #manager}). */
    public static String token(String user, String... roles) {
        return DevTokens.sign(KEY, ISSUER, Duration.ofHours(1), user, List.of(roles), null);
    }

    /** A user holding every role, every branch: what tests that are not about authorization act as. */
    public static Header user(String user) {
        return bearer(DevTokens.sign(KEY, ISSUER, Duration.ofHours(1), user, Roles.ALL, List.of("*")));
    }

    public static Header as(String user, String... roles) {
        return bearer(token(user, roles));
    }

    public static Header manager(String user, String... branches) {
        return bearer(DevTokens.sign(KEY, ISSUER, Duration.ofHours(1), user, List.of(Roles.MANAGER),
                List.of(branches)));
    }

    public static Header bearer(String token) {
        return new Header("Authorization", "Bearer " + token);
    }
}
