package cn.lifeinfo.compliance.truthfulness.parse;

/** TRU-ADDR-002: a province must be present and recognised. */
public enum ProvinceStatus {
    MISSING,
    UNRECOGNISED,
    OK
}
