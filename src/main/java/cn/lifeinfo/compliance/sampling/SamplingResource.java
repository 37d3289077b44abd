package cn.lifeinfo.compliance.sampling;

import cn.lifeinfo.compliance.audit.PolicyNumberSeal;
import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.identity.BranchScope;
import cn.lifeinfo.compliance.identity.Caller;
import cn.lifeinfo.compliance.identity.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sampling and verification (catalog GATE-SMP-001…003, GATE-CB-004). Inspectors open runs and record
 * verifications; managers (their branches) and auditors read them, with policy numbers masked.
 */
@Path("/api/v1/sampling")
@Produces(MediaType.APPLICATION_JSON)
public class SamplingResource {

    private final SamplingRuns runs;
    private final SamplingVerifications verifications;
    private final PolicyNumberSeal seal;
    private final Caller caller;

    public SamplingResource(SamplingRuns runs, SamplingVerifications verifications, PolicyNumberSeal seal,
                            Caller caller) {
        this.runs = runs;
        this.verifications = verifications;
        this.seal = seal;
        this.caller = caller;
    }

    /** A run with its drawn policies and their verifications. */
    public record RunDetail(RunView run, List<ItemView> items) {
    }

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Open the sample of a period, per branch (201 when a run was opened, 200 when all existed)")
    @APIResponseSchema(value = RunsView.class, responseCode = "201")
    public Response open(RunRequest body) {
        List<SamplingRuns.Opened> opened = runs.open(body, caller.user());
        List<RunView> views = QuarkusTransaction.requiringNew().call(() -> opened.stream()
                .map(o -> RunView.of(o.run(), o.created())).toList());
        boolean anyCreated = opened.stream().anyMatch(SamplingRuns.Opened::created);
        return (anyCreated ? Response.status(Response.Status.CREATED) : Response.ok()).entity(new RunsView(views)).build();
    }

    @GET
    @Path("/runs")
    @RolesAllowed({Roles.INSPECTOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "Sampling runs, newest first, optionally of one kind, period or branch")
    public List<RunView> list(@QueryParam("kind") String kind, @QueryParam("period") String period,
                              @QueryParam("branchCode") String branchCode) {
        SamplingKind k = kind(kind);
        BranchScope scope = caller.branchScope();
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder q = new StringBuilder("1 = 1");
            List<Object> args = new ArrayList<>();
            if (k != null) {
                args.add(k);
                q.append(" and kind = ?").append(args.size());
            }
            if (period != null && !period.isBlank()) {
                args.add(period.trim());
                q.append(" and period = ?").append(args.size());
            }
            if (branchCode != null && !branchCode.isBlank()) {
                args.add(branchCode.trim());
                q.append(" and branchCode = ?").append(args.size());
            }
            q.append(" order by openedAt desc, runId desc");
            return SamplingRun.<SamplingRun>list(q.toString(), args.toArray()).stream()
                    .filter(r -> scope.permits(r.branchCode)).limit(1000).map(r -> RunView.of(r, null)).toList();
        });
    }

    @GET
    @Path("/runs/{runId}")
    @RolesAllowed({Roles.INSPECTOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "One run with its drawn policies (numbers in clear for inspectors only) and verifications")
    public RunDetail run(@PathParam("runId") String runId) {
        boolean inspector = caller.hasRole(Roles.INSPECTOR);
        BranchScope scope = caller.branchScope();
        return QuarkusTransaction.requiringNew().call(() -> {
            SamplingRun run = SamplingRun.findById(runId);
            if (run == null) {
                throw new ProblemException(Problem.of(Failure.NOT_FOUND, "unknown-sampling-run",
                        "No sampling run " + runId));
            }
            if (!scope.permits(run.branchCode)) {
                throw new ProblemException(Problem.of(Failure.FORBIDDEN, "branch-not-permitted",
                        "此抽检不属于您管理的机构 / Run " + runId + " is not of a branch your token names"));
            }
            List<ItemView> items = SamplingItem.<SamplingItem>list("runId = ?1 order by reason, itemId", runId).stream()
                    .map(i -> item(i, run, inspector)).toList();
            return new RunDetail(RunView.of(run, null), items);
        });
    }

    private ItemView item(SamplingItem i, SamplingRun run, boolean inspector) {
        SamplingVerification v = SamplingVerification.findById(i.itemId);
        VerificationView view = v == null ? null : VerificationView.of(i, run, v, null);
        if (view != null && !caller.mayReadInspectorNotes()) {
            view = view.withoutNote();
        }
        return new ItemView(i.itemId, i.runId, inspector ? seal.open(i.policyNoSealed) : null, i.policyNoMasked,
                i.agentCode, i.businessDate == null ? null : i.businessDate.toString(), i.reason, i.decisionId, view);
    }

    @POST
    @Path("/items/{itemId}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Record the one verification of a drawn policy (never by its seller: GATE-SMP-002)")
    public Response verify(@PathParam("itemId") String itemId, VerificationRequest body) {
        VerificationView v = verifications.verify(itemId, body, caller.user());
        return Response.created(URI.create("/api/v1/sampling/items/" + itemId + "/verification")).entity(v).build();
    }

    private static SamplingKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return SamplingKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-query", "kind is not a sampling kind")
                    .withErrors(List.of(new FieldError("kind", "one of " + Arrays.toString(SamplingKind.values())))));
        }
    }
}
