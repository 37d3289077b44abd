package cn.lifeinfo.compliance.common;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keyed hash (HMAC-SHA-256) of identifiers written to audit and population tables. A plain hash of a policy or ID
 * number could be reversed by enumerating the small number space; the key, held as a secret, prevents that.
 * <p>
 * The key can be rotated: rows record the id of the key that hashed them ({@link #keyId()}), and while the previous
 * key is still configured, lookups by hash try it too ({@link #hashes}), so rows written before the rotation are
 * still found. New rows are always hashed with the current key.
 * <p>
 * {@code @Singleton}, not {@code @ApplicationScoped}: called several times for each record of a book, where a client
 * proxy would look the instance up in its context on every call.
 */
@Singleton
public class IdentifierHasher {

    /** Translations remembered during a rotation (~300 bytes each). */
    private static final int REMEMBERED = 200_000;

    private final ThreadLocal<Mac> macs;
    private final String keyId;
    private final ThreadLocal<Mac> previousMacs;
    private final String previousKeyId;
    /**
     * During a rotation: the previous key's hash of each value recently hashed with the current key, and back. The
     * in-memory indexes (population, registries) hold rows of both keys and can only be asked by hash: these let
     * them look a value up under both and report what they found under the current key's hash.
     */
    private final Map<String, String> previousOf;
    private final Map<String, String> currentOf;

    @Inject
    public IdentifierHasher(@ConfigProperty(name = "compliance.hash-key") String key,
                            @ConfigProperty(name = "compliance.hash-key-id") String keyId,
                            @ConfigProperty(name = "compliance.hash-key.previous") Optional<String> previousKey,
                            @ConfigProperty(name = "compliance.hash-key.previous-id") Optional<String> previousKeyId) {
        if (previousKey.isPresent() != previousKeyId.isPresent()) {
            throw new IllegalStateException("compliance.hash-key.previous and compliance.hash-key.previous-id "
                    + "(COMPLIANCE_HASH_KEY_PREVIOUS, COMPLIANCE_HASH_KEY_PREVIOUS_ID) go together");
        }
        if (previousKeyId.isPresent() && previousKeyId.get().equals(keyId)) {
            throw new IllegalStateException("compliance.hash-key.previous-id must differ from compliance.hash-key-id ("
                    + keyId + "): rows would not say which key hashed them");
        }
        this.macs = macs(key);
        this.keyId = keyId;
        this.previousMacs = previousKey.map(IdentifierHasher::macs).orElse(null);
        this.previousKeyId = previousKeyId.orElse(null);
        this.previousOf = previousKey.isPresent() ? new ConcurrentHashMap<>() : null;
        this.currentOf = previousKey.isPresent() ? new ConcurrentHashMap<>() : null;
    }

    /** One key, no rotation (tools and tests). */
    public IdentifierHasher(String key) {
        this(key, "1", Optional.empty(), Optional.empty());
    }

    private static ThreadLocal<Mac> macs(String key) {
        SecretKeySpec spec = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        // a Mac is not thread-safe and costly to create: one per thread, reset by doFinal
        return ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        });
    }

    /** The hash under the current key: what new rows store. */
    public String hash(String identifier) {
        String current = hash(macs, identifier);
        if (previousMacs != null && current != null) {
            if (previousOf.size() >= REMEMBERED) { // bounded: a lookup follows its hashing closely
                previousOf.clear();
                currentOf.clear();
            }
            String previous = hash(previousMacs, identifier);
            previousOf.put(current, previous);
            currentOf.put(previous, current);
        }
        return current;
    }

    /**
     * During a rotation, the previous key's hash of the value whose current hash is {@code currentHash}, if that
     * value was hashed lately (null otherwise, and outside a rotation).
     */
    public String previousOf(String currentHash) {
        return previousOf == null || currentHash == null ? null : previousOf.get(currentHash);
    }

    /** What a lookup by a current key's hash matches: it, and during a rotation the previous key's hash of its value. */
    public List<String> matching(String currentHash) {
        String previous = previousOf(currentHash);
        return previous == null ? List.of(currentHash) : List.of(currentHash, previous);
    }

    /** A hash as the current key has it: a recently seen previous key's hash is translated, any other is itself. */
    public String asCurrent(String hash) {
        if (currentOf == null || hash == null) {
            return hash;
        }
        return currentOf.getOrDefault(hash, hash);
    }

    /** The id of the current key, stored beside every hash written with it (column hash_key_id). */
    public String keyId() {
        return keyId;
    }

    /** During a rotation, the id of the key being replaced. */
    public Optional<String> previousKeyId() {
        return Optional.ofNullable(previousKeyId);
    }

    public boolean rotating() {
        return previousMacs != null;
    }

    /** The hash under the previous key, or null outside a rotation. */
    public String previousHash(String identifier) {
        return previousMacs == null ? null : hash(previousMacs, identifier);
    }

    /** What a lookup by hash matches: the current key's hash, and during a rotation the previous key's as well. */
    public List<String> hashes(String identifier) {
        if (identifier == null) {
            return List.of();
        }
        String current = hash(identifier);
        return previousMacs == null ? List.of(current) : List.of(current, hash(previousMacs, identifier));
    }

    private static String hash(ThreadLocal<Mac> macs, String identifier) {
        if (identifier == null) {
            return null;
        }
        return HashHex.of(macs.get().doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
    }
}
