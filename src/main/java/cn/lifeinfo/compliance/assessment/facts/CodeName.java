package cn.lifeinfo.compliance.assessment.facts;

/**
 * A status or flag code as the sheet "名称 Names" names it for people (灰名单 for GREY_LIST): pages show the
 * workbook's words, never a list of their own. A code no row names stays unnamed.
 */
public final class CodeName {

    private final String code;
    private String nameZh;
    private String nameEn;

    public CodeName(String code) {
        this.code = code;
    }

    public String getCode() { return code; }

    public void define(String zh, String en) {
        this.nameZh = zh;
        this.nameEn = en;
    }

    public String nameZh() { return nameZh; }

    public String nameEn() { return nameEn; }
}
