package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/institutions/{institutionId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.REGISTRY_ADMIN)
public class InstitutionResource {

    private final RegistryService registry;
    private final RegistryLookup lookup;

    public InstitutionResource(RegistryService registry, RegistryLookup lookup) {
        this.registry = registry;
        this.lookup = lookup;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("institutionId") String institutionId, InstitutionRequest body) {
        if (body == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be a JSON object describing the institution"));
        }
        boolean created = registry.putInstitution(institutionId, body);
        lookup.invalidate();
        return Response.status(created ? 201 : 200).entity(registry.institution(institutionId).orElseThrow())
                .build();
    }

    @GET
    public InstitutionView get(@PathParam("institutionId") String institutionId) {
        return registry.institution(institutionId).orElseThrow(() -> new ProblemException(
                Problem.of(Failure.NOT_FOUND, "unknown-institution", "No institution " + institutionId)));
    }
}
