package dev.ssprpreflight.directory.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.microsoft.graph.models.AuthorizationPolicy;
import com.microsoft.graph.models.Domain;
import com.microsoft.graph.models.Organization;
import com.microsoft.graph.models.VerifiedDomain;

import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.SubscribedSku;
import dev.ssprpreflight.check.TenantFacts;
import io.quarkus.logging.Log;

/**
 * The organisation's facts, read with a user lookup's batch when they are missing or older than the
 * TTL, and reused in between. While one lookup refreshes them, the others keep using the old ones, so
 * an expiry never makes every check pay for the tenant calls at once. The activated directory roles
 * ({@link ActivatedRoles}) are read and kept with them, for the same TTL.
 */
final class TenantFactsCache {

    private final Clock clock;
    private final Duration ttl;
    private final boolean detectFederatedDomains;
    private final Optional<Boolean> passwordWritebackEnabled;
    private final SsprPolicy policy;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Cached cached;

    private record Cached(TenantFacts facts, boolean onPremisesSyncEnabled, Instant readAt,
            Optional<ActivatedRoles> roles) {
    }

    TenantFactsCache(Clock clock, Duration ttl, boolean detectFederatedDomains,
            Optional<Boolean> passwordWritebackEnabled, SsprPolicy policy) {
        this.policy = policy;
        this.clock = clock;
        this.ttl = ttl;
        this.detectFederatedDomains = detectFederatedDomains;
        this.passwordWritebackEnabled = passwordWritebackEnabled;
    }

    /** The SSPR policy as configured, which every tenant fact carries. */
    SsprPolicy policy() {
        return policy;
    }

    /** {@code sspr.tenant.password-writeback-enabled} as configured. */
    Optional<Boolean> passwordWritebackEnabled() {
        return passwordWritebackEnabled;
    }

    boolean detectFederatedDomains() {
        return detectFederatedDomains;
    }

    /** The facts, if ever read; possibly older than the TTL while a refresh is on its way. */
    Optional<TenantFacts> current() {
        Cached c = cached;
        return c == null ? Optional.empty() : Optional.of(c.facts());
    }

    /** The facts if they were read within the TTL. */
    Optional<TenantFacts> fresh() {
        Cached c = cached;
        return c == null || !clock.instant().isBefore(c.readAt().plus(ttl)) ? Optional.empty() : Optional.of(c.facts());
    }

    /** The activated directory roles as last read with the facts; empty when they could never be read. */
    Optional<ActivatedRoles> activatedRoles() {
        Cached c = cached;
        return c == null ? Optional.empty() : c.roles();
    }

    /** When the facts were last read. */
    Optional<Instant> readAt() {
        Cached c = cached;
        return c == null ? Optional.empty() : Optional.of(c.readAt());
    }

    /**
     * Whether this lookup should read the tenant facts: always when there are none, else when they are
     * stale and no other lookup is reading them. A {@code true} must be followed by {@link #update} or
     * {@link #refreshFailed}.
     */
    boolean claimRefresh() {
        Cached c = cached;
        if (c == null) {
            refreshing.set(true);
            return true;
        }
        boolean stale = !clock.instant().isBefore(c.readAt().plus(ttl));
        return stale && refreshing.compareAndSet(false, true);
    }

    void refreshFailed() {
        refreshing.set(false);
    }

    /**
     * Stores freshly read facts.
     *
     * @param subscriptions the organisation's subscriptions; empty when {@code /subscribedSkus} could not be read
     * @param roles the activated directory roles; empty when they could not be read this time, which keeps the ones
     *        read before (a role list minutes old still explains most role objects)
     */
    TenantFacts update(Organization organization, AuthorizationPolicy authorization, List<Domain> domains,
            Optional<List<SubscribedSku>> subscriptions, Optional<ActivatedRoles> roles) {
        Set<String> federated = domains.stream()
                .filter(d -> "federated".equalsIgnoreCase(d.getAuthenticationType()) && d.getId() != null)
                .map(d -> d.getId().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        boolean synced = Boolean.TRUE.equals(organization.getOnPremisesSyncEnabled());
        TenantFacts facts = new TenantFacts(
                Objects.requireNonNullElse(organization.getId(), ""),
                Objects.requireNonNullElse(organization.getDisplayName(), ""),
                Optional.ofNullable(organization.getOnPremisesLastSyncDateTime()).map(OffsetDateTime::toInstant),
                federated,
                // Absent means the default, which lets administrators use SSPR.
                !Boolean.FALSE.equals(authorization.getAllowedToUseSSPR()),
                passwordWritebackEnabled,
                organization.getVerifiedDomains() == null ? Set.of()
                        : organization.getVerifiedDomains().stream().map(VerifiedDomain::getName)
                                .filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()),
                synced,
                subscriptions,
                policy);
        Cached previous = cached;
        Optional<ActivatedRoles> keptRoles = roles.isPresent() || previous == null ? roles : previous.roles();
        cached = new Cached(facts, synced, clock.instant(), keptRoles);
        refreshing.set(false);
        if ((synced || !federated.isEmpty()) && passwordWritebackEnabled.isEmpty()
                && (previous == null || !previous.onPremisesSyncEnabled())) {
            // Chosen over failing at start: Graph cannot tell whether writeback is on, and the app should
            // not refuse to start because a Graph call at boot failed. Without the setting the
            // WRITEBACK_NOT_ENABLED check stays silent, so say it loudly.
            Log.warn("The organisation syncs from on-premises (or has federated domains), but "
                    + "sspr.tenant.password-writeback-enabled is not set: WRITEBACK_NOT_ENABLED cannot be detected. "
                    + "Set it to true or false.");
        }
        return facts;
    }

    /** Whether the organisation syncs from on-premises while nobody declared the writeback setting. */
    boolean writebackSettingMissing() {
        Cached c = cached;
        return c != null && (c.onPremisesSyncEnabled() || !c.facts().federatedDomains().isEmpty())
                && passwordWritebackEnabled.isEmpty();
    }
}
