package cn.lifeinfo.compliance.vocabulary.parse;

/** Outcome of TRU-NAME-003. */
public enum NameFormat {
    HAN,
    LATIN,
    INVALID
}
