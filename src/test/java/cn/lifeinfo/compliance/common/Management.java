package cn.lifeinfo.compliance.common;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the management interface (health, metrics, OpenAPI, Swagger UI) listens in tests: its own port, read from
 * the configuration (QUARKUS_MANAGEMENT_TEST_PORT moves it), never the public port rest-assured is pointed at.
 */
public final class Management {

    private Management() {
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    /** The absolute URL of a management path such as {@code /q/health/ready}. */
    public static String url(String path) {
        return "http://localhost:" + port() + path;
    }
}
