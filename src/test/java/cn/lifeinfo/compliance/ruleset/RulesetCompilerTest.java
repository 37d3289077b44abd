package cn.lifeinfo.compliance.ruleset;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The messages a failed start-up prints: file, sheet, row and column of the broken cell. */
class RulesetCompilerTest {

    private final RulesetCompiler compiler = new RulesetCompiler(RulesetCompilerTest.class.getClassLoader());

    @Test
    void compilesTheShippedWorkbook() {
        try (CompiledRuleset rules = compiler.compile(RuleFamily.TRUTHFULNESS, 1, "truthfulness.xlsx",
                WorkbookEditor.truthfulnessWorkbook())) {
            assertTrue(rules.ruleCount() > 60, "rules: " + rules.ruleCount());
            assertEquals("truthfulness@1", rules.label());
        }
    }

    @Test
    void brokenCellIsNamedInTheMessage() {
        WorkbookEditor editor = WorkbookEditor.of(WorkbookEditor.truthfulnessWorkbook());
        int row = editor.rowOf("关系", "TRU-REL-004");
        String column = editor.columnOf("关系", "父母生育时年龄小于");
        byte[] bad = editor.set("关系", "TRU-REL-004", "父母生育时年龄小于", "fourteen").bytes();
        RulesetInvalidException e = assertThrows(RulesetInvalidException.class,
                () -> compiler.compile(RuleFamily.TRUTHFULNESS, 2, "truthfulness.xlsx", bad));
        SheetProblem p = e.problems().get(0);
        assertEquals("关系 Relationship", p.sheet());
        assertEquals(row, p.row());
        assertEquals(column, p.column());
        assertTrue(e.getMessage().contains("truthfulness.xlsx [关系 Relationship] row " + row + " column " + column),
                e.getMessage());
    }

    @Test
    void aWorkbookWithoutRuleTablesIsRejected() {
        RulesetInvalidException e = assertThrows(RulesetInvalidException.class,
                () -> compiler.compile(RuleFamily.TRUTHFULNESS, 3, "notes.csv", "a,b\n1,2".getBytes()));
        assertTrue(e.problems().get(0).message().contains("CSV"));
    }
}
