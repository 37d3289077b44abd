package cn.lifeinfo.compliance.service;

import cn.lifeinfo.compliance.identity.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/v1/decisions/service")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DECISION_CLIENT)
public class ServiceResource {

    private final ServiceDecisions decisions;

    public ServiceResource(ServiceDecisions decisions) {
        this.decisions = decisions;
    }

    /** On a worker thread: the salesperson registry may be refreshing, and the answer waits for its audit rows. */
    @POST
    @Blocking
    @Operation(summary = "Decide a policy-service, callback or data-lifecycle request (catalog §4.5): one decision, "
            + "its rule id and reasons, retentionUntil for destruction and deletion")
    public ServiceDecision decide(@RequestBody(required = true, description = "{type, …}: the fields of API.md "
            + "'Service requests and data lifecycle' for the type; missing or mistyped fields are a 400 naming them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    requiredProperties = "type"))) JsonNode body) {
        return decisions.decide(body);
    }
}
