package cn.lifeinfo.compliance.service;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.IdentifierHasher;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.identity.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What auditors read of the lifecycle records (LIFE-CHG-003, LIFE-DES-003): newest first, optionally for one
 * policy or customer (looked up by its keyed hash, under the current and, during a rotation, the previous key).
 */
@Path("/api/v1/lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class ServiceRecordsResource {

    private final IdentifierHasher hasher;

    public ServiceRecordsResource(IdentifierHasher hasher) {
        this.hasher = hasher;
    }

    public record ChangeView(String decisionId, Instant recordedAt, String rulesetVersion, String changeType,
                             LocalDate requestDate, String channel, String policyHash, String oldValueHash,
                             String newValueHash, String requesterHash, List<String> approverHashes,
                             String hashKeyId) {
        static ChangeView of(ServiceChangeRecord r) {
            return new ChangeView(r.decisionId, r.recordedAt, r.rulesetVersion, r.changeType, r.requestDate,
                    r.channel, r.policyHash, r.oldValueHash, r.newValueHash, r.requesterHash,
                    r.approverHashes.isEmpty() ? List.of() : Arrays.asList(r.approverHashes.split(",")), r.hashKeyId);
        }
    }

    public record DestructionView(String decisionId, Instant recordedAt, String rulesetVersion, LocalDate requestDate,
                                  String channel, String customerHash, String requesterHash, String approverHash,
                                  LocalDate retentionUntil, String hashKeyId) {
        static DestructionView of(ServiceDestructionRecord r) {
            return new DestructionView(r.decisionId, r.recordedAt, r.rulesetVersion, r.requestDate, r.channel,
                    r.customerHash, r.requesterHash, r.approverHash, r.retentionUntil, r.hashKeyId);
        }
    }

    @GET
    @Path("/changes")
    @Operation(summary = "LIFE-CHG-003 change records, newest first (optionally of one policy)")
    public List<ChangeView> changes(@QueryParam("policyNo") String policyNo,
                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        int size = limit(limit);
        return QuarkusTransaction.requiringNew().call(() -> (policyNo == null || policyNo.isBlank()
                ? ServiceChangeRecord.<ServiceChangeRecord>findAll(Sort.descending("recordedAt", "decisionId"))
                : ServiceChangeRecord.<ServiceChangeRecord>find("policyHash in ?1",
                Sort.descending("recordedAt", "decisionId"), hasher.hashes(policyNo.trim())))
                .page(Page.ofSize(size)).list().stream().map(ChangeView::of).toList());
    }

    @GET
    @Path("/destructions")
    @Operation(summary = "LIFE-DES-003 destruction records, newest first (optionally of one customer)")
    public List<DestructionView> destructions(@QueryParam("customerId") String customerId,
                                              @QueryParam("limit") @DefaultValue("100") int limit) {
        int size = limit(limit);
        return QuarkusTransaction.requiringNew().call(() -> (customerId == null || customerId.isBlank()
                ? ServiceDestructionRecord.<ServiceDestructionRecord>findAll(Sort.descending("recordedAt", "decisionId"))
                : ServiceDestructionRecord.<ServiceDestructionRecord>find("customerHash in ?1",
                Sort.descending("recordedAt", "decisionId"), hasher.hashes(customerId.trim())))
                .page(Page.ofSize(size)).list().stream().map(DestructionView::of).toList());
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-query",
                    "limit must be from 1 to 1000").withErrors(List.of(new FieldError("limit", "from 1 to 1000"))));
        }
        return limit;
    }
}
