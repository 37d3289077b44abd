package cn.lifeinfo.compliance.ruleset;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * At start-up: on an empty database the workbooks under {@code compliance.rules.dir} become version 1 of their
 * family (a workbook that does not compile, or whose own test cases fail, stops the start with its file, sheet,
 * row and column); then the instance serves whatever version the database has in force.
 */
@ApplicationScoped
public class RulesetStartup {

    private static final Logger LOG = Logger.getLogger(RulesetStartup.class);

    private final RulesetService service;
    private final RulesetSynchroniser synchroniser;
    private final Path rulesDir;

    public RulesetStartup(RulesetService service, RulesetSynchroniser synchroniser,
                          @ConfigProperty(name = "compliance.rules.dir") Path rulesDir) {
        this.service = service;
        this.synchroniser = synchroniser;
        this.rulesDir = rulesDir;
    }

    void onStart(@Observes StartupEvent event) {
        service.rejectAbandonedUploads();
        for (RuleFamily family : RuleFamily.values()) {
            List<Path> files = spreadsheets(rulesDir.resolve(family.id()));
            if (files.isEmpty()) {
                LOG.warnf("No %s workbook under %s", family.id(), rulesDir.toAbsolutePath());
                continue;
            }
            if (files.size() > 1) {
                throw new IllegalStateException("One workbook per family expected in " + rulesDir.resolve(family.id())
                        + ", found " + files);
            }
            Path file = files.get(0);
            service.seedIfEmpty(family, file.getFileName().toString(), read(file));
        }
        synchroniser.syncAllAtStartup();
    }

    /** Top level only, hidden names skipped: a ConfigMap volume links every file again inside a hidden folder. */
    static List<Path> spreadsheets(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")
                            && !p.getFileName().toString().startsWith("~$"))
                    .filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.(xlsx|xls)"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
