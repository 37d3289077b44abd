package cn.lifeinfo.compliance.common;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Production refuses to start with a short key or one anybody can read in the repository: the HMAC key is all that
 * keeps a policy or ID number from being found by enumerating the small number space, and the input key is all that
 * keeps stored decision inputs unreadable.
 */
@IfBuildProfile("prod")
@ApplicationScoped
public class ProductionSecretsCheck {

    /** 256 bits: what HMAC-SHA-256 and AES-256 can use, and beyond guessing. */
    static final int MIN_BYTES = 32;

    /**
     * The development defaults of application.properties and the placeholders of k8s/examples/secret.example.yaml
     * (a copied example left unedited is as public as a default).
     */
    static final Set<String> PUBLIC_VALUES = Set.of(
            "dev-only-hash-key-change-me",
            "dev-only-input-key-change-me",
            "change-me-to-a-long-random-string",
            "change-me-to-another-long-random-string");

    void refuseWeakSecrets(@Observes StartupEvent start,
                           @ConfigProperty(name = "compliance.hash-key") String hashKey,
                           @ConfigProperty(name = "compliance.hash-key.previous") Optional<String> previousHashKey,
                           @ConfigProperty(name = "compliance.impact.encryption-key") String inputKey) {
        List<String> problems = new ArrayList<>();
        problem("compliance.hash-key (COMPLIANCE_HASH_KEY)", hashKey).ifPresent(problems::add);
        previousHashKey.flatMap(k -> problem("compliance.hash-key.previous (COMPLIANCE_HASH_KEY_PREVIOUS)", k))
                .ifPresent(problems::add);
        problem("compliance.impact.encryption-key (COMPLIANCE_INPUT_KEY)", inputKey).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with weak secrets: " + String.join("; ", problems)
                    + ". Generate each with e.g. `openssl rand -base64 48` and set it from a Secret.");
        }
    }

    /** Why {@code value} may not serve as the secret {@code name}, if it may not. */
    static Optional<String> problem(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(name + " is not set");
        }
        if (PUBLIC_VALUES.contains(value.strip())) {
            return Optional.of(name + " is a development default or example placeholder");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES) {
            return Optional.of(name + " has " + bytes + " bytes, fewer than " + MIN_BYTES);
        }
        return Optional.empty();
    }
}
