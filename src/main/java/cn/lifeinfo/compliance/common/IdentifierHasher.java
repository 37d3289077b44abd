package cn.lifeinfo.compliance.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Keyed hash (HMAC-SHA-256) of identifiers written to audit and population tables. A plain hash of a policy or ID
 * number could be reversed by enumerating the small number space; the key, held as a secret, prevents that.
 */
@ApplicationScoped
public class IdentifierHasher {

    private final SecretKeySpec key;

    public IdentifierHasher(@ConfigProperty(name = "compliance.hash-key") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String identifier) {
        if (identifier == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
