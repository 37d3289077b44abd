package cn.lifeinfo.compliance.identity;

import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The development sign-in's authorization codes: one use each, a minute to live, bound to their PKCE challenge. */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class DevSignInCodes {

    private static final Duration LIFETIME = Duration.ofMinutes(1);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(String user, String challenge, Instant expires) {
    }

    String issue(String user, String challenge) {
        pending.values().removeIf(p -> p.expires().isBefore(Instant.now()));
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        pending.put(code, new Pending(user, challenge, Instant.now().plus(LIFETIME)));
        return code;
    }

    /** The code's user if the verifier matches its challenge (RFC 7636 S256); the code is spent either way. */
    Optional<String> redeem(String code, String verifier) {
        Pending p = code == null ? null : pending.remove(code);
        if (p == null || p.expires().isBefore(Instant.now()) || verifier == null) {
            return Optional.empty();
        }
        return s256(verifier).equals(p.challenge()) ? Optional.of(p.user()) : Optional.empty();
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
