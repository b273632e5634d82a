package dev.ssprpreflight.journey.ratelimit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How often the journey may check usernames. Every limit is a token bucket: {@code capacity} checks
 * at once, refilled evenly over {@code period}. The defaults stop scripted enumeration and Graph
 * flooding while leaving a whole office behind one NAT address room for a busy morning.
 * <p>
 * A check counts against the narrowest limits first: its client, the client's network, the target
 * username, and last the global ceiling, so that a client refused by its own limit never spends a
 * token that everybody shares.
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

    /**
     * Checks from one network (an IPv4 /24, an IPv6 /48), however many addresses of it are used: stops a
     * client that holds a block of addresses from spreading its checks over them.
     */
    PerNetwork perNetwork();

    /** Checks of one target username, from anywhere: stops a distributed probe of one account. */
    PerAccount perAccount();

    /** Checks from all clients together: the ceiling that keeps us inside Graph's throttles. */
    Global global();

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

    /**
     * The per-network bucket: 120 checks per 10 minutes from one IPv4 /24 or IPv6 /48. Such a block is a
     * whole office, a campus building or an ISP's customer block, where four busy NAT addresses' worth of
     * people (4 × the per-client 30) can check at once; a script that rotates through the block's
     * addresses gets no more than that.
     */
    interface PerNetwork extends Limit {

        /** Checks allowed in a burst from one network. */
        @Override
        @WithDefault("120")
        long capacity();

        /** Time in which a network's spent bucket fills up again. */
        @Override
        @WithDefault("PT10M")
        Duration period();
    }

    /**
     * The global ceiling: 600 checks per minute from all clients together. One check is one Graph
     * {@code $batch} of up to four requests (docs/entra-setup.md, "Throttling and freshness"), so 600 a
     * minute is at most about 400 directory requests per 10 s, a fraction of the per-application-and-tenant
     * budget Microsoft documents for the identity APIs (3,500 to 8,000 resource units per 10 s by tenant
     * size, most reads costing one: Microsoft Graph service-specific throttling limits, "Identity and access
     * service limits") that the console's background readers share with the checks. Past it a flood gets the portal
     * link, instead of Graph's 429s for everybody. Ten checks a second is far more than any organisation's
     * self-service password resets at their busiest.
     */
    interface Global extends Limit {

        /** Checks allowed in a burst from all clients. */
        @Override
        @WithDefault("600")
        long capacity();

        /** Time in which the global bucket fills up again. */
        @Override
        @WithDefault("PT1M")
        Duration period();
    }
}
