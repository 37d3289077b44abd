package cn.lifeinfo.compliance.ruleset;

import java.util.List;

/** A spreadsheet that cannot become a ruleset; carries every problem found, not just the first. */
public class RulesetInvalidException extends RuntimeException {

    private final transient List<SheetProblem> problems;
    private final String context;

    public RulesetInvalidException(List<SheetProblem> problems) {
        this(null, problems);
    }

    public RulesetInvalidException(String context, List<SheetProblem> problems) {
        super((context == null ? "" : context + ": ") + summary(problems));
        this.problems = List.copyOf(problems);
        this.context = context;
    }

    /** e.g. "truthfulness@4 rejected"; null when the problems speak for themselves */
    public String context() {
        return context;
    }

    public List<SheetProblem> problems() {
        return problems;
    }

    private static String summary(List<SheetProblem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() + " problem(s) in the rule spreadsheet:");
        for (SheetProblem p : problems) {
            sb.append("\n  ").append(p.file());
            if (p.sheet() != null) {
                sb.append(" [").append(p.sheet()).append(']');
            }
            if (p.row() != null) {
                sb.append(" row ").append(p.row());
            }
            if (p.column() != null) {
                sb.append(" column ").append(p.column());
            }
            sb.append(": ").append(p.message());
        }
        return sb.toString();
    }
}
