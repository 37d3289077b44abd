package cn.lifeinfo.compliance.identity;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Who is calling, from the verified bearer token (API.md "Who is acting"): the user is {@code preferred_username},
 * else {@code sub}; roles come from {@code groups}; a manager's branches from {@code branches}. Uploaders, approvers,
 * inspectors and submitters are named from here and nowhere else, so no header can speak for a user.
 */
@RequestScoped
public class Caller {

    public static final String BRANCHES_CLAIM = "branches";
    /** The widest user column (uploaded_by, entered_by, submitted_by). */
    static final int MAX_USER_LENGTH = 64;

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The acting user's name; a token without one cannot act (its IdP is misconfigured). */
    public String user() {
        String name = claimText("preferred_username");
        if (name == null) {
            name = claimText("sub");
        }
        if (name == null && !identity.isAnonymous()) {
            name = identity.getPrincipal().getName();
        }
        if (name == null || name.isBlank() || name.length() > MAX_USER_LENGTH) {
            throw new ProblemException(Problem.of(Failure.FORBIDDEN, "unnamed-user",
                    "The token must name its user in preferred_username or sub (at most " + MAX_USER_LENGTH
                            + " characters)")
                    .withErrors(List.of(new FieldError("token.preferred_username", "required, at most "
                            + MAX_USER_LENGTH + " characters"))));
        }
        return name.trim();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * Which agents' scores this caller may read: inspectors and auditors every branch, a manager the prefixes his
     * token names (none if it names none: a manager token without branches sees nothing rather than everything).
     */
    public BranchScope branchScope() {
        if (hasRole(Roles.INSPECTOR) || hasRole(Roles.AUDITOR) || !hasRole(Roles.MANAGER)) {
            return BranchScope.EVERY_BRANCH;
        }
        return BranchScope.of(branches());
    }

    /** Inspectors' free-text notes on violations are for inspectors and auditors only. */
    public boolean mayReadInspectorNotes() {
        return hasRole(Roles.INSPECTOR) || hasRole(Roles.AUDITOR);
    }

    private List<String> branches() {
        Object claim = token == null ? null : token.getClaim(BRANCHES_CLAIM);
        if (claim instanceof JsonArray array) {
            return array.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof JsonString s) {
            return Arrays.asList(s.getString().split(","));
        }
        if (claim instanceof String s) {
            return Arrays.asList(s.split(","));
        }
        return List.of();
    }

    private String claimText(String name) {
        if (token == null || token.getRawToken() == null) {
            return null;
        }
        Object value = token.getClaim(name);
        if (value instanceof JsonString s) {
            value = s.getString();
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
