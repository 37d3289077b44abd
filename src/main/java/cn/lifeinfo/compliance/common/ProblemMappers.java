package cn.lifeinfo.compliance.common;

import cn.lifeinfo.compliance.audit.DecisionNotRecordedException;
import cn.lifeinfo.compliance.ruleset.CompilerBusyException;
import cn.lifeinfo.compliance.ruleset.RulesetInvalidException;
import cn.lifeinfo.compliance.ruleset.WorkbookTooLargeException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Every error leaves as problem+json; none carries a stack trace or the offending personal data. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalidRuleset(RulesetInvalidException e) {
        return Problem.of(422, "Unprocessable Content", "invalid-ruleset",
                        "规则表未通过校验 / The rule spreadsheet was rejected: " + e.problems().size() + " problem(s)"
                                + (e.context() == null ? "" : " (" + e.context() + ")"))
                .withErrors(e.problems()).toResponse();
    }

    /**
     * 留痕: a decision whose record is not committed is not answered. Passing causes (the database slow or away)
     * are 503 with Retry-After, so core systems retry; a row the database refuses for its content is 422.
     */
    @ServerExceptionMapper
    public Response notRecorded(DecisionNotRecordedException e) {
        LOG.warnf("A decision was not answered: %s", e.getMessage());
        if (!e.retryable()) {
            return Problem.of(422, "Unprocessable Content", "decision-not-recorded",
                    "决策记录无法保存 / The decision's record could not be stored: " + e.getMessage()).toResponse();
        }
        return Response.fromResponse(Problem.of(Failure.UNAVAILABLE, "decision-not-recorded",
                        "决策记录暂时无法写入，请稍后重试 / The decision's record could not be committed in time; "
                                + "nothing was answered, retry shortly").toResponse())
                .header("Retry-After", "1").build();
    }

    /** Counted while it streamed (chunked or with an understated length): the same answer as a declared length. */
    @ServerExceptionMapper(priority = 1)
    public Response tooLarge(BodyTooLargeException e) {
        return Response.fromResponse(BodySizeLimit.tooLarge(e.limit()).toResponse())
                .header("Connection", "close").build();
    }

    @ServerExceptionMapper
    public Response workbookTooLarge(WorkbookTooLargeException e) {
        return Problem.of(413, "Content Too Large", "workbook-too-large",
                "规则表超过上限,未存储 / The rule spreadsheet is over a limit and was not stored: " + e.getMessage())
                .withErrors(e.problems()).toResponse();
    }

    /** One workbook compiles at a time per instance; the wait for the slot is bounded. */
    @ServerExceptionMapper
    public Response compilerBusy(CompilerBusyException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return Response.fromResponse(Problem.of(Failure.UNAVAILABLE, "compiler-busy",
                        "另一规则表正在编译,请稍后重试 / Another workbook is being compiled on this instance; try again in "
                                + seconds + " s").toResponse())
                .header("Retry-After", seconds).build();
    }

    /** Ahead of Quarkus' built-in mapper, which answers a wrong JSON type with an empty body. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatch(MismatchedInputException e) {
        return badJson(e);
    }

    /** Malformed JSON, a wrong JSON type, an unknown enum: 400 naming the field path, without echoing values. */
    @ServerExceptionMapper(priority = 1)
    public Response badJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = JsonPaths.of(mapping);
            String message = e instanceof InvalidFormatException invalid
                    ? "wrong value for type " + invalid.getTargetType().getSimpleName()
                    : e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? "expected " + describe(mismatch.getTargetType())
                    : "invalid value";
            return Problem.of(Failure.INVALID, "invalid-field", "A field has the wrong JSON type: " + path)
                    .withErrors(List.of(new FieldError(path, message))).toResponse();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return Problem.of(Failure.INVALID, "invalid-body",
                    "The body must be " + describe(mismatch.getTargetType())).toResponse();
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problem.of(Failure.INVALID, "malformed-json", "The body is not valid JSON" + where)
                .toResponse();
    }

    /** No token, an expired or forged one: 401 with the bearer challenge (RFC 6750), never the token's content. */
    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Failure.FORBIDDEN, "forbidden",
                "无权执行此操作 / The caller's roles do not allow this operation").toResponse();
    }

    private static Response unauthorized() {
        return Response.fromResponse(edge(Response.Status.UNAUTHORIZED, "unauthenticated",
                        "需要有效的访问令牌 / A valid bearer token is required").toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.of(Failure.NOT_FOUND, "not-found", "No such resource").toResponse();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return edge(Response.Status.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Method not allowed; allowed: " + e.getResponse().getAllowedMethods()).toResponse();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return edge(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported content type").toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // the JSON reader wraps parse errors in a plain 400
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json);
        }
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.BAD_REQUEST;
        }
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), "http-" + status.getStatusCode(),
                e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String errorId = Ulid.next();
        LOG.errorf(e, "Unexpected error %s", errorId);
        return edge(Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                "Unexpected error; quote " + errorId + " to the operators").toResponse();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    /** The statuses only the HTTP layer answers (401, 405, 415, 500): no service raises them. */
    private static Problem edge(Response.Status status, String slug, String detail) {
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), slug, detail);
    }
}
