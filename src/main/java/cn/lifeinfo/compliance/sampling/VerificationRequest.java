package cn.lifeinfo.compliance.sampling;

/** Body of POST /api/v1/sampling/items/{itemId}/verification. */
public record VerificationRequest(String verifierId, String result, String note) {

    /** What the verifier found. */
    public enum Result {
        /** Form, system and customer agree. */
        CONFIRMED,
        /** The customer information is false (GATE-SMP-003 → violation of the seller). */
        FALSE_INFO,
        /** A post-callback check found someone other than the policyholder answered the callback (GATE-CB-004). */
        PROXY_ANSWERED
    }
}
