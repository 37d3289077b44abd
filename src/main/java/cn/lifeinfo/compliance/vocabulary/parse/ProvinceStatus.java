package cn.lifeinfo.compliance.vocabulary.parse;

/** TRU-ADDR-002: a province must be present and recognised. */
public enum ProvinceStatus {
    MISSING,
    UNRECOGNISED,
    OK
}
