package cn.lifeinfo.compliance.truthfulness.parse;

/** Outcome of TRU-NAME-003. */
public enum NameFormat {
    HAN,
    LATIN,
    INVALID
}
