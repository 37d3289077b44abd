package cn.lifeinfo.compliance.ruleset;

import java.util.Map;

/**
 * The DRL that Drools generated from one worksheet, kept to map compile errors back to the sheet: the generated
 * rules carry "rule values at C12" comments, and {@code cells} holds each rule row's values by column letter.
 */
public record SheetDrl(String file, String sheet, String drl, Map<Integer, Map<String, String>> cells) {
}
