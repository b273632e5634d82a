package dev.ssprpreflight.operations;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the readiness probe demands of the directory (see docs/operations.md, runbook). */
@ConfigMapping(prefix = "sspr.health")
public interface HealthConfig {

    /** Whether an unreachable Graph makes the instance not ready; false only reports it in the probe's data. */
    @WithDefault("true")
    boolean graphAffectsReadiness();

    /** How long one reachability verdict is reused, so that frequent probes compare over a useful span. */
    @WithDefault("PT30S")
    Duration graphProbeInterval();

    /** The registration mirror may be this old (or missing this long after start) before the instance is not ready. */
    @WithDefault("PT2H")
    Duration mirrorMaxAge();
}
