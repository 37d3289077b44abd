package cn.lifeinfo.compliance.branch;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.identity.BranchScope;

import java.util.ArrayList;
import java.util.List;

/**
 * Which branches a read covers: the caller's scope (a manager: his token's branch prefixes) narrowed by an optional
 * {@code branchCode} prefix, as the leaderboard does it. Rendered as SQL over a branch-code column.
 */
record BranchFilter(boolean all, List<String> prefixes) {

    static BranchFilter of(BranchScope scope, String branchCode) {
        String wanted = branchCode == null || branchCode.isBlank() ? null : branchCode.trim();
        if (wanted != null && wanted.length() > 40) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-query", "branchCode is at most 40 characters")
                    .withErrors(List.of(new FieldError("branchCode", "at most 40 characters"))));
        }
        if (wanted == null) {
            return new BranchFilter(scope.all(), scope.prefixes());
        }
        if (scope.covers(wanted)) {
            return new BranchFilter(false, List.of(wanted));
        }
        if (!scope.overlaps(wanted)) {
            throw new ProblemException(Problem.of(Failure.FORBIDDEN, "branch-not-permitted",
                    "此机构不属于您管理的范围 / Branch " + wanted + " is not in a branch your token names"));
        }
        // "33" asked by the manager of 3301: his branches inside 33
        return new BranchFilter(false, scope.prefixes().stream().filter(p -> p.startsWith(wanted)).toList());
    }

    boolean permits(String branch) {
        return all || (branch != null && prefixes.stream().anyMatch(branch::startsWith));
    }

    /** A condition on {@code column} (true when every branch is covered) and its parameters, appended in order. */
    String sql(String column, List<Object> parameters) {
        if (all) {
            return "1 = 1";
        }
        if (prefixes.isEmpty()) {
            return "1 = 0";
        }
        List<String> terms = new ArrayList<>();
        for (String p : prefixes) {
            parameters.add(p.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            terms.add(column + " LIKE ?" + parameters.size() + " ESCAPE '!'");
        }
        return "(" + String.join(" OR ", terms) + ")";
    }
}
