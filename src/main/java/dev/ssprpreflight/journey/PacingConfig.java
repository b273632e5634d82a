package dev.ssprpreflight.journey;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the journey evens out response times, so that they do not tell which usernames exist. */
@ConfigMapping(prefix = "sspr.pacing")
public interface PacingConfig {

    /**
     * No check answers sooner than this. Set it above the directory's usual answer time (Graph: one
     * $batch, plus a live methods look for some users), so that every outcome waits the same.
     */
    @WithDefault("PT1S")
    Duration minimumCheckDuration();
}
