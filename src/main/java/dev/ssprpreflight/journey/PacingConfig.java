package dev.ssprpreflight.journey;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** How the journey evens out response times, so that they do not tell which usernames exist. */
@ConfigMapping(prefix = "sspr.pacing")
public interface PacingConfig {

    /**
     * No check answers sooner than this. Unset (the default): the check's budget ({@code sspr.check.timeout}),
     * the one duration that no outcome can exceed, so that a slow Graph answer for some users (the reports
     * API, a live look, a cold tenant cache) never shows. A shorter floor answers faster but lets every
     * check slower than it show through.
     */
    Optional<Duration> minimumCheckDuration();
}
