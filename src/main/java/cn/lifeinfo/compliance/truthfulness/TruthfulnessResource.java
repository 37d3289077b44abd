package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;


import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/decisions/truthfulness")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DECISION_CLIENT)
public class TruthfulnessResource {

    private final TruthfulnessService service;

    public TruthfulnessResource(TruthfulnessService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Decide whether one policy record's customer information is complete and plausible")
    public TruthfulnessDecision decide(PolicyRecord record, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        if (record == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be a JSON object holding one policy record"));
        }
        rejectOverlong(record.overlongFields(""));
        return service.decide(record, dryRun);
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Decide up to 10,000 records as one evaluation set (cross-record rules see them together)")
    public BatchResponse decideBatch(BatchRequest batch, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        if (batch == null || batch.records() == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be {\"records\": [record, …]}")
                    .withErrors(java.util.List.of(new cn.lifeinfo.compliance.common.FieldError("records", "required"))));
        }
        List<FieldError> overlong = new ArrayList<>();
        for (int i = 0; i < batch.records().size() && overlong.size() < 20; i++) {
            if (batch.records().get(i) != null) {
                overlong.addAll(batch.records().get(i).overlongFields("records[" + i + "]."));
            }
        }
        rejectOverlong(overlong);
        return new BatchResponse(service.decideBatch(batch.records(), dryRun));
    }

    private static void rejectOverlong(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-field",
                    "A field is longer than it may be: " + errors.get(0).field()).withErrors(errors));
        }
    }

    public record BatchRequest(java.util.List<PolicyRecord> records) {
    }

    public record BatchResponse(java.util.List<TruthfulnessDecision> decisions) {
    }
}
