package cn.lifeinfo.compliance.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Not ready while a writer's thread is dead or its oldest row has waited longer than compliance.audit.max-lag: the
 * instance would only answer 503s, so the load balancer should send the traffic elsewhere.
 */
@Readiness
@ApplicationScoped
public class WriterReadiness implements HealthCheck {

    private final Writers writers;
    private final long maxLagMillis;

    public WriterReadiness(Writers writers, @ConfigProperty(name = "compliance.audit.max-lag") Duration maxLag) {
        this.writers = writers;
        this.maxLagMillis = maxLag.toMillis();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("writers").up();
        for (BatchedWriter<?> w : writers.all()) {
            long lag = w.oldestWaitMillis();
            boolean alive = w.alive();
            response.withData(w.name(), (alive ? "alive" : "DEAD") + ", " + w.depth() + " queued, lag " + lag + " ms");
            if (!alive || lag > maxLagMillis) {
                response.down();
            }
        }
        return response.build();
    }
}
