package cn.lifeinfo.compliance.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Optional;

/**
 * Where the pages sign in: the IdP the service trusts (its discovery document is at
 * {@code <authServerUrl>/.well-known/openid-configuration}) and the pages' public client. The pages run the
 * authorization-code flow with PKCE themselves and call the API with the user's own token.
 */
@PermitAll
@Path("/pages/sign-in")
public class PagesSignInResource {

    private final String authServerUrl;
    private final String clientId;

    /** No IdP URL (a service verifying a fixed public key only): the pages say that sign-in is not configured. */
    public PagesSignInResource(@ConfigProperty(name = "compliance.pages.auth-server-url") Optional<String> authServerUrl,
                               @ConfigProperty(name = "compliance.pages.client-id") String clientId) {
        this.authServerUrl = authServerUrl.orElse(null);
        this.clientId = clientId;
    }

    public record SignIn(String authServerUrl, String clientId, String scope) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where the managers' page and the rules console sign in (no token needed)")
    public SignIn signIn() {
        return new SignIn(authServerUrl, clientId, "openid");
    }
}
