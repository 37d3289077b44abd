package cn.lifeinfo.compliance.ruleset;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.identity.Caller;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

@Path("/api/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
public class RulesetResource {

    private final RulesetService service;
    private final RulesetRegistry registry;
    private final RulesetDiff diff = new RulesetDiff();
    private final Caller user;
    private final WorkbookLimits limits;

    public RulesetResource(RulesetService service, RulesetRegistry registry, Caller user, WorkbookLimits limits) {
        this.service = service;
        this.registry = registry;
        this.user = user;
        this.limits = limits;
    }

    /** Every family: the version the database has in force, the one this instance serves, and all versions kept. */
    @RolesAllowed({Roles.RULE_AUTHOR, Roles.RULE_APPROVER, Roles.AUDITOR})
    @GET
    public List<FamilyView> families() {
        return Arrays.stream(RuleFamily.values()).map(f -> new FamilyView(f.id(),
                service.activeVersion(f).orElse(null),
                registry.current(f).map(CompiledRuleset::version).orElse(null),
                service.versions(f))).toList();
    }

    public record FamilyView(String family, Integer activeVersion, Integer servedVersion, List<VersionView> versions) {
    }

    @RolesAllowed(Roles.RULE_AUTHOR)
    @POST
    @Path("/{family}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("family") String family, @RestForm("file") FileUpload file) {
        RuleFamily f = family(family);
        String uploader = user.user();
        if (file == null) {
            throw new ProblemException(Problem.of(Failure.INVALID, "missing-file",
                    "Upload the spreadsheet as multipart field 'file'")
                    .withErrors(List.of(new FieldError("file", "required"))));
        }
        // a chunked multipart body is spooled to disk before its size is known: refuse it before reading it in
        if (file.size() > limits.maxBytes()) {
            throw new WorkbookTooLargeException(SheetProblem.ofFile(file.fileName(),
                    "工作簿超过 " + limits.maxBytes() + " 字节 / The workbook is larger than " + limits.maxBytes()
                            + " bytes"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        VersionView stored = service.upload(f, file.fileName(), bytes, uploader);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    /**
     * One version with what its upload found: the workbook's own test cases (how many ran, which failed) or, for a
     * rejected upload, every problem with sheet, row and column. The console shows it; the list above leaves it out
     * because a rejected report can be long.
     */
    @RolesAllowed({Roles.RULE_AUTHOR, Roles.RULE_APPROVER, Roles.AUDITOR})
    @GET
    @Path("/{family}/versions/{version}")
    public RulesetService.VersionDetail version(@PathParam("family") String family, @PathParam("version") int version) {
        return service.detail(family(family), version);
    }

    @RolesAllowed(Roles.RULE_APPROVER)
    @POST
    @Path("/{family}/versions/{version}/activate")
    public VersionView activate(@PathParam("family") String family, @PathParam("version") int version) {
        return service.activate(family(family), version, user.user());
    }

    @RolesAllowed({Roles.RULE_AUTHOR, Roles.RULE_APPROVER, Roles.AUDITOR})
    @GET
    @Path("/{family}/versions/{version}/file")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response file(@PathParam("family") String family, @PathParam("version") int version) {
        RulesetService.StoredFile stored = service.file(family(family), version);
        return Response.ok(stored.content())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .type(stored.fileName().toLowerCase().endsWith(".xlsx")
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : MediaType.APPLICATION_OCTET_STREAM)
                .build();
    }

    @RolesAllowed({Roles.RULE_AUTHOR, Roles.RULE_APPROVER, Roles.AUDITOR})
    @GET
    @Path("/{family}/versions/{a}/diff/{b}")
    public RulesetDiff.Result diff(@PathParam("family") String family, @PathParam("a") int a,
                                   @PathParam("b") int b) {
        RuleFamily f = family(family);
        return diff.compare(f, service.file(f, a).content(), service.file(f, b).content());
    }

    @RolesAllowed({Roles.RULE_AUTHOR, Roles.RULE_APPROVER, Roles.AUDITOR})
    @GET
    @Path("/{family}/changes")
    public List<RulesetChangeEntity> changes(@PathParam("family") String family) {
        return service.changes(family(family));
    }

    static RuleFamily family(String id) {
        return RuleFamily.fromId(id).orElseThrow(() -> new ProblemException(Problem.of(Failure.NOT_FOUND,
                "unknown-family", "No rule family '" + id + "'; families: truthfulness, access, assessment")));
    }
}
