package dev.ssprpreflight.journey.ratelimit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How often the journey may check usernames. Every limit is a token bucket: {@code capacity} checks
 * at once, refilled evenly over {@code period}. The defaults stop scripted enumeration and Graph
 * flooding while leaving a whole office behind one NAT address room for a busy morning.
 */
@ConfigMapping(prefix = "sspr.rate-limit")
public interface RateLimitConfig {

    /** Whether the limits apply at all; switch off only behind another rate limiter. */
    @WithDefault("true")
    boolean enabled();

    /** Where the buckets live: {@code memory} (one instance) or {@code database} (shared by replicas, PostgreSQL). */
    @WithDefault("memory")
    Store store();

    /** Checks one client address may run (an IPv6 /64 counts as one address). */
    PerClient perClient();

    /** Checks of one target username, from anywhere: stops a distributed probe of one account. */
    PerAccount perAccount();

    /** Most buckets kept in memory; the least recently used are forgotten first. */
    @WithDefault("100000")
    long memoryMaxEntries();

    /** How often expired buckets are purged from the database store. */
    @WithDefault("PT10M")
    Duration purgeEvery();

    /** Where the buckets live. */
    enum Store {
        /** In this process: right for a single instance. */
        MEMORY,
        /** In the attempt log's PostgreSQL database, so that all replicas count together. */
        DATABASE
    }

    /** One token bucket. */
    interface Limit {

        /** Checks allowed in a burst. */
        long capacity();

        /** Time in which a spent bucket fills up again. */
        Duration period();
    }

    /** The per-client bucket: 30 checks per 10 minutes, about what a busy office behind one NAT address needs. */
    interface PerClient extends Limit {

        /** Checks allowed in a burst from one address. */
        @Override
        @WithDefault("30")
        long capacity();

        /** Time in which an address's spent bucket fills up again. */
        @Override
        @WithDefault("PT10M")
        Duration period();
    }

    /** The per-account bucket: 10 checks of one username per hour; a person needs two or three. */
    interface PerAccount extends Limit {

        /** Checks of one username allowed in a burst. */
        @Override
        @WithDefault("10")
        long capacity();

        /** Time in which a username's spent bucket fills up again. */
        @Override
        @WithDefault("PT1H")
        Duration period();
    }
}
