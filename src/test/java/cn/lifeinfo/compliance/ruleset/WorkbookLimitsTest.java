package cn.lifeinfo.compliance.ruleset;

import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookLimitsTest {

    static final WorkbookLimits LIMITS = new WorkbookLimits(new MemorySize(BigInteger.valueOf(2 * 1024 * 1024)),
            20_000, 200_000, new MemorySize(BigInteger.valueOf(64L * 1024 * 1024)), 0.01, 1_000_000);

    /** A zip whose one sheet part is megabytes of the same byte: it inflates a thousand times its size. */
    static byte[] zipOf(String part, int inflatedBytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(part));
            byte[] spaces = new byte[64 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int written = 0; written < inflatedBytes; written += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void theShippedWorkbooksPass() throws Exception {
        for (String family : new String[]{"truthfulness", "access", "assessment"}) {
            byte[] bytes = Files.readAllBytes(Path.of("rules", family, family + ".xlsx"));
            assertDoesNotThrow(() -> LIMITS.check(family + ".xlsx", bytes));
        }
    }

    @Test
    void aZipBombIsRefusedByItsInflateRatio() throws Exception {
        byte[] bomb = zipOf("xl/sharedStrings.xml", 48 * 1024 * 1024);
        assertTrue(bomb.length < 200_000);
        WorkbookTooLargeException e = assertThrows(WorkbookTooLargeException.class, () -> LIMITS.check("b.xlsx", bomb));
        assertTrue(e.getMessage().contains("zip bomb"), e::getMessage);
    }

    @Test
    void tooManyBytesAreRefusedBeforeUnzipping() {
        byte[] big = new byte[3 * 1024 * 1024];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        assertThrows(WorkbookTooLargeException.class, () -> LIMITS.check("big.xlsx", big));
    }

    @Test
    void tooManyRowsAreRefused() {
        byte[] sheet = RulesetLimitsResourceTest.sharedStringBomb(30_000 * 2);
        WorkbookLimits fewRows = new WorkbookLimits(new MemorySize(BigInteger.valueOf(2 * 1024 * 1024)),
                1_000, 200_000, new MemorySize(BigInteger.valueOf(64L * 1024 * 1024)), 0.01, 1_000_000);
        WorkbookTooLargeException e = assertThrows(WorkbookTooLargeException.class,
                () -> fewRows.check("rows.xlsx", sheet));
        assertTrue(e.getMessage().contains("1000 rows"), e::getMessage);
    }
}
