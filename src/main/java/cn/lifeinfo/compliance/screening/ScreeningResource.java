package cn.lifeinfo.compliance.screening;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import cn.lifeinfo.compliance.identity.Caller;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.InputStream;
import java.net.URI;
import java.util.Map;

@Path("/api/v1/screenings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SCREENING_OPERATOR)
public class ScreeningResource {

    static final String NDJSON = "application/x-ndjson";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ScreeningService service;
    private final ScreeningStore store;
    private final ScreeningReport report;
    private final Caller user;

    public ScreeningResource(ScreeningService service, ScreeningStore store, ScreeningReport report, Caller user) {
        this.service = service;
        this.store = store;
        this.report = report;
        this.user = user;
    }

    @POST
    @Consumes({NDJSON, "application/jsonl", "text/csv"})
    @Operation(summary = "Submit a book (JSON Lines or CSV) for clean-up screening; answered once it is stored")
    public Response submit(InputStream body, @jakarta.ws.rs.HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        String acting = user.user();
        BookReader.Format format = contentType != null && contentType.toLowerCase().startsWith("text/csv")
                ? BookReader.Format.CSV : BookReader.Format.NDJSON;
        String id = service.submit(body, format, acting);
        return Response.accepted(Map.of("id", id, "status", store.job(id).map(ScreeningStore.JobRow::status).orElse("?")))
                .location(URI.create("/api/v1/screenings/" + id)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Progress of a screening job and, when done, its counts per branch, channel, agent and rule")
    public ScreeningView get(@PathParam("id") String id) {
        return view(id);
    }

    @GET
    @Path("/{id}/report.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The clean-up report: totals sheet and defective-policy sheet (personal fields masked)")
    public Response xlsx(@PathParam("id") String id) {
        ScreeningView v = finished(id);
        StreamingOutput out = o -> report.xlsx(v, o);
        return Response.ok(out, XLSX).header("Content-Disposition", "attachment; filename=\"screening-" + id + ".xlsx\"")
                .build();
    }

    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    @Operation(summary = "The defective policies as CSV (UTF-8 with BOM; personal fields masked)")
    public Response csv(@PathParam("id") String id) {
        finished(id);
        StreamingOutput out = o -> report.csv(id, o);
        return Response.ok(out, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"screening-" + id + ".csv\"").build();
    }

    private ScreeningView view(String id) {
        ScreeningStore.JobRow job = store.job(id).orElseThrow(() -> new ProblemException(
                Problem.of(Failure.NOT_FOUND, "not-found", "No screening job " + id)));
        if ("RUNNING".equals(job.status()) && store.finishIfComplete(id)) {
            job = store.job(id).orElseThrow();
        }
        boolean finished = "DONE".equals(job.status());
        return ScreeningView.of(job, store.progress(id), store.counts(id, finished), store.errors(id, 100));
    }

    private ScreeningView finished(String id) {
        ScreeningView v = view(id);
        if (!"DONE".equals(v.status())) {
            throw new ProblemException(Problem.of(Failure.CONFLICT, "screening-not-finished",
                    "The report is available once the job is DONE; it is " + v.status()));
        }
        return v;
    }
}
