package cn.lifeinfo.compliance.ruleset;

/** The DRL that Drools generated from one worksheet, kept to map compile errors back to sheet rows. */
public record SheetDrl(String file, String sheet, String drl) {
}
