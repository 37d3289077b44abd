package cn.lifeinfo.compliance.identity;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Production never trusts the development sign-in's key: its private half is in the repository, so a token signed
 * with it proves nothing. The start fails rather than serve with it.
 */
@IfBuildProfile("prod")
@ApplicationScoped
public class ProductionIdentityCheck {

    void refuseDevelopmentKey(@Observes StartupEvent start,
                              @ConfigProperty(name = "quarkus.oidc.public-key") Optional<String> publicKey,
                              @ConfigProperty(name = "compliance.identity.development-public-key") String devKey) {
        if (isDevelopmentKey(publicKey.orElse(null), devKey)) {
            throw new IllegalStateException("quarkus.oidc.public-key (QUARKUS_OIDC_PUBLIC_KEY) is the development "
                    + "sign-in's key; set the insurer's IdP key or quarkus.oidc.auth-server-url");
        }
    }

    /** PEM armour and line breaks do not make it another key. */
    static boolean isDevelopmentKey(String configured, String devKey) {
        return configured != null && bare(configured).equals(bare(devKey));
    }

    private static String bare(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
