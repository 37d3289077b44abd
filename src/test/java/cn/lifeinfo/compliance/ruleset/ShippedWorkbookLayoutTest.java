package cn.lifeinfo.compliance.ruleset;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped workbooks read as business tables (issue #12): no Drools keyword, expression or $param anywhere; rule
 * id and description first and frozen; a drop-down on every coded column; a comment on every header; landscape,
 * fit-to-width printing with the header row repeated; the 说明 sheet in Chinese first.
 */
class ShippedWorkbookLayoutTest {

    private static final Pattern TECHNICAL = Pattern.compile(
            "\\$param|RuleSet|RuleTable|CONDITION|ACTION|insert\\(|\\$[a-z]+ :|matches \"|\\(\\?i\\)|\\.\\*");
    private static final EnumSet<CellGrammar.Type> CODED =
            EnumSet.of(CellGrammar.Type.YES_NO, CellGrammar.Type.CODE, CellGrammar.Type.CODES, CellGrammar.Type.WORDS);

    @Test
    void everyFamilysWorkbookIsABusinessTable() throws Exception {
        for (RuleFamily family : RuleFamily.values()) {
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(WorkbookEditor.shipped(family)))) {
                assertEquals("说明 README", wb.getSheetName(0), family.id());
                assertTrue(DecisionTableReader.text(wb.getSheetAt(0).getRow(0).getCell(0)).startsWith("如何使用"));
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            String text = DecisionTableReader.text(cell);
                            assertFalse(TECHNICAL.matcher(text).find() && !sheet.getSheetName().startsWith("说明"),
                                    family.id() + " " + sheet.getSheetName() + "!" + cell.getAddress() + ": " + text);
                        }
                    }
                }
                for (TableTemplates.Table table : TableTemplates.of(family).tables()) {
                    checkTable(family, (XSSFSheet) wb.getSheet(table.sheet()), table);
                }
            }
        }
    }

    private static void checkTable(RuleFamily family, XSSFSheet sheet, TableTemplates.Table table) {
        String where = family.id() + " " + table.sheet();
        assertNotNull(sheet, where);
        assertEquals(2, sheet.getPaneInformation().getVerticalSplitLeftColumn(), where + ": frozen columns");
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), where + ": frozen header");
        assertTrue(sheet.getPrintSetup().getLandscape() && sheet.getFitToPage()
                && sheet.getPrintSetup().getFitWidth() == 1, where + ": landscape, fit to width");
        assertEquals(new CellRangeAddress(0, 0, -1, -1), sheet.getRepeatingRows(), where + ": header repeated");
        List<? extends DataValidation> validations = sheet.getDataValidations();
        Row header = sheet.getRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            TableTemplates.Column column = table.columns().get(c);
            Cell cell = header.getCell(c);
            assertEquals(column.label(), TableTemplates.normalise(DecisionTableReader.text(cell)), where);
            assertNotNull(cell.getCellComment(), where + ": comment on " + column.label());
            String comment = cell.getCellComment().getString().getString();
            assertTrue(comment.contains("例 e.g.") || column.grammar().type() == CellGrammar.Type.TEXT,
                    where + ": example in the comment on " + column.label() + ": " + comment);
            if (CODED.contains(column.grammar().type())) {
                int col = c;
                assertTrue(validations.stream().anyMatch(v -> v.getValidationConstraint().getValidationType()
                                == DataValidationConstraint.ValidationType.LIST && v.getShowPromptBox()
                                && v.getRegions().getCellRangeAddresses()[0].getFirstColumn() == col),
                        where + ": drop-down with a prompt on " + column.label());
            }
        }
        assertTrue(sheet.getColumnWidth(table.columns().size() - 1) >= 10 * 256, where + ": readable widths");
    }
}
