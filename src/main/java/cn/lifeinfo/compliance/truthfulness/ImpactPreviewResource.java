package cn.lifeinfo.compliance.truthfulness;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import cn.lifeinfo.compliance.vocabulary.record.PolicyRecord;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Impact preview of a truthfulness version against the one in force (see {@link ImpactPreview}). */
@Path("/api/v1/rulesets/truthfulness/versions/{version}/impact")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RULE_AUTHOR, Roles.RULE_APPROVER})
public class ImpactPreviewResource {

    private final ImpactPreview preview;

    public ImpactPreviewResource(ImpactPreview preview) {
        this.preview = preview;
    }

    @GET
    @Operation(summary = "Candidate vs active over the most recent stored decision inputs")
    public ImpactPreview.Report recent(@PathParam("version") int version,
                                       @QueryParam("last") @DefaultValue("500") int last) {
        return preview.overRecent(version, last);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Candidate vs active over a sample: {\"records\": [record, …]}")
    public ImpactPreview.Report sample(@PathParam("version") int version, TruthfulnessResource.BatchRequest sample) {
        if (sample == null || sample.records() == null || sample.records().isEmpty()) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be {\"records\": [record, …]} with at least one record"));
        }
        List<PolicyRecord> records = sample.records();
        return preview.compare(version, records);
    }
}
