package cn.lifeinfo.compliance.ruleset;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ruleset lifecycle: upload (compile and run the workbook's own test cases, store the version), four-eyes
 * activation (one activation per family at a time, through a row lock), rollback by activating an earlier version.
 * The database holds every version and the pointer to the active one; the registry only mirrors it.
 */
@ApplicationScoped
public class RulesetService {

    private static final Logger LOG = Logger.getLogger(RulesetService.class);
    public static final String SEED_USER = "system:seed";

    /** The file_name column. */
    static final int MAX_FILE_NAME = 255;

    private final RulesetRegistry registry;
    private final Instance<RulesetTestHarness> harnesses;
    private final ObjectMapper json;
    private final WorkbookLimits limits;
    private final CompileSlot slot;
    private final RulesetCompiler compiler = new RulesetCompiler(RulesetService.class.getClassLoader());

    public RulesetService(RulesetRegistry registry, Instance<RulesetTestHarness> harnesses, ObjectMapper json,
                          WorkbookLimits limits, CompileSlot slot) {
        this.registry = registry;
        this.harnesses = harnesses;
        this.json = json;
        this.limits = limits;
        this.slot = slot;
    }

    /**
     * Compiles and tests an upload; stores it as VALIDATED, or as REJECTED and answers 422 with every problem. A
     * workbook over the limits is refused before anything is parsed or stored. The version number is taken in the
     * transaction that stores the outcome, so a failure on the way (a limit, the compile slot, the database, the heap)
     * leaves no row behind — never a placeholder stuck "(uploading)".
     */
    public VersionView upload(RuleFamily family, String fileName, byte[] bytes, String user) {
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName.trim();
        if (name.length() > MAX_FILE_NAME) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-field",
                    "The file name is longer than " + MAX_FILE_NAME + " characters")
                    .withErrors(List.of(new FieldError("file", "file name at most " + MAX_FILE_NAME + " characters"))));
        }
        Outcome outcome = checkWithinLimits(family, name, bytes);
        VersionView stored = QuarkusTransaction.requiringNew().call(() -> {
            int version = reserveVersion(family);
            RulesetVersionEntity e = store(family, version, outcome.status(), name, bytes, outcome.rules(), user,
                    outcome.report());
            RulesetChangeEntity.record(family.id(), user,
                    outcome.status() == RulesetStatus.VALIDATED ? "UPLOADED" : "REJECTED", null, version, name);
            return VersionView.of(e);
        });
        if (outcome.status() == RulesetStatus.REJECTED) {
            throw new RulesetInvalidException(stored.label() + " rejected", outcome.problems());
        }
        return stored;
    }

    private record Outcome(RulesetStatus status, Integer rules, String report, List<SheetProblem> problems) {

        static Outcome rejected(RulesetInvalidException e, java.util.function.Function<Object, String> json) {
            return new Outcome(RulesetStatus.REJECTED, null, json.apply(Map.of("problems", e.problems())),
                    e.problems());
        }
    }

    private Outcome checkWithinLimits(RuleFamily family, String fileName, byte[] bytes) {
        try {
            limits.check(fileName, bytes);
        } catch (RulesetInvalidException e) {
            // unreadable: kept as REJECTED like any other invalid upload (over a limit is not kept at all)
            return Outcome.rejected(e, this::toJson);
        }
        return slot.run(() -> check(family, fileName, bytes));
    }

    /** Compile and run the workbook's own test cases; the candidate is thrown away (activation compiles again). */
    private Outcome check(RuleFamily family, String fileName, byte[] bytes) {
        try (CompiledRuleset candidate = compiler.compile(family, 0, fileName, bytes)) {
            WorkbookTestCases.Report tests = runTests(family, fileName, bytes, candidate);
            List<SheetProblem> problems = tests.failures();
            return new Outcome(problems.isEmpty() ? RulesetStatus.VALIDATED : RulesetStatus.REJECTED,
                    candidate.ruleCount(), toJson(Map.of("testCases", tests.cases(), "failures", problems)), problems);
        } catch (RulesetInvalidException e) {
            return Outcome.rejected(e, this::toJson);
        }
    }

    /**
     * Puts a version in force. The approver must not be the uploader; the family row is locked without waiting, so
     * a second activation running at the same time is refused instead of racing.
     */
    public VersionView activate(RuleFamily family, int version, String approver) {
        CompiledRuleset[] compiled = new CompiledRuleset[1];
        try {
            VersionView view = QuarkusTransaction.requiringNew().call(() -> {
                RulesetFamilyEntity pointer = lockFamily(family);
                RulesetVersionEntity v = RulesetVersionEntity.find(family.id(), version);
                if (v == null) {
                    throw problem(Failure.NOT_FOUND, "unknown-version", "No version " + family.id() + "@" + version);
                }
                checkActivatable(v, approver);
                compiled[0] = slot.run(() -> compiler.compile(family, version, v.fileName, v.content));
                Integer previous = pointer.activeVersion;
                if (previous != null) {
                    RulesetVersionEntity old = RulesetVersionEntity.find(family.id(), previous);
                    old.status = RulesetStatus.RETIRED.name();
                    old.retiredAt = Instant.now();
                }
                v.status = RulesetStatus.ACTIVE.name();
                v.approvedBy = approver;
                v.activatedAt = Instant.now();
                v.retiredAt = null;
                pointer.activeVersion = version;
                pointer.updatedAt = Instant.now();
                boolean rollback = previous != null && version < previous;
                RulesetChangeEntity.record(family.id(), approver, rollback ? "ROLLED_BACK" : "ACTIVATED", previous,
                        version, "uploaded by " + v.uploadedBy);
                return VersionView.of(v);
            });
            registry.activate(compiled[0]);
            return view;
        } catch (RuntimeException e) {
            if (compiled[0] != null) {
                compiled[0].close();
            }
            throw translateLock(e);
        }
    }

    /** First start on an empty database: the workbook under rules/ becomes version 1, active. */
    public void seedIfEmpty(RuleFamily family, String fileName, byte[] bytes) {
        boolean empty = QuarkusTransaction.requiringNew().call(() -> RulesetFamilyEntity.findById(family.id()) == null);
        if (!empty) {
            return;
        }
        CompiledRuleset check = slot.runWaiting(() -> compiler.compile(family, 1, fileName, bytes));
        try {
            WorkbookTestCases.Report tests = runTests(family, fileName, bytes, check);
            if (!tests.passed()) {
                throw new RulesetInvalidException(fileName + ": the workbook's own test cases fail", tests.failures());
            }
            int rules = check.ruleCount();
            QuarkusTransaction.requiringNew().run(() -> {
                RulesetFamilyEntity pointer = new RulesetFamilyEntity();
                pointer.family = family.id();
                pointer.activeVersion = 1;
                pointer.updatedAt = Instant.now();
                pointer.persist();
                RulesetVersionEntity v = store(family, 1, RulesetStatus.ACTIVE, fileName, bytes, rules, SEED_USER,
                        toJson(Map.of("testCases", tests.cases())));
                v.approvedBy = SEED_USER;
                v.activatedAt = Instant.now();
                RulesetChangeEntity.record(family.id(), SEED_USER, "SEEDED", null, 1, fileName);
            });
            registry.activate(check);
            LOG.infof("Seeded %s@1 from %s", family.id(), fileName);
        } catch (PersistenceException e) {
            // another replica seeded first; its version is the one to follow
            check.close();
            LOG.infof("%s already seeded by another instance", family.id());
        } catch (RuntimeException e) {
            check.close();
            throw e;
        }
    }

    /**
     * Builds before uploads took their number at the end kept a placeholder row while compiling; one whose upload
     * died (500, restart) stayed "(uploading)" for ever. Such rows older than an hour are closed as REJECTED.
     */
    public void rejectAbandonedUploads() {
        int closed = QuarkusTransaction.requiringNew().call(() -> RulesetVersionEntity.update(
                "status = ?1, report = ?2 where uploadedBy = '(uploading)' and status = ?3 and uploadedAt < ?4",
                RulesetStatus.REJECTED.name(),
                toJson(Map.of("problems", List.of(SheetProblem.ofFile("(uploading)",
                        "上传中断 / The upload broke off before it was validated")))),
                RulesetStatus.PENDING_APPROVAL.name(), Instant.now().minusSeconds(3600)));
        if (closed > 0) {
            LOG.warnf("Closed %d abandoned upload(s) as REJECTED", closed);
        }
    }

    /** The version the database says is in force, if any. */
    public Optional<Integer> activeVersion(RuleFamily family) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(
                RulesetFamilyEntity.<RulesetFamilyEntity>findById(family.id())).map(p -> p.activeVersion));
    }

    /** Compiles a stored version (used by replicas to follow the pointer). */
    public CompiledRuleset compileStored(RuleFamily family, int version) {
        return compileStored(family, version, false);
    }

    /**
     * @param untilFree wait for the compile slot without bound: at start-up, where giving up would stop the instance
     *                  (a replica's scheduled sync may hold the slot meanwhile, for long on a busy node)
     */
    public CompiledRuleset compileStored(RuleFamily family, int version, boolean untilFree) {
        RulesetVersionEntity v = QuarkusTransaction.requiringNew().call(() -> {
            RulesetVersionEntity e = RulesetVersionEntity.find(family.id(), version);
            if (e != null) {
                e.content = e.content.clone(); // load the lazy content inside the transaction
            }
            return e;
        });
        if (v == null) {
            throw problem(Failure.NOT_FOUND, "unknown-version", "No version " + family.id() + "@" + version);
        }
        if (RulesetStatus.REJECTED.name().equals(v.status)) {
            // a rejected upload is evidence, not a candidate: compiling it again would run what was refused
            throw problem(Failure.CONFLICT, "version-rejected", family.id() + "@" + version
                    + " was rejected at upload and is never compiled again / 未通过校验的版本不再编译");
        }
        return untilFree ? slot.runWaiting(() -> compiler.compile(family, version, v.fileName, v.content))
                : slot.run(() -> compiler.compile(family, version, v.fileName, v.content));
    }

    /**
     * Only a version that passed its checks (VALIDATED) or is in force (ACTIVE) may be run over stored inputs: the
     * impact preview decrypts real customers' records for it.
     */
    public void requirePreviewable(RuleFamily family, int version) {
        String status = QuarkusTransaction.requiringNew().call(() -> {
            RulesetVersionEntity e = RulesetVersionEntity.find(family.id(), version);
            return e == null ? null : e.status;
        });
        if (status == null) {
            throw problem(Failure.NOT_FOUND, "unknown-version", "No version " + family.id() + "@" + version);
        }
        if (!status.equals(RulesetStatus.VALIDATED.name()) && !status.equals(RulesetStatus.ACTIVE.name())) {
            throw problem(Failure.CONFLICT, "version-not-previewable", family.id() + "@" + version + " is "
                    + status + "; only VALIDATED or ACTIVE versions can be previewed / 只有已校验或生效中的版本可以预览影响");
        }
    }

    public List<VersionView> versions(RuleFamily family) {
        return QuarkusTransaction.requiringNew().call(() -> RulesetVersionEntity.ofFamily(family.id()).stream()
                .map(VersionView::of).toList());
    }

    public StoredFile file(RuleFamily family, int version) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RulesetVersionEntity v = RulesetVersionEntity.find(family.id(), version);
            if (v == null) {
                throw problem(Failure.NOT_FOUND, "unknown-version", "No version " + family.id() + "@" + version);
            }
            return new StoredFile(v.fileName, v.content.clone());
        });
    }

    public List<RulesetChangeEntity> changes(RuleFamily family) {
        return QuarkusTransaction.requiringNew().call(() -> RulesetChangeEntity.<RulesetChangeEntity>list(
                "family = ?1 order by id", family.id()));
    }

    public record StoredFile(String fileName, byte[] content) {
    }

    /**
     * A version and its upload report as stored: {@code testCases} (count) and {@code failures} for a compiled
     * workbook, {@code problems} for one that did not compile. Passed on as JSON rather than re-typed, so the report
     * keeps whatever the compile pipeline records.
     */
    public record VersionDetail(VersionView version, com.fasterxml.jackson.databind.JsonNode report) {
    }

    public VersionDetail detail(RuleFamily family, int version) {
        RulesetVersionEntity v = QuarkusTransaction.requiringNew().call(() -> RulesetVersionEntity.find(family.id(),
                version));
        if (v == null) {
            throw problem(Failure.NOT_FOUND, "unknown-version",
                    "没有该版本 / No version " + family.id() + "@" + version);
        }
        com.fasterxml.jackson.databind.JsonNode report;
        try {
            report = v.report == null ? json.createObjectNode() : json.readTree(v.report);
        } catch (JsonProcessingException e) {
            // rows from before the report was JSON: show the version without one rather than fail the page
            report = json.createObjectNode();
        }
        return new VersionDetail(VersionView.of(v), report);
    }

    private WorkbookTestCases.Report runTests(RuleFamily family, String fileName, byte[] bytes,
                                              CompiledRuleset candidate) {
        for (RulesetTestHarness harness : harnesses) {
            if (harness.family() == family) {
                return new WorkbookTestCases(json).run(fileName, bytes, candidate, harness);
            }
        }
        return new WorkbookTestCases.Report(0, List.of());
    }

    private static int reserveVersion(RuleFamily family) {
        RulesetFamilyEntity pointer = RulesetFamilyEntity.findById(family.id(), LockModeType.PESSIMISTIC_WRITE);
        if (pointer == null) {
            pointer = new RulesetFamilyEntity();
            pointer.family = family.id();
            pointer.updatedAt = Instant.now();
            pointer.persist();
        }
        return RulesetVersionEntity.nextVersion(family.id());
    }

    private static RulesetVersionEntity store(RuleFamily family, int version, RulesetStatus status, String fileName,
                                              byte[] bytes, Integer ruleCount, String user, String report) {
        RulesetVersionEntity e = RulesetVersionEntity.find(family.id(), version);
        boolean fresh = e == null;
        if (fresh) {
            e = new RulesetVersionEntity();
            e.family = family.id();
            e.version = version;
        }
        e.status = status.name();
        e.fileName = fileName;
        e.content = bytes;
        e.checksum = RulesetCompiler.sha256(bytes);
        e.ruleCount = ruleCount;
        e.uploadedBy = user;
        e.uploadedAt = Instant.now();
        e.report = report;
        if (fresh) {
            e.persist();
        }
        return e;
    }

    private static RulesetFamilyEntity lockFamily(RuleFamily family) {
        List<?> locked = RulesetFamilyEntity.getEntityManager()
                .createNativeQuery("SELECT family FROM ruleset_family WHERE family = ?1 FOR UPDATE NOWAIT")
                .setParameter(1, family.id()).getResultList();
        if (locked.isEmpty()) {
            throw problem(Failure.NOT_FOUND, "unknown-family", "No ruleset of family " + family.id());
        }
        return RulesetFamilyEntity.findById(family.id());
    }

    private static void checkActivatable(RulesetVersionEntity v, String approver) {
        String label = v.family + "@" + v.version;
        switch (RulesetStatus.valueOf(v.status)) {
            case REJECTED -> throw problem(Failure.CONFLICT, "version-rejected",
                    label + " was rejected at upload and cannot be activated / 未通过校验的版本不能生效");
            case ACTIVE -> throw problem(Failure.CONFLICT, "already-active", label + " is already active");
            case PENDING_APPROVAL -> {
                if ("(uploading)".equals(v.uploadedBy)) {
                    throw problem(Failure.CONFLICT, "still-uploading", label + " is still being validated");
                }
            }
            default -> {
            }
        }
        if (approver.equals(v.uploadedBy)) {
            throw problem(Failure.FORBIDDEN, "four-eyes",
                    "The uploader of " + label + " cannot approve it / 上传人不得审批自己上传的版本");
        }
    }

    private static RuntimeException translateLock(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Lock wait timeout") || m.contains("NOWAIT") || m.contains("lock(s) could not be acquired")) {
                return problem(Failure.CONFLICT, "activation-in-progress",
                        "Another activation of this family is in progress; try again / 另一生效操作正在进行");
            }
        }
        return e;
    }

    private static ProblemException problem(Failure status, String slug, String detail) {
        return new ProblemException(Problem.of(status, slug, detail));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
