package dev.ssprpreflight.journey.challenge;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The proof-of-work challenge that a client meets once it checks more usernames than a person would
 * (the soft limit). A browser solves it in about a second; a script pays for every check.
 */
@ConfigMapping(prefix = "sspr.challenge")
public interface ChallengeConfig {

    /** Whether clients over the soft limit must solve a challenge before each further check. */
    @WithDefault("true")
    boolean enabled();

    /** Checks a client may run without a challenge within {@link #period()}: the soft limit. */
    @WithDefault("5")
    long after();

    /** Time in which the soft limit fills up again. */
    @WithDefault("PT10M")
    Duration period();

    /** Leading zero bits the solution's SHA-256 must have; each bit doubles the work (18: about a second in a browser). */
    @WithDefault("18")
    int difficulty();

    /** How long an issued challenge can be solved and used. */
    @WithDefault("PT5M")
    Duration validFor();

    /**
     * Key that signs challenges (at least 32 characters). Unset: a random key per start, which is
     * right for one instance; replicas must share one.
     */
    Optional<String> secret();
}
