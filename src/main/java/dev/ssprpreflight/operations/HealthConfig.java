package dev.ssprpreflight.operations;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the readiness probe demands of the directory (see docs/operations.md, runbook). */
@ConfigMapping(prefix = "sspr.health")
public interface HealthConfig {

    /** Whether Graph refusing our credential or permission since start makes the instance not ready; false only reports it. */
    @WithDefault("true")
    boolean graphAffectsReadiness();

    /** How long one answer of the Graph probe (GET /organization?$select=id) is reused before the next call. */
    @WithDefault("PT30S")
    Duration graphProbeInterval();

    /** How long the Graph probe may take before it counts as a TIMEOUT. */
    @WithDefault("PT5S")
    Duration graphProbeTimeout();

    /** How long a readiness request waits for a running Graph probe before it answers with the previous result. */
    @WithDefault("PT0.5S")
    Duration graphProbeWait();

    /** The registration mirror may be this old (or missing this long after start) before the instance is not ready. */
    @WithDefault("PT2H")
    Duration mirrorMaxAge();
}
