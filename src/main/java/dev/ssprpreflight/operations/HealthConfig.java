package dev.ssprpreflight.operations;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the readiness probe reports of the directory and the database, and the one thing it demands (see
 * docs/operations.md, Health): causes shared by every replica are reported, never a reason to be not ready.
 */
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

    /**
     * The registration mirror may be this old (or missing this long after start) before it is reported as too old
     * (readiness data, health page, metric); the instance stays ready, as every replica shares the mirror's age.
     */
    @WithDefault("PT2H")
    Duration mirrorMaxAge();

    /** How often the database is asked whether it answers (read by DatabaseReachability's schedule). */
    @WithDefault("PT10S")
    Duration databaseCheckInterval();

    /** How long that question may take (JDBC's isValid, in whole seconds, at least one). */
    @WithDefault("PT2S")
    Duration databaseCheckTimeout();
}
