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
 * Compiles the spreadsheets under {@code compliance.rules.dir} at start-up and puts them in force. A sheet that
 * does not compile stops the start with its file, sheet, row and column: a service must not come up on rules that
 * compliance staff did not write.
 */
@ApplicationScoped
public class RulesetStartup {

    private static final Logger LOG = Logger.getLogger(RulesetStartup.class);

    private final RulesetRegistry registry;
    private final Path rulesDir;

    public RulesetStartup(RulesetRegistry registry, @ConfigProperty(name = "compliance.rules.dir") Path rulesDir) {
        this.registry = registry;
        this.rulesDir = rulesDir;
    }

    void onStart(@Observes StartupEvent event) {
        RulesetCompiler compiler = new RulesetCompiler(RulesetStartup.class.getClassLoader());
        for (RuleFamily family : RuleFamily.values()) {
            List<Path> files = spreadsheets(rulesDir.resolve(family.id()));
            if (files.isEmpty()) {
                LOG.warnf("No %s spreadsheet under %s", family.id(), rulesDir.toAbsolutePath());
                continue;
            }
            if (files.size() > 1) {
                throw new IllegalStateException("One workbook per family expected in " + rulesDir.resolve(family.id())
                        + ", found " + files);
            }
            Path file = files.get(0);
            registry.activate(compiler.compile(family, 1, file.getFileName().toString(), read(file)));
        }
    }

    /** Top level only, hidden names skipped: a ConfigMap volume links every file again inside a hidden folder. */
    static List<Path> spreadsheets(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
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
