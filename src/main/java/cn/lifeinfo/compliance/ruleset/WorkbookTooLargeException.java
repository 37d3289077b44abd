package cn.lifeinfo.compliance.ruleset;

import java.util.List;

/** A workbook over one of the limits of {@link WorkbookLimits}: refused before it is parsed, stored or compiled. */
public class WorkbookTooLargeException extends RuntimeException {

    private final transient List<SheetProblem> problems;

    public WorkbookTooLargeException(SheetProblem problem) {
        super(problem.message());
        this.problems = List.of(problem);
    }

    public List<SheetProblem> problems() {
        return problems;
    }
}
