package cn.lifeinfo.compliance.branch;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.common.Ulid;
import cn.lifeinfo.compliance.identity.BranchScope;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** PEN-BR-001: opens each year's inspection tasks, records findings and their remediation; reads them back. */
@ApplicationScoped
public class InspectionService {

    /** The Measures took effect in 2013 (catalog F2): no inspection of their implementation is older. */
    static final int FIRST_YEAR = 2013;

    private final EntityManager em;
    private final ZoneId zone;

    public InspectionService(EntityManager em, @ConfigProperty(name = "compliance.zone") ZoneId zone) {
        this.em = em;
        this.zone = zone;
    }

    /**
     * One task per branch the service knows (every branch code in the agent registry, which is also where stored
     * decisions get their branch) and year. INSERT IGNORE on the (branch, year) key: opening a year again, or on
     * two replicas at once, opens only what is missing.
     */
    @Transactional
    public InspectionView.Opened open(InspectionRequests.Open body, String user) {
        Params.requireBody(body, "{year}");
        int thisYear = LocalDate.now(zone).getYear();
        if (body.year() == null || body.year() < FIRST_YEAR || body.year() > thisYear) {
            Params.throwIfAny(List.of(new FieldError("year", "required, from " + FIRST_YEAR + " to " + thisYear)),
                    "The request");
        }
        int year = body.year();
        @SuppressWarnings("unchecked")
        List<String> branches = em.createNativeQuery("SELECT DISTINCT branch_code FROM agent WHERE branch_code IS NOT NULL"
                + " AND TRIM(branch_code) <> '' ORDER BY branch_code").getResultList();
        int opened = 0;
        for (String branch : branches) {
            opened += em.createNativeQuery("INSERT IGNORE INTO branch_inspection (inspection_id, branch_code,"
                            + " inspection_year, opened_by, opened_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, Ulid.next()).setParameter(2, branch.trim()).setParameter(3, year)
                    .setParameter(4, user).setParameter(5, Instant.now()).executeUpdate();
        }
        List<InspectionView> all = list(year, BranchFilter.of(BranchScope.EVERY_BRANCH, null));
        return new InspectionView.Opened(year, opened, all.size() - opened, all);
    }

    @Transactional
    public InspectionView.FindingView addFinding(String inspectionId, InspectionRequests.Finding body, String user) {
        BranchInspection inspection = inspection(inspectionId);
        Params.requireBody(body, "{description, severity, foundOn?, remediationDeadline, branchHeadId,"
                + " responsiblePersonIds}");
        List<FieldError> errors = new ArrayList<>();
        BranchFinding f = new BranchFinding();
        f.description = Params.text(errors, "description", body.description(), 2000);
        f.severity = severity(errors, body.severity());
        f.foundOn = Params.pastDate(errors, "foundOn", body.foundOn(), zone, true);
        f.deadline = Params.date(errors, "remediationDeadline", body.remediationDeadline(), null);
        if (f.foundOn != null && f.deadline != null && f.deadline.isBefore(f.foundOn)) {
            errors.add(new FieldError("remediationDeadline", "must not be before foundOn"));
        }
        f.branchHeadId = Params.text(errors, "branchHeadId", body.branchHeadId(), 64);
        f.responsibleIds = responsible(errors, body.responsiblePersonIds());
        Params.throwIfAny(errors, "The finding");
        f.findingId = Ulid.next();
        f.inspectionId = inspection.inspectionId;
        f.recordedBy = user;
        f.recordedAt = Instant.now();
        f.persist();
        return InspectionView.FindingView.of(f, LocalDate.now(zone));
    }

    /** Recorded once: a remediation is evidence, and evidence is not rewritten (a second one is a 409). */
    @Transactional
    public InspectionView.FindingView remediate(String findingId, InspectionRequests.Remediation body, String user) {
        BranchFinding f = BranchFinding.findById(findingId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw new ProblemException(Problem.of(Failure.NOT_FOUND, "unknown-finding", "No finding " + findingId));
        }
        Params.requireBody(body, "{remediatedOn, evidence}");
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = Params.pastDate(errors, "remediatedOn", body.remediatedOn(), zone, false);
        if (on != null && on.isBefore(f.foundOn)) {
            errors.add(new FieldError("remediatedOn", "must not be before the finding's foundOn " + f.foundOn));
        }
        String evidence = Params.text(errors, "evidence", body.evidence(), 2000);
        Params.throwIfAny(errors, "The remediation");
        if (f.remediatedOn != null) {
            throw new ProblemException(Problem.of(Failure.CONFLICT, "already-remediated",
                    "Finding " + findingId + " was already remediated on " + f.remediatedOn));
        }
        f.remediatedOn = on;
        f.evidence = evidence;
        f.remediationRecordedBy = user;
        f.remediationRecordedAt = Instant.now();
        return InspectionView.FindingView.of(f, LocalDate.now(zone));
    }

    @Transactional
    public List<InspectionView> list(Integer year, BranchFilter branches) {
        List<BranchInspection> found = year == null
                ? BranchInspection.<BranchInspection>findAll(Sort.descending("year").and("branchCode")).list()
                : BranchInspection.list("year", Sort.by("branchCode"), year);
        return views(found.stream().filter(i -> branches.permits(i.branchCode)).toList());
    }

    @Transactional
    public InspectionView one(String inspectionId, BranchScope scope) {
        BranchInspection i = inspection(inspectionId);
        if (!scope.permits(i.branchCode)) {
            throw new ProblemException(Problem.of(Failure.FORBIDDEN, "branch-not-permitted",
                    "此机构不属于您管理的范围 / Branch " + i.branchCode + " is not in a branch your token names"));
        }
        return views(List.of(i)).get(0);
    }

    private List<InspectionView> views(List<BranchInspection> inspections) {
        if (inspections.isEmpty()) {
            return List.of();
        }
        List<String> ids = inspections.stream().map(i -> i.inspectionId).toList();
        Map<String, List<BranchFinding>> findings = new HashMap<>();
        BranchFinding.<BranchFinding>list("inspectionId in ?1", Sort.by("recordedAt").and("findingId"), ids)
                .forEach(f -> findings.computeIfAbsent(f.inspectionId, k -> new ArrayList<>()).add(f));
        Map<String, String> inspectionOf = new HashMap<>();
        findings.values().forEach(l -> l.forEach(f -> inspectionOf.put(f.findingId, f.inspectionId)));
        Map<String, List<BranchSanction>> sanctions = new HashMap<>();
        if (!inspectionOf.isEmpty()) {
            BranchSanction.<BranchSanction>list("findingId in ?1", Sort.by("createdAt"), inspectionOf.keySet())
                    .forEach(s -> sanctions.computeIfAbsent(inspectionOf.get(s.findingId), k -> new ArrayList<>()).add(s));
        }
        LocalDate today = LocalDate.now(zone);
        return inspections.stream().map(i -> view(i, findings.getOrDefault(i.inspectionId, List.of()),
                sanctions.getOrDefault(i.inspectionId, List.of()), today)).toList();
    }

    private static InspectionView view(BranchInspection i, List<BranchFinding> findings, List<BranchSanction> sanctions,
                                       LocalDate today) {
        String status = !sanctions.isEmpty() ? "SANCTIONED" : findings.isEmpty() ? "OPEN"
                : findings.stream().anyMatch(f -> f.remediatedOn == null) ? "REMEDIATION_PENDING" : "REMEDIATED";
        return new InspectionView(i.inspectionId, InspectionView.RULE, i.branchCode,
                Divisions.standard().placeName(i.branchCode), i.year, status, i.openedBy, i.openedAt,
                findings.stream().map(f -> InspectionView.FindingView.of(f, today)).toList(),
                sanctions.stream().map(InspectionView.SanctionView::of).toList());
    }

    private static BranchInspection inspection(String inspectionId) {
        BranchInspection i = BranchInspection.findById(inspectionId);
        if (i == null) {
            throw new ProblemException(Problem.of(Failure.NOT_FOUND, "unknown-inspection",
                    "No inspection " + inspectionId));
        }
        return i;
    }

    private static String severity(List<FieldError> errors, String value) {
        String s = value == null ? "" : value.trim();
        if (!List.of("HIGH", "MEDIUM", "LOW").contains(s)) {
            errors.add(new FieldError("severity", "one of HIGH, MEDIUM, LOW"));
            return null;
        }
        return s;
    }

    /** At least one staff id, none blank or containing a comma (the column joins them with commas). */
    private static String responsible(List<FieldError> errors, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            errors.add(new FieldError("responsiblePersonIds", "at least one staff id"));
            return null;
        }
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i) == null ? "" : ids.get(i).trim();
            if (id.isEmpty() || id.length() > 64 || id.contains(",")) {
                errors.add(new FieldError("responsiblePersonIds[" + i + "]", "a staff id of 1 to 64 characters, no comma"));
            } else {
                clean.add(id);
            }
        }
        String joined = String.join(",", clean);
        if (joined.length() > 1000) {
            errors.add(new FieldError("responsiblePersonIds", "at most 1000 characters together"));
        }
        return joined;
    }
}
