package cn.lifeinfo.compliance.access;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * Applies a PERMIT decision's {@code mask} list to a record (catalog §3.3). Stateless: nothing is stored or
 * logged, the masked values go back to the caller only.
 */
@Path("/api/v1/access/mask")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DECISION_CLIENT)
public class MaskResource {

    public record MaskRequest(List<String> mask, Map<String, Object> record) {
    }

    public record MaskedRecord(Map<String, Object> record) {
    }

    @POST
    @Operation(summary = "Mask the listed fields of a record in the formats of ACC-MASK-001")
    public MaskedRecord mask(MaskRequest request) {
        if (request == null || request.record() == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-mask-request",
                    "record is required").withErrors(List.of(new FieldError("record", "required"))));
        }
        List<String> mask = request.mask() == null ? List.of() : request.mask();
        return new MaskedRecord(FieldMasker.apply(request.record(), mask.stream().filter(f -> f != null).toList()));
    }
}
