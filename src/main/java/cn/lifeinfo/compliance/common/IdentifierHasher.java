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

    private final ThreadLocal<Mac> macs;

    public IdentifierHasher(@ConfigProperty(name = "compliance.hash-key") String key) {
        SecretKeySpec spec = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        // a Mac is not thread-safe and costly to create: one per thread, reset by doFinal
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        });
    }

    public String hash(String identifier) {
        if (identifier == null) {
            return null;
        }
        return HexFormat.of().formatHex(macs.get().doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
    }
}
