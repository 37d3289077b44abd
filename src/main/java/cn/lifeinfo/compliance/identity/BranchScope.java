package cn.lifeinfo.compliance.identity;

import java.util.List;

/**
 * The branches whose agents a caller may see: every branch, or the branch-code prefixes of a manager's token
 * ({@code "branches": ["3301"]} sees 3301 and 330101, not 3302). A manager whose token names no branch sees none.
 */
public record BranchScope(boolean all, List<String> prefixes) {

    public static final BranchScope EVERY_BRANCH = new BranchScope(true, List.of());

    public static BranchScope of(List<String> prefixes) {
        List<String> clean = prefixes.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
        return clean.contains("*") ? EVERY_BRANCH : new BranchScope(false, clean);
    }

    public boolean permits(String branchCode) {
        return all || (branchCode != null && prefixes.stream().anyMatch(branchCode::startsWith));
    }

    /**
     * Whether a requested branch filter (a code or prefix) shares any branch with this scope: "33" for a manager of
     * 3301 narrows to his 3301 agents; "4401" for him shares none.
     */
    public boolean overlaps(String branchFilter) {
        return covers(branchFilter) || (branchFilter != null && prefixes.stream().anyMatch(p -> p.startsWith(branchFilter)));
    }

    /** Whether a requested branch filter (itself a code or prefix) lies wholly inside this scope. */
    public boolean covers(String branchFilter) {
        return all || (branchFilter != null && prefixes.stream().anyMatch(branchFilter::startsWith));
    }
}
