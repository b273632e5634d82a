package dev.ssprpreflight.wiring;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of one preflight check. */
@ConfigMapping(prefix = "sspr.check")
public interface CheckConfig {

    /** The total time budget of one check; past it the user is sent to the portal anyway. */
    @WithDefault("PT3S")
    Duration timeout();
}
