package cn.lifeinfo.compliance.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem in an uploaded spreadsheet, located so that a compliance officer can find it in Excel or WPS:
 * sheet name, 1-based row number and column letter.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SheetProblem(String file, String sheet, Integer row, String column, String message) {

    public static SheetProblem ofFile(String file, String message) {
        return new SheetProblem(file, null, null, null, message);
    }
}
