package cn.lifeinfo.compliance.assessment;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.identity.BranchScope;

import cn.lifeinfo.compliance.registry.AgentEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.time.YearMonth;
import cn.lifeinfo.compliance.assessment.facts.AssessmentSink;
import cn.lifeinfo.compliance.assessment.facts.CodeName;
import cn.lifeinfo.compliance.assessment.facts.ScoreState;
import cn.lifeinfo.compliance.vocabulary.parse.Divisions;

/** Scores, leaderboards and histories, replayed from the stored violations. */
@ApplicationScoped
public class AssessmentService {

    /** Status thresholds are looked for up to this many active points (the catalog's highest is 12). */
    private static final int MAX_PROBED_POINTS = 100;

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
                .map(e -> ViolationView.of(byId.get(e.event().violationId()), e.points(), e.active(),
                        Scorer.expiry(e.event().date(), rules.inForceAt(asOf).windowMode()))).toList();
        return new AgentScoreView(agentCode, agent.name, agent.branchCode, asOf.toString(), s.rulesetVersion(),
                s.activePoints(), s.status(), s.flags(), s.reasons(), views);
    }

    /** How the leaderboard is ordered: API.md's active points first, or the managers' page's status first. */
    public enum Order {
        POINTS, STATUS;

        Comparator<LeaderboardView.Row> comparator() {
            Comparator<LeaderboardView.Row> points = Comparator.comparingInt(LeaderboardView.Row::activePoints)
                    .reversed();
            Comparator<LeaderboardView.Row> first = this == STATUS
                    ? Comparator.<LeaderboardView.Row>comparingInt(r -> AgentStatus.severity(r.status())).reversed()
                    .thenComparing(points) : points;
            return first.thenComparing(LeaderboardView.Row::agentCode);
        }
    }

    /**
     * Every registered agent the caller may see whose branch code starts with {@code branchPrefix} (all when null),
     * scored on {@code asOf}.
     */
    public List<LeaderboardView.Row> leaderboard(String branchPrefix, String status, LocalDate asOf, BranchScope scope,
                                                 Order order) {
        List<AgentEntity> agents = agentsOf(branchPrefix, scope);
        Map<String, List<ViolationEvent>> events = eventsOf(agents, asOf);
        List<LeaderboardView.Row> rows = new ArrayList<>();
        for (AgentEntity a : agents) {
            List<ViolationEvent> own = events.getOrDefault(a.agentCode, List.of());
            Score s = scorer.score(own, asOf);
            if (status == null || status.equals(s.status())) {
                rows.add(new LeaderboardView.Row(a.agentCode, a.name, a.branchCode, branchName(a.branchCode),
                        s.activePoints(), s.status(), s.flags(), own.size()));
            }
        }
        rows.sort(order.comparator());
        return rows;
    }

    /** The branches of the leaderboard's agents, each with its status counts, this month's violations and trend. */
    public BranchSummaryView summary(String branchPrefix, LocalDate asOf, BranchScope scope) {
        List<AgentEntity> agents = agentsOf(branchPrefix, scope);
        Map<String, List<ViolationEvent>> events = eventsOf(agents, asOf);
        List<LocalDate> monthEnds = new ArrayList<>();
        for (int back = 11; back >= 1; back--) {
            LocalDate month = asOf.minusMonths(back);
            monthEnds.add(month.withDayOfMonth(month.lengthOfMonth()));
        }
        monthEnds.add(asOf);
        Map<String, List<AgentEntity>> byBranch = new TreeMap<>();
        agents.forEach(a -> byBranch.computeIfAbsent(a.branchCode == null ? "" : a.branchCode,
                k -> new ArrayList<>()).add(a));
        LocalDate monthStart = asOf.withDayOfMonth(1);
        List<BranchSummaryView.Branch> branches = new ArrayList<>();
        byBranch.forEach((code, members) -> {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            AgentStatus.codes().forEach(c -> byStatus.put(c, 0));
            int[] trend = new int[monthEnds.size()];
            int points = 0;
            int newThisMonth = 0;
            for (AgentEntity a : members) {
                List<ViolationEvent> own = events.getOrDefault(a.agentCode, List.of());
                Score now = scorer.score(own, asOf);
                byStatus.merge(now.status(), 1, Integer::sum);
                points += now.activePoints();
                newThisMonth += (int) own.stream().filter(e -> !e.date().isBefore(monthStart)).count();
                for (int i = 0; i < monthEnds.size() - 1; i++) {
                    trend[i] += own.isEmpty() ? 0 : scorer.score(own, monthEnds.get(i)).activePoints();
                }
                trend[monthEnds.size() - 1] += now.activePoints();
            }
            List<BranchSummaryView.MonthPoints> months = new ArrayList<>();
            for (int i = 0; i < monthEnds.size(); i++) {
                months.add(new BranchSummaryView.MonthPoints(YearMonth.from(monthEnds.get(i)).toString(), trend[i]));
            }
            branches.add(new BranchSummaryView.Branch(code, branchName(code), members.size(), byStatus, points,
                    newThisMonth, months));
        });
        return new BranchSummaryView(asOf.toString(), rulesetVersion(asOf), branches);
    }

    /** The statuses and violation types of the workbook in force on {@code asOf}, as the sheets define them. */
    public AssessmentVocabularyView vocabulary(LocalDate asOf) {
        AssessmentRules inForce = rules.inForceAt(asOf);
        List<AssessmentVocabularyView.StatusLabel> statuses = new ArrayList<>();
        for (String code : AgentStatus.codes()) {
            Integer threshold = null;
            AssessmentSink.StatusRow row = null;
            // the Status sheet is asked, not parsed: the fewest active points (alone) that give the status
            for (int p = 0; p <= MAX_PROBED_POINTS && threshold == null; p++) {
                Optional<AssessmentSink.StatusRow> top = inForce.status(new ScoreState(p, false, 0, false)).stream()
                        .max(Comparator.comparingInt(AssessmentSink.StatusRow::level));
                if (top.map(AssessmentSink.StatusRow::status).orElse(Scorer.NORMAL).equals(code)) {
                    threshold = p;
                    row = top.orElse(null);
                }
            }
            Optional<CodeName> name = inForce.name(code);
            statuses.add(new AssessmentVocabularyView.StatusLabel(code, name.map(CodeName::nameZh).orElse(null),
                    name.map(CodeName::nameEn).orElse(null), AgentStatus.severity(code), threshold,
                    row == null ? List.of() : row.flags().stream().sorted().toList(),
                    row == null ? null : row.ruleId(), row == null ? null : row.messageZh(),
                    row == null ? null : row.messageEn()));
        }
        // every flag some Status row can raise: by points alone, a red line, repeated false information, a referral
        Set<String> flagCodes = new java.util.TreeSet<>();
        for (ScoreState state : List.of(new ScoreState(MAX_PROBED_POINTS, false, 0, false),
                new ScoreState(0, true, 0, false), new ScoreState(0, false, MAX_PROBED_POINTS, false),
                new ScoreState(0, false, 0, true))) {
            inForce.status(state).forEach(row -> flagCodes.addAll(row.flags()));
        }
        List<AssessmentVocabularyView.FlagLabel> flags = flagCodes.stream().map(code -> {
            Optional<CodeName> name = inForce.name(code);
            return new AssessmentVocabularyView.FlagLabel(code, name.map(CodeName::nameZh).orElse(null),
                    name.map(CodeName::nameEn).orElse(null));
        }).toList();
        Set<String> typeNames = new LinkedHashSet<>(ViolationTypes.CATALOG);
        typeNames.addAll(violations.recordedTypes());
        List<AssessmentVocabularyView.TypeLabel> types = new ArrayList<>();
        for (String name : typeNames) {
            inForce.type(name).ifPresent(t -> types.add(new AssessmentVocabularyView.TypeLabel(t.type(), t.points(),
                    t.redLine(), t.ruleId(), t.descriptionZh(), t.descriptionEn())));
        }
        return new AssessmentVocabularyView(asOf.toString(), inForce.label(), inForce.windowMode().name(), statuses,
                flags, types);
    }

    private static List<AgentEntity> agentsOf(String branchPrefix, BranchScope scope) {
        if (branchPrefix != null && !scope.overlaps(branchPrefix)) {
            throw new ProblemException(Problem.of(Failure.FORBIDDEN, "branch-not-permitted",
                    "此机构不在您的管理范围内 / Branch " + branchPrefix + " is not among the branches your token names"));
        }
        List<AgentEntity> all = branchPrefix == null ? AgentEntity.listAll()
                : AgentEntity.list("branchCode like ?1 escape '!'", likePrefix(branchPrefix));
        return all.stream().filter(a -> scope.permits(a.branchCode)).toList();
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private Map<String, List<ViolationEvent>> eventsOf(List<AgentEntity> agents, LocalDate asOf) {
        Map<String, List<ViolationEvent>> events = new HashMap<>();
        for (ViolationEntity v : violations.ofAgents(agents.stream().map(a -> a.agentCode).toList(), asOf)) {
            events.computeIfAbsent(v.agentCode, k -> new ArrayList<>()).add(v.event());
        }
        return events;
    }

    static String branchName(String branchCode) {
        return Divisions.standard().placeName(branchCode);
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
