package cn.lifeinfo.compliance.truthfulness;

/** A record's truthfulness verdict: FAIL as soon as one finding has severity FAIL (catalog §1.1). */
public enum Overall {
    PASS,
    FAIL
}
