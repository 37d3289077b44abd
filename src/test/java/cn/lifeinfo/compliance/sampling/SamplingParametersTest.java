package cn.lifeinfo.compliance.sampling;

import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.registry.ContactKeys;
import cn.lifeinfo.compliance.ruleset.CompiledRuleset;
import cn.lifeinfo.compliance.ruleset.RuleFamily;
import cn.lifeinfo.compliance.ruleset.RulesetCompiler;
import cn.lifeinfo.compliance.ruleset.WorkbookEditor;
import cn.lifeinfo.compliance.ruleset.WorkbookTestCases;
import cn.lifeinfo.compliance.service.ServiceTestHarness;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sampling settings of the service workbook's 参数 sheet (catalog §7): the shipped values, the catalog's
 * defaults for a version stored before the rows existed, a garbled row refused by the workbook's own cases, and the
 * quota arithmetic and the reproducible draw.
 */
class SamplingParametersTest {

    private static final byte[] SHIPPED = WorkbookEditor.shipped(RuleFamily.SERVICE);
    private static final ServiceTestHarness HARNESS =
            new ServiceTestHarness(new ContactKeys(new IdentifierHasher("test-key")));

    @Test
    void theShippedWorkbookCarriesTheCatalogRates() throws Exception {
        try (CompiledRuleset rules = compile(SHIPPED)) {
            SamplingParameters p = SamplingParameters.of(rules);
            assertEquals(3, p.ratePercent(SamplingKind.CONSISTENCY));
            assertEquals(20, p.minimum(SamplingKind.CONSISTENCY));
            assertEquals(2, p.ratePercent(SamplingKind.TRUTHFULNESS));
            assertEquals(30, p.minimum(SamplingKind.TRUTHFULNESS));
            assertEquals(5, p.ratePercent(SamplingKind.POST_CALLBACK));
            assertEquals(6, p.afterMonths());
            assertEquals("NON_CUSTOMER_CONTACT", p.violationType(SamplingParameters.FALSE_INFO_TYPE));
            assertEquals("PROXY_CALLBACK", p.violationType(SamplingParameters.PROXY_CALLBACK_TYPE));
        }
    }

    @Test
    void aVersionWithoutTheSamplingRowsIsReadWithTheCatalogDefaults() throws Exception {
        byte[] older = withoutSamplingRows(SHIPPED);
        try (CompiledRuleset rules = compile(older)) {
            assertTrue(new WorkbookTestCases(new ObjectMapper()).run("service.xlsx", older, rules, HARNESS).passed());
            SamplingParameters p = SamplingParameters.of(rules);
            assertEquals(3, p.ratePercent(SamplingKind.CONSISTENCY));
            assertEquals(30, p.minimum(SamplingKind.TRUTHFULNESS));
            assertEquals("NON_CUSTOMER_CONTACT", p.violationType(SamplingParameters.FALSE_INFO_TYPE));
        }
    }

    @Test
    void aRateOfNoneFailsTheWorkbooksOwnCases() throws Exception {
        byte[] none = WorkbookEditor.of(SHIPPED).set("参数", SamplingParameters.rateKey(SamplingKind.CONSISTENCY),
                "取值", "0").bytes();
        try (CompiledRuleset rules = compile(none)) {
            assertThrows(IllegalArgumentException.class, () -> SamplingParameters.of(rules));
            WorkbookTestCases.Report report = new WorkbookTestCases(new ObjectMapper())
                    .run("service.xlsx", none, rules, HARNESS);
            assertFalse(report.passed());
            assertTrue(report.failures().get(0).message().contains("sampling.consistency.ratePercent"),
                    report.failures().get(0).message());
        }
    }

    @Test
    void theQuotaIsTheRateRoundedUpAtLeastTheMinimumAtMostThePopulation() {
        assertEquals(20, SamplingParameters.quota(100, 3, 20));
        assertEquals(30, SamplingParameters.quota(1000, 3, 20));
        assertEquals(31, SamplingParameters.quota(1001, 3, 20)); // 30.03 rounded up
        assertEquals(12, SamplingParameters.quota(12, 3, 20));
        assertEquals(0, SamplingParameters.quota(0, 3, 20));
        assertEquals(1, SamplingParameters.quota(20, 5, 0));
        assertEquals(30, SamplingParameters.quota(1000, 2, 30));
        assertEquals(40, SamplingParameters.quota(2000, 2, 30));
    }

    @Test
    void theSameRunDrawsTheSameSampleAndAnotherRunAnother() {
        List<Candidate> population = IntStream.range(0, 500).mapToObj(i -> new Candidate("D" + i,
                Integer.toHexString(new SplittableRandom(i).nextInt()), "A", null, null, null, "1", "B")).toList();
        List<Candidate> reversed = new java.util.ArrayList<>(population);
        java.util.Collections.reverse(reversed);
        long seed = SamplingDraw.seedOf("01JSAMPLERUN0000000000000A");
        List<String> a = SamplingDraw.draw(population, 20, c -> false, seed).stream()
                .map(d -> d.candidate().decisionId()).toList();
        List<String> b = SamplingDraw.draw(reversed, 20, c -> false, seed).stream()
                .map(d -> d.candidate().decisionId()).toList();
        List<String> other = SamplingDraw.draw(population, 20, c -> false,
                SamplingDraw.seedOf("01JSAMPLERUN0000000000000B")).stream().map(d -> d.candidate().decisionId()).toList();
        assertEquals(20, a.size());
        assertEquals(20, new java.util.HashSet<>(a).size());
        assertEquals(a, b, "the order the population is read in does not matter");
        assertFalse(a.equals(other));
    }

    private CompiledRuleset compile(byte[] workbook) {
        return new RulesetCompiler(getClass().getClassLoader()).compile(RuleFamily.SERVICE, 1, "service.xlsx", workbook);
    }

    /** The shipped workbook as it was before the sampling rows: what older stored versions hold. */
    private static byte[] withoutSamplingRows(byte[] workbook) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheet("参数 Parameters");
            for (int i = sheet.getLastRowNum(); i >= 0; i--) {
                Row row = sheet.getRow(i);
                if (row != null && row.getCell(0) != null && row.getCell(0).toString().startsWith("sampling.")) {
                    sheet.removeRow(row);
                    if (i < sheet.getLastRowNum()) { // rows added after sampling's move up: no blank row inside the table
                        sheet.shiftRows(i + 1, sheet.getLastRowNum(), -1);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
