package dev.ssprpreflight.audit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the attempt log keeps, and for how long. */
@ConfigMapping(prefix = "sspr.attempt-log")
public interface AttemptLogConfig {

    /** How much of the client's IP address to keep: full, truncated (network part only) or none. */
    @WithDefault("truncated")
    ClientIpMode clientIp();

    /** Attempts and console access records older than this are purged. */
    @WithDefault("P90D")
    Duration retention();

    /** When the retention purge runs (Quartz-style cron; default: every hour). */
    @WithDefault("0 17 * * * ?")
    String purgeCron();
}
