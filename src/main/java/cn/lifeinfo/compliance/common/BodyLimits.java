package cn.lifeinfo.compliance.common;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The body limit of each route. One record is small, so single decisions and registry entries get a limit well below
 * that of batches; a ruleset upload is one workbook; a book for screening (millions of records, read as a stream) has
 * the largest, which is why the server-wide Vert.x ceiling sits above them all and these limits are what holds.
 */
@ApplicationScoped
public class BodyLimits {

    /** Room for the multipart envelope around the workbook itself. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long singleDecision;
    private final long batch;
    private final long book;
    private final long workbook;

    public BodyLimits(@ConfigProperty(name = "compliance.http.single-decision-max-bytes") long singleDecision,
                      @ConfigProperty(name = "compliance.http.max-body-bytes") MemorySize batch,
                      @ConfigProperty(name = "compliance.screening.max-upload-bytes") long book,
                      @ConfigProperty(name = "compliance.rules.workbook.max-bytes") MemorySize workbook) {
        this.singleDecision = singleDecision;
        this.batch = batch.asLongValue();
        this.book = book;
        this.workbook = workbook.asLongValue();
    }

    /** The most bytes a request body on this path may have. */
    public long forPath(String path) {
        if (path == null) {
            return singleDecision;
        }
        if (path.startsWith("/api/v1/screenings")) {
            return book;
        }
        if (path.endsWith("/batch") || path.endsWith("/impact") || path.endsWith("/import")) {
            return batch;
        }
        if (path.startsWith("/api/v1/rulesets/")) {
            return workbook + MULTIPART_OVERHEAD;
        }
        // single decisions, masks, registry entries, violations: one small JSON object each
        return path.startsWith("/api/v1/") ? singleDecision : batch;
    }

    public long workbookBytes() {
        return workbook;
    }
}
