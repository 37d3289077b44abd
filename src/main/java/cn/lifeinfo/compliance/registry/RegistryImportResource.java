package cn.lifeinfo.compliance.registry;

import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.InputStream;

/**
 * Bulk loads of the registries: CSV ({@code text/csv}) or JSON Lines ({@code application/x-ndjson}). The literal
 * class paths win over {@code /api/v1/agents/{agentCode}} in JAX-RS matching.
 */
public final class RegistryImportResource {

    private RegistryImportResource() {
    }

    static boolean isCsv(String type) {
        return type != null && type.toLowerCase().startsWith("text/csv");
    }

    @Path("/api/v1/agents/import")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    public static class Agents {

        private final RegistryImport imports;

        public Agents(RegistryImport imports) {
            this.imports = imports;
        }

        @POST
        @Consumes({"text/csv", "application/x-ndjson", "application/jsonl"})
        public RegistryImport.Result importAgents(InputStream body, @HeaderParam("Content-Type") String type) {
            return imports.agents(body, isCsv(type));
        }
    }

    @Path("/api/v1/institutions/import")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    public static class Institutions {

        private final RegistryImport imports;

        public Institutions(RegistryImport imports) {
            this.imports = imports;
        }

        @POST
        @Consumes({"text/csv", "application/x-ndjson", "application/jsonl"})
        public RegistryImport.Result importInstitutions(InputStream body, @HeaderParam("Content-Type") String type) {
            return imports.institutions(body, isCsv(type));
        }
    }
}
