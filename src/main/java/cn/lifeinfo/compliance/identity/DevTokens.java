package cn.lifeinfo.compliance.identity;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/**
 * Signs tokens shaped like the insurer's IdP's (preferred_username, groups, branches) with the development key, for
 * the development sign-in and for tests, so that the production verification path is the one that checks them.
 */
public final class DevTokens {

    private DevTokens() {
    }

    public static PrivateKey readKey(Path pem) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(pem));
        } catch (IOException e) {
            throw new UncheckedIOException("development signing key " + pem + " unreadable", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("development signing key " + pem + " is not a PKCS#8 RSA key", e);
        }
    }

    public static String sign(PrivateKey key, String issuer, Duration lifetime, String user, List<String> roles,
                              List<String> branches) {
        var claims = Jwt.issuer(issuer).subject(user).preferredUserName(user).groups(new HashSet<>(roles))
                .expiresIn(lifetime);
        if (branches != null) {
            claims.claim(Caller.BRANCHES_CLAIM, branches);
        }
        return claims.sign(key);
    }
}
