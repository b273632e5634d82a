package dev.ssprpreflight.directory.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.directory.PolicyConfig;
import dev.ssprpreflight.directory.TenantConfig;

/**
 * Settings for a {@link GraphDirectory} built by hand against a {@link FakeGraph}, outside Quarkus (the
 * benchmarks and plain tests): client secret, the production reports throttle (5 per 10 s), tenant
 * facts cached for 10 minutes, the mirror kept in memory and not refreshed by the schedule within an
 * hour, writeback declared off, the registration feed off and live looks not cached; variants where tests
 * need other values.
 */
final class FakeGraphSettings {

    private FakeGraphSettings() {
    }

    static TenantConfig tenant() {
        return tenant(false, Set.of());
    }

    /** Writeback declared as given, and these synced groups declared as mirroring AD protected groups. */
    static TenantConfig tenant(boolean passwordWritebackEnabled, Set<String> protectedAccountGroups) {
        return new TenantConfig() {
            @Override
            public Optional<Boolean> passwordWritebackEnabled() {
                return Optional.of(passwordWritebackEnabled);
            }

            @Override
            public Duration syncStaleAfter() {
                return Duration.ofHours(24);
            }

            @Override
            public Duration syncLateAfter() {
                return Duration.ofHours(3);
            }

            @Override
            public Optional<Set<String>> protectedAccountGroups() {
                return protectedAccountGroups.isEmpty() ? Optional.empty() : Optional.of(protectedAccountGroups);
            }
        };
    }

    /** Microsoft's defaults: one method, every method offered, no SSPR group declared. */
    static PolicyConfig policy() {
        return policy(1, Optional.empty());
    }

    /** A user policy requiring this many methods, every method offered, SSPR enabled for this group (if any). */
    static PolicyConfig policy(int methodsRequired, Optional<String> enabledGroup) {
        return new PolicyConfig() {
            @Override
            public int methodsRequired() {
                return methodsRequired;
            }

            @Override
            public Optional<Set<AuthMethod>> methods() {
                return Optional.empty();
            }

            @Override
            public Optional<String> enabledGroup() {
                return enabledGroup;
            }
        };
    }

    static GraphConfig config(FakeGraph graph) {
        return config(graph, Knobs.HAND_BUILT);
    }

    /**
     * What differs between the hand-built adapters of tests and benchmarks.
     *
     * @param firstRefreshAfter when the schedule first reads the report
     * @param feed whether the registration feed runs
     * @param liveLookCacheFor how long a live look is reused
     */
    record Knobs(Duration tenantFactsTtl, int reportsRequests, Duration reportsWindow, Duration firstRefreshAfter,
            boolean feed, Duration liveLookCacheFor) {

        /** Tests drive the mirror themselves; no feed, no cached looks. */
        static final Knobs HAND_BUILT = new Knobs(Duration.ofMinutes(10), 5, Duration.ofSeconds(10), Duration.ofHours(1),
                false, Duration.ZERO);

        /** As shipped: the schedule reads the report 5 s after start, the feed runs, looks are reused for a minute. */
        static final Knobs AS_SHIPPED = new Knobs(Duration.ofMinutes(10), 5, Duration.ofSeconds(10),
                Duration.ofSeconds(5), true, Duration.ofMinutes(1));
    }

    /**
     * For tests of the lookup's facts: the tenant facts read with every lookup (so that each test's organisation
     * stubs count) and a reports budget wide enough that every lookup may ask for its registration row.
     */
    static GraphConfig configReadingTenantEveryLookup(FakeGraph graph) {
        return config(graph, new Knobs(Duration.ZERO, 1000, Duration.ofSeconds(1), Duration.ofHours(1), false,
                Duration.ZERO));
    }

    static GraphConfig config(FakeGraph graph, Knobs knobs) {
        var base = new GraphUnitTest.Config(Optional.of(FakeGraph.TENANT_ID), Optional.of(FakeGraph.CLIENT_ID),
                GraphConfig.CredentialType.CLIENT_SECRET, Optional.of(FakeGraph.CLIENT_SECRET), Optional.<Path> empty(),
                Optional.empty(), Optional.empty(), URI.create(graph.baseUrl()), URI.create(graph.authorityHost()));
        return new GraphConfig() {
            // @formatter:off
            public Optional<String> tenantId() { return base.tenantId(); }
            public Optional<String> clientId() { return base.clientId(); }
            public CredentialType credential() { return base.credential(); }
            public Optional<String> clientSecret() { return base.clientSecret(); }
            public Optional<Path> certificatePath() { return base.certificatePath(); }
            public Optional<String> certificatePassword() { return base.certificatePassword(); }
            public Optional<Path> federatedTokenFile() { return base.federatedTokenFile(); }
            public URI baseUrl() { return base.baseUrl(); }
            public URI authorityHost() { return base.authorityHost(); }
            public Optional<String> scope() { return Optional.empty(); }
            public Duration tenantFactsTtl() { return knobs.tenantFactsTtl(); }
            public boolean detectFederatedDomains() { return false; }
            public Mirror registrationMirror() {
                return new Mirror() {
                    public Duration refreshEvery() { return Duration.ofMinutes(30); }
                    public Duration firstRefreshAfter() { return knobs.firstRefreshAfter(); }
                    public Store store() { return Store.MEMORY; }
                    public Duration syncEvery() { return Duration.ofMinutes(1); }
                    public Duration leaseDuration() { return Duration.ofMinutes(3); }
                    public java.util.Optional<String> replicaId() { return java.util.Optional.empty(); }
                };
            }
            public ReportsThrottle reportsThrottle() {
                return new ReportsThrottle() {
                    public int requests() { return knobs.reportsRequests(); }
                    public Duration window() { return knobs.reportsWindow(); }
                    public Duration margin() { return Duration.ofSeconds(1); }
                    public int reservedForChecks() { return 2; }
                    public Optional<Mirror.Store> store() { return Optional.empty(); }
                };
            }
            public RegistrationFeed registrationFeed() {
                return new RegistrationFeed() {
                    public boolean enabled() { return knobs.feed(); }
                    public Duration pollEvery() { return Duration.ofSeconds(5); }
                    public Duration lookBack() { return Duration.ofDays(1); }
                    public Duration freshFor() { return Duration.ofMinutes(1); }
                    public Duration reportMargin() { return Duration.ofHours(1); }
                };
            }
            public SsprAudit ssprAudit() { return () -> Duration.ofDays(30); }
            public Duration liveLookCacheFor() { return knobs.liveLookCacheFor(); }
            // @formatter:on
        };
    }
}
