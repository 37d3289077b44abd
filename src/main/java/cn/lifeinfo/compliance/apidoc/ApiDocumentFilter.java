package cn.lifeinfo.compliance.apidoc;

import cn.lifeinfo.compliance.common.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Completes the published document (/q/openapi) so that it drives the API: every status each operation really
 * answers ({@link ApiStatuses}) with a problem+json body, the bearer scheme on every secured operation, request and
 * response examples taken from the test records ({@code openapi/examples/}), and the server Swagger UI's "Try it
 * out" sends requests to (the public port; the UI itself is on the management port).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    /** Operations that return a JAX-RS Response, whose success body the generator cannot see: its schema. */
    private static final Map<String, String> SUCCESS_SCHEMAS = Map.of(
            "PUT /api/v1/agents/{agentCode}", "AgentView",
            "PUT /api/v1/institutions/{institutionId}", "InstitutionView",
            "POST /api/v1/agents/{agentCode}/violations", "ViolationView",
            "POST /api/v1/rulesets/{family}", "VersionView",
            "POST /api/v1/sampling/runs", "RunsView",
            "POST /api/v1/sampling/items/{itemId}/verification", "VerificationView",
            "POST /api/v1/branches/inspections/{inspectionId}/findings", "BranchFindingView",
            "POST /api/v1/commission/payment-runs", "PaymentRunView",
            "POST /api/v1/lifecycle/list-exports", "ListExportView",
            "POST /api/v1/lifecycle/reverification-tasks/notification-failures", "ReverificationTaskView");
    static final String SCHEME = "bearer";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("A JWT of the insurer's identity provider; roles in the `groups` claim (API.md). In "
                        + "dev and test, GET /dev/sign-in/tokens/{user} on the public port hands one out."));
        ConfigProvider.getConfig().getOptionalValue("compliance.openapi.server-url", String.class)
                .filter(url -> !url.isBlank())
                .ifPresent(url -> openAPI.setServers(List.of(OASFactory.createServer().url(url)
                        .description("the public API port (Swagger UI is served from the management port)"))));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            String key = method.name() + " " + path;
            List<Integer> statuses = ApiStatuses.TABLE.get(key);
            if (statuses != null) {
                complete(key, op, statuses);
            }
        }));
    }

    private static void complete(String key, Operation op, List<Integer> statuses) {
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        op.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        APIResponse ok = responses.getAPIResponse("200");
        for (int status : statuses) {
            String code = Integer.toString(status);
            if (status < 300) {
                if (responses.getAPIResponse(code) == null) {
                    responses.addAPIResponse(code, OASFactory.createAPIResponse()
                            .description(ApiStatuses.describe(status))
                            .content(ok == null ? null : ok.getContent()));
                }
                continue;
            }
            APIResponse problem = OASFactory.createAPIResponse().description(ApiStatuses.describe(status))
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM))
                            .example(problemExample(status))));
            if (status == 401) {
                problem.addHeader("WWW-Authenticate", header("Bearer (the RFC 6750 challenge)"));
            }
            if (status == 503) {
                problem.addHeader("Retry-After", header("seconds to wait before retrying"));
            }
            responses.addAPIResponse(code, problem);
        }
        // statuses the generator guessed that the operation never answers (e.g. 200 of a 201-only POST)
        for (String code : List.copyOf(responses.getAPIResponses().keySet())) {
            if (!code.equals("default") && !statuses.contains(Integer.parseInt(code))) {
                responses.removeAPIResponse(code);
            }
        }
        successSchemas(key, responses);
        Map<String, APIResponse> sorted = new java.util.TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new java.util.LinkedHashMap<>(sorted));
        examples(key, op);
    }

    /** A success whose body schema the generator left empty: the view it returns, or bytes for file downloads. */
    private static void successSchemas(String key, APIResponses responses) {
        responses.getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("2") || response.getContent() == null) {
                return;
            }
            response.getContent().getMediaTypes().forEach((type, media) -> {
                Schema schema = media.getSchema();
                boolean empty = schema == null || (schema.getRef() == null && schema.getType() == null
                        && schema.getProperties() == null);
                if (!empty) {
                    return;
                }
                if (SUCCESS_SCHEMAS.containsKey(key)) {
                    media.setSchema(OASFactory.createSchema().ref(SUCCESS_SCHEMAS.get(key)));
                } else if (key.equals("POST /api/v1/screenings")) {
                    media.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                            .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                            .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
                } else if (!type.contains("json")) {
                    media.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .contentMediaType(type).format("binary"));
                }
            });
        });
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    /** Request and 200 examples from {@code openapi/examples/<method>-<path>.request|response.json}, if any. */
    private static void examples(String key, Operation op) {
        String base = "openapi/examples/" + key.toLowerCase().replace(" /api/v1/", "-").replaceAll("[/{}]+", "-")
                .replaceAll("-+$", "");
        Object request = load(base + ".request.json");
        if (request != null && op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> m.setExample(request));
        }
        Object response = load(base + ".response.json");
        APIResponse ok = op.getResponses().getAPIResponse("200");
        if (response != null && ok != null && ok.getContent() != null) {
            ok.getContent().getMediaTypes().values().forEach(m -> m.setExample(response));
        }
    }

    static Object load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable example " + resource, e);
        }
    }

    private static Map<String, Object> problemExample(int status) {
        return Map.of("type", "/problems/" + ApiStatuses.slug(status), "title", ApiStatuses.title(status),
                "status", status, "detail", ApiStatuses.describe(status));
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema error = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One problem: a field path of the request, or a place in an uploaded file")
                .addProperty("field", string).addProperty("file", string).addProperty("sheet", string)
                .addProperty("row", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("column", string).addProperty("message", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, the body of every 4xx and 5xx answer (API.md, Errors)")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("/problems/<slug>"))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty("requestId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the request's X-Request-Id (given by the caller, else made by the service)"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(error))
                .required(List.of("type", "title", "status"));
    }
}
