package cn.lifeinfo.compliance.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The development sign-in's users and key (profiles {@code dev} and {@code test} only; the sign-in itself is not
 * in the production build). Each user is {@code compliance.dev-sign-in.users.<name>.roles} and, for managers,
 * {@code .branches}.
 */
@ConfigMapping(prefix = "compliance.dev-sign-in")
public interface DevSignInConfig {

    /** PKCS#8 PEM of the key whose public half {@code quarkus.oidc.public-key} holds in dev and test. */
    @WithDefault("src/main/dev/dev-sign-in-private.pem")
    String privateKeyFile();

    @WithDefault("compliance-dev-sign-in")
    String issuer();

    @WithDefault("8h")
    Duration tokenLifetime();

    Map<String, DevUser> users();

    interface DevUser {
        List<String> roles();

        @WithDefault("*")
        List<String> branches();
    }
}
