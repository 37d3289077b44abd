package cn.lifeinfo.compliance.ruleset;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import org.apache.commons.io.input.ProxyInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * What a workbook may hold before POI builds it in memory. POI's user model costs hundreds of bytes per cell, and a
 * small .xlsx can inflate enormously (950,000 cells of one shared string are 4.8 MB zipped and took 5.6 GB and 27 s
 * to open), so an upload is first streamed through once — inflating each part, counting the rows and cells of every
 * sheet with a StAX reader and stopping at the first limit passed — in constant memory. POI's own zip guards
 * (ZipSecureFile) are set to the same limits for the parse that follows.
 */
@ApplicationScoped
public class WorkbookLimits {

    /** Parts smaller than this are not judged by their compression ratio (tiny XML compresses very well). */
    private static final long GRACE_BYTES = 1024 * 1024;

    private final long maxBytes;
    private final long maxRows;
    private final long maxCells;
    private final long maxInflatedBytes;
    private final double minInflateRatio;
    private final XMLInputFactory xml;

    public WorkbookLimits(@ConfigProperty(name = "compliance.rules.workbook.max-bytes") MemorySize maxBytes,
                          @ConfigProperty(name = "compliance.rules.workbook.max-rows") long maxRows,
                          @ConfigProperty(name = "compliance.rules.workbook.max-cells") long maxCells,
                          @ConfigProperty(name = "compliance.rules.workbook.max-inflated-bytes") MemorySize maxInflated,
                          @ConfigProperty(name = "compliance.rules.workbook.min-inflate-ratio") double minInflateRatio,
                          @ConfigProperty(name = "compliance.rules.workbook.max-text-chars") long maxTextChars) {
        this.maxBytes = maxBytes.asLongValue();
        this.maxRows = maxRows;
        this.maxCells = maxCells;
        this.maxInflatedBytes = maxInflated.asLongValue();
        this.minInflateRatio = minInflateRatio;
        this.xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // POI is process-wide: the full parse after this check is held to the same limits
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(this.maxInflatedBytes);
        ZipSecureFile.setMaxTextSize(maxTextChars);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Refuses a workbook over a limit with {@link WorkbookTooLargeException}. Anything that is not a readable zip is
     * left to the reader, which names it (corrupt file, not a spreadsheet).
     */
    public void check(String fileName, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw tooLarge(fileName, null, "工作簿超过 " + maxBytes + " 字节 / The workbook is larger than " + maxBytes
                    + " bytes");
        }
        if (SpreadsheetFormat.of(fileName, bytes) != SpreadsheetFormat.XLSX) {
            return;
        }
        Counts counts = new Counts();
        // commons-compress, as POI reads it: java.util.zip refuses the data descriptors POI itself writes
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true,
                true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                InputStream part = new Inflated(zip, fileName, entry.getName(), bytes.length, counts);
                if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
                    countCells(fileName, entry.getName(), part, counts);
                }
                part.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof WorkbookTooLargeException tooLarge) {
                throw tooLarge;
            }
            // what cannot be counted is not handed to POI either
            throw new RulesetInvalidException(List.of(SheetProblem.ofFile(fileName,
                    "无法读取工作簿(文件损坏?) / The workbook cannot be read (corrupt file?): " + e.getMessage())));
        }
    }

    private void countCells(String fileName, String part, InputStream in, Counts counts) throws XMLStreamException {
        XMLStreamReader reader = xml.createXMLStreamReader(in);
        try {
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (name.equals("row") && ++counts.rows > maxRows) {
                    throw tooLarge(fileName, part, "工作簿超过 " + maxRows + " 行 / The workbook has more than "
                            + maxRows + " rows");
                }
                if (name.equals("c") && ++counts.cells > maxCells) {
                    throw tooLarge(fileName, part, "工作簿超过 " + maxCells + " 个单元格 / The workbook has more than "
                            + maxCells + " cells");
                }
            }
        } finally {
            reader.close();
        }
    }

    private static WorkbookTooLargeException tooLarge(String fileName, String part, String message) {
        return new WorkbookTooLargeException(new SheetProblem(fileName, part, null, null, message));
    }

    private static final class Counts {
        long rows;
        long cells;
        long inflated;
    }

    /** One part as it inflates, held to the inflated-size and compression-ratio limits of the whole workbook. */
    private final class Inflated extends ProxyInputStream {

        private final String fileName;
        private final String part;
        private final long zipped;
        private final Counts counts;

        Inflated(InputStream in, String fileName, String part, long zipped, Counts counts) {
            super(in);
            this.fileName = fileName;
            this.part = part;
            this.zipped = zipped;
            this.counts = counts;
        }

        @Override
        protected void afterRead(int n) {
            if (n > 0) {
                add(n);
            }
        }

        @Override
        public void close() {
            // the zip stream moves on to the next part; it is closed once
        }

        private void add(int n) {
            counts.inflated += n;
            if (counts.inflated > maxInflatedBytes) {
                throw tooLarge(fileName, part, "工作簿解压后超过 " + maxInflatedBytes
                        + " 字节 / The workbook inflates to more than " + maxInflatedBytes + " bytes");
            }
            if (counts.inflated > GRACE_BYTES && (double) zipped / counts.inflated < minInflateRatio) {
                throw tooLarge(fileName, part, "工作簿压缩比异常(疑似压缩炸弹) / The workbook inflates more than "
                        + Math.round(1 / minInflateRatio) + " times its size (a zip bomb?)");
            }
        }
    }
}
