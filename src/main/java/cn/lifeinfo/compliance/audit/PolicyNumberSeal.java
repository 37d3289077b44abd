package cn.lifeinfo.compliance.audit;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/**
 * A policy number sealed with the input key (AES-GCM) beside its keyed hash: the hash is what matches, the seal is
 * opened only for the inspector who must fetch a sampled policy's application form (GATE-SMP-001/002) or reads the
 * legacy clean-up report (PEN-BR-003) with numbers in clear.
 */
@ApplicationScoped
public class PolicyNumberSeal {

    /**
     * Longer values (in UTF-8 bytes) are kept only as hash and mask: no policy number is that long, and the column
     * (VARBINARY(256)) holds this plus the 12-byte IV and the 16-byte tag.
     */
    static final int MAX_BYTES = 200;

    private final InputCipher cipher;

    public PolicyNumberSeal(InputCipher cipher) {
        this.cipher = cipher;
    }

    public byte[] seal(String policyNo) {
        if (policyNo == null || policyNo.isBlank()) {
            return null;
        }
        byte[] plain = policyNo.trim().getBytes(StandardCharsets.UTF_8);
        return plain.length > MAX_BYTES ? null : cipher.encrypt(plain);
    }

    /** Null when nothing was sealed or the input key has changed since. */
    public String open(byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return new String(cipher.decrypt(sealed), StandardCharsets.UTF_8);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
