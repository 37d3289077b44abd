package cn.lifeinfo.compliance.identity;

import cn.lifeinfo.compliance.common.Failure;
import cn.lifeinfo.compliance.common.FieldError;
import cn.lifeinfo.compliance.common.Problem;
import cn.lifeinfo.compliance.common.ProblemException;
import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the insurer's IdP while developing, so that the run command works with no IdP: the pages sign in
 * through it with the same authorization-code + PKCE flow they use against Keycloak in production, and curl users
 * take a token from {@code /dev/sign-in/tokens/{user}}. Users and roles come from {@code compliance.dev-sign-in.users}.
 * Absent from the production build ({@code @UnlessBuildProfile("prod")}).
 */
@UnlessBuildProfile("prod")
@PermitAll
@Path("/dev/sign-in")
public class DevSignInResource {

    private final DevSignInConfig config;
    private final DevSignInCodes codes;
    private volatile PrivateKey key;

    public DevSignInResource(DevSignInConfig config, DevSignInCodes codes) {
        this.config = config;
        this.codes = codes;
    }

    @GET
    @Path("/.well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Object> discovery(@Context UriInfo uri) {
        String base = uri.getBaseUri().resolve("dev/sign-in").toString();
        return Map.of("issuer", config.issuer(), "authorization_endpoint", base + "/authorize",
                "token_endpoint", base + "/token", "response_types_supported", List.of("code"),
                "code_challenge_methods_supported", List.of("S256"));
    }

    /** The sign-in page: one button per development user; a known {@code login_hint} signs in at once. */
    @GET
    @Path("/authorize")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response authorize(@QueryParam("redirect_uri") String redirectUri, @QueryParam("state") String state,
                              @QueryParam("code_challenge") String challenge,
                              @QueryParam("login_hint") String loginHint, @Context UriInfo uri) {
        URI target = redirectTarget(redirectUri, uri);
        requireChallenge(challenge);
        if (loginHint != null && config.users().containsKey(loginHint)) {
            return redirectWithCode(target, loginHint, challenge, state);
        }
        return Response.ok(DevSignInPage.html(config.users(), redirectUri, state, challenge)).build();
    }

    @POST
    @Path("/authorize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response choose(@FormParam("user") String user, @FormParam("redirect_uri") String redirectUri,
                           @FormParam("state") String state, @FormParam("code_challenge") String challenge,
                           @Context UriInfo uri) {
        URI target = redirectTarget(redirectUri, uri);
        requireChallenge(challenge);
        return redirectWithCode(target, knownUser(user), challenge, state);
    }

    /** OAuth 2 token endpoint: the authorization code with its PKCE verifier, as the pages send it. */
    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Object> token(@FormParam("grant_type") String grantType, @FormParam("code") String code,
                                     @FormParam("code_verifier") String verifier) {
        if (!"authorization_code".equals(grantType)) {
            throw invalid("grant_type", "authorization_code");
        }
        String user = codes.redeem(code, verifier).orElseThrow(() -> invalid("code", "unknown, used or expired"));
        return Map.of("access_token", tokenFor(user), "token_type", "Bearer",
                "expires_in", config.tokenLifetime().toSeconds());
    }

    /** For curl: {@code TOKEN=$(curl -s localhost:8080/dev/sign-in/tokens/alice)}. */
    @GET
    @Path("/tokens/{user}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String plainToken(@PathParam("user") String user) {
        return tokenFor(knownUser(user));
    }

    private String tokenFor(String user) {
        DevSignInConfig.DevUser u = config.users().get(user);
        boolean manager = u.roles().contains(Roles.MANAGER);
        return DevTokens.sign(signingKey(), config.issuer(), config.tokenLifetime(), user, u.roles(),
                manager ? u.branches() : null);
    }

    private Response redirectWithCode(URI target, String user, String challenge, String state) {
        String code = codes.issue(user, challenge);
        String sep = target.getQuery() == null ? "?" : "&";
        return Response.seeOther(URI.create(target + sep + "code=" + code
                + (state == null ? "" : "&state=" + java.net.URLEncoder.encode(state,
                java.nio.charset.StandardCharsets.UTF_8)))).build();
    }

    /** Only back to a page of this service: a sign-in must not become an open redirect. */
    private static URI redirectTarget(String redirectUri, UriInfo uri) {
        URI target;
        try {
            target = redirectUri == null ? null : uri.getBaseUri().resolve(redirectUri);
        } catch (IllegalArgumentException e) {
            target = null;
        }
        URI base = uri.getBaseUri();
        if (target == null || !base.getHost().equals(target.getHost()) || base.getPort() != target.getPort()) {
            throw invalid("redirect_uri", "a page of this service");
        }
        return target;
    }

    private static void requireChallenge(String challenge) {
        if (challenge == null || challenge.length() < 43) {
            throw invalid("code_challenge", "a PKCE S256 challenge is required");
        }
    }

    private String knownUser(String user) {
        if (user == null || !config.users().containsKey(user)) {
            throw invalid("user", "one of " + config.users().keySet().stream().sorted().toList());
        }
        return user;
    }

    private PrivateKey signingKey() {
        if (key == null) {
            key = DevTokens.readKey(java.nio.file.Path.of(config.privateKeyFile()));
        }
        return key;
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(Failure.INVALID, "invalid-sign-in",
                "The development sign-in request is invalid: " + field)
                .withErrors(List.of(new FieldError(field, message))));
    }
}
