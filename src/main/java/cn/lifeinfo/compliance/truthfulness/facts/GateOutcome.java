package cn.lifeinfo.compliance.truthfulness.facts;

/** A gate rule that fired and the underwriting gate it asks for (ALLOW, REVIEW or BLOCK). */
public record GateOutcome(String gateRule, String gate) {
}
