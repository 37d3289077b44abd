package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.identity.BranchScope;
import jakarta.ws.rs.core.Response;
import cn.lifeinfo.compliance.registry.AgentEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scores, leaderboards and histories, replayed from the stored violations. */
@ApplicationScoped
public class AssessmentService {

    private final ViolationService violations;
    private final AssessmentRulesProvider rules;
    private final Scorer scorer;

    private final IdentifierHasher hasher;

    public AssessmentService(ViolationService violations, AssessmentRulesProvider rules, IdentifierHasher hasher) {
        this.violations = violations;
        this.hasher = hasher;
        this.rules = rules;
        this.scorer = new Scorer(rules);
    }

    public AgentScoreView score(String agentCode, LocalDate asOf, BranchScope scope) {
        violations.requireAgent(agentCode, scope);
        AgentEntity agent = AgentEntity.findById(agentCode);
        List<ViolationEntity> stored = violations.ofAgent(agentCode);
        Map<String, ViolationEntity> byId = new HashMap<>();
        stored.forEach(v -> byId.put(v.violationId, v));
        Score s = scorer.score(stored.stream().map(ViolationEntity::event).toList(), asOf);
        List<ViolationView> views = s.violations().stream()
                .map(e -> ViolationView.of(byId.get(e.event().violationId()), e.points(), e.active())).toList();
        return new AgentScoreView(agentCode, agent.name, agent.branchCode, asOf.toString(), s.rulesetVersion(),
                s.activePoints(), s.status(), s.flags(), s.reasons(), views);
    }

    /** Every registered agent (of a branch) the caller may see, scored on {@code asOf}, highest points first. */
    public List<LeaderboardView.Row> leaderboard(String branchCode, String status, LocalDate asOf, BranchScope scope) {
        if (branchCode != null && !scope.covers(branchCode)) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "branch-not-permitted",
                    "此机构不在您的管理范围内 / Branch " + branchCode + " is not among the branches your token names"));
        }
        List<AgentEntity> agents = (branchCode == null ? AgentEntity.<AgentEntity>listAll()
                : AgentEntity.<AgentEntity>list("branchCode", branchCode)).stream()
                .filter(a -> scope.permits(a.branchCode)).toList();
        Map<String, List<ViolationEvent>> events = new HashMap<>();
        for (ViolationEntity v : violations.ofAgents(agents.stream().map(a -> a.agentCode).toList(), asOf)) {
            events.computeIfAbsent(v.agentCode, k -> new ArrayList<>()).add(v.event());
        }
        List<LeaderboardView.Row> rows = new ArrayList<>();
        for (AgentEntity a : agents) {
            List<ViolationEvent> own = events.getOrDefault(a.agentCode, List.of());
            Score s = scorer.score(own, asOf);
            if (status == null || status.equals(s.status())) {
                rows.add(new LeaderboardView.Row(a.agentCode, a.name, a.branchCode, s.activePoints(), s.status(),
                        s.flags(), own.size()));
            }
        }
        rows.sort(Comparator.comparingInt(LeaderboardView.Row::activePoints).reversed()
                .thenComparing(LeaderboardView.Row::agentCode));
        return rows;
    }

    public HistoryView history(String agentCode, LocalDate to, BranchScope scope) {
        violations.requireAgent(agentCode, scope);
        List<ViolationEvent> events = violations.ofAgent(agentCode).stream().map(ViolationEntity::event)
                .filter(e -> !e.date().isAfter(to)).toList();
        AssessmentRules inForce = rules.inForceAt(to);
        List<HistoryView.Point> points = new ArrayList<>();
        for (LocalDate d : Scorer.changeDates(events, to, inForce.windowMode())) {
            Score s = scorer.score(events, d);
            points.add(new HistoryView.Point(d.toString(), s.activePoints(), s.status(), s.flags()));
        }
        return new HistoryView(agentCode, to.toString(), inForce.label(), points);
    }

    public String rulesetVersion(LocalDate asOf) {
        return rules.inForceAt(asOf).label();
    }

    /** PEN-STAFF-008: registered agents with the same ID number (keyed hash) who carry NO_REHIRE today. */
    public List<String> noRehireMatches(String idKey, String agentCode, LocalDate today) {
        List<AgentEntity> candidates = new ArrayList<>();
        if (idKey != null) {
            candidates.addAll(AgentEntity.list("idKey in ?1", hasher.matching(idKey)));
        }
        if (agentCode != null) {
            AgentEntity a = AgentEntity.findById(agentCode);
            if (a != null && candidates.stream().noneMatch(c -> c.agentCode.equals(a.agentCode))) {
                candidates.add(a);
            }
        }
        List<String> banned = new ArrayList<>();
        for (AgentEntity a : candidates) {
            Score s = scorer.score(violations.ofAgent(a.agentCode).stream().map(ViolationEntity::event).toList(), today);
            if (s.flags().contains("NO_REHIRE")) {
                banned.add(a.agentCode);
            }
        }
        banned.sort(String::compareTo);
        return banned;
    }
}
