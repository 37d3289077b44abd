package cn.lifeinfo.compliance.audit;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/**
 * A policy number sealed with the input key (AES-GCM) beside its keyed hash: the hash is what matches, the seal is
 * opened only for the inspector who must fetch a sampled policy's application form (GATE-SMP-001/002).
 */
@ApplicationScoped
public class PolicyNumberSeal {

    /** Longer values are kept only as hash and mask: no policy number is that long, and the column is not. */
    static final int MAX_LENGTH = 200;

    private final InputCipher cipher;

    public PolicyNumberSeal(InputCipher cipher) {
        this.cipher = cipher;
    }

    public byte[] seal(String policyNo) {
        if (policyNo == null || policyNo.isBlank() || policyNo.trim().length() > MAX_LENGTH) {
            return null;
        }
        return cipher.encrypt(policyNo.trim().getBytes(StandardCharsets.UTF_8));
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
