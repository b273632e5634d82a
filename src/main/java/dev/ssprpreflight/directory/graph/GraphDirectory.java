package dev.ssprpreflight.directory.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.azure.core.credential.TokenRequestContext;
import com.microsoft.graph.serviceclient.GraphServiceClient;

import dev.ssprpreflight.check.Directory;
import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.check.MethodsAnswer;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.MemorySsprAuditStore;
import dev.ssprpreflight.directory.MirrorStore;
import dev.ssprpreflight.directory.PolicyConfig;
import dev.ssprpreflight.directory.RegistrationEventStore;
import dev.ssprpreflight.directory.ReplicaId;
import dev.ssprpreflight.directory.ReportsLedger;
import dev.ssprpreflight.directory.SsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditTrail;
import dev.ssprpreflight.directory.SsprLockoutLookup;
import dev.ssprpreflight.directory.SsprLockouts;
import dev.ssprpreflight.directory.TenantConfig;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.TenantListing;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;

/**
 * The {@link Directory} backed by Microsoft Graph, and the {@link TenantListing} of readiness scans (see
 * {@link GraphTenantListing}; both share the SDK client, the registration mirror, the tenant facts and
 * the health counts). Created only when {@code sspr.directory=graph} (the producer selects it by its
 * identifier), so its constructor is where the {@code sspr.graph.*} settings are checked: a wrong one
 * stops the start with a message naming the key.
 */
@Singleton
@Identifier("graph")
public class GraphDirectory implements Directory, TenantListing {

    private final BatchLookup batchLookup;
    private final GraphTenantListing listing;
    private final LiveMethodsLookup liveMethods;
    private final RegistrationMirror mirror;
    private final TenantFactsCache tenantCache;
    private final ReportsBudget reportsBudget;
    private final boolean budgetShared;
    private final GraphHealth health = new GraphHealth();
    private final GraphServiceClient client;
    private final ScheduledExecutorService mirrorScheduler;
    private final ScheduledExecutorService feedScheduler;
    private final Optional<RegistrationFeed> feed;
    private final SsprAuditTrail ssprAuditTrail;
    private final ExecutorService tokenFetcher;

    /** What one {@code checkMemberGroups} request accepts. */

    /**
     * How long a user whose check took the registration feed's word gets a live look on a retry: the audit log's
     * documented 99th-percentile latency (5 minutes) and a few polls.
     */
    private static final Duration FEED_DECIDED_RETRY_WINDOW = Duration.ofMinutes(10);

    /** How long the start waits for the first token: long enough for a cold TLS start, short of a stuck deploy. */
    private static final Duration FIRST_TOKEN_WAIT = Duration.ofSeconds(20);

    GraphDirectory(GraphConfig config, TenantConfig tenant, PolicyConfig policy,
            @ConfigProperty(name = "sspr.check.timeout", defaultValue = "PT3S") Duration checkBudget,
            Instance<MirrorStore> mirrorStores, Instance<ReportsLedger> sharedLedgers,
            Instance<RegistrationEventStore> eventStores, Instance<SsprAuditStore> ssprAuditStores) {
        SsprPolicy declared = declaredPolicy(policy, tenant);
        Clock clock = Clock.systemUTC();
        this.tokenFetcher = Executors.newSingleThreadExecutor(daemon("graph-token"));
        CachedTokenCredential credential = new CachedTokenCredential(GraphCredentialFactory.create(config),
                checkBudget, tokenFetcher);
        this.client = GraphClientBuilder.create(config, credential, checkBudget);
        this.budgetShared = budgetStore(config) == GraphConfig.Mirror.Store.DATABASE;
        this.reportsBudget = reportsBudget(config, budgetShared ? sharedLedgers.get() : new LocalReportsLedger());
        this.tenantCache = new TenantFactsCache(clock, config.tenantFactsTtl(), config.detectFederatedDomains(),
                tenant.passwordWritebackEnabled(), declared);
        var mirrorConfig = config.registrationMirror();
        Optional<RegistrationMirror.Sharing> sharing = sharing(mirrorConfig, mirrorStores);
        this.mirror = new RegistrationMirror(client, reportsBudget, clock, mirrorConfig.refreshEvery(), sharing);
        Optional<SsprAuditStore> ssprAudit = ssprAudit(config, sharing, ssprAuditStores);
        this.feed = registrationFeed(config, clock, sharing, eventStores, ssprAudit);
        this.ssprAuditTrail = feed.isPresent() ? ssprAudit.map(SsprAuditTrail::of).orElse(SsprAuditTrail.NOT_READ)
                : SsprAuditTrail.NOT_READ;
        TenantReads tenantReads = new TenantReads(client, tenantCache);
        // A foreseen look is asked for, if at all, within the same check: twice its budget is plenty.
        LiveLookCache liveLooks = new LiveLookCache(config.liveLookCacheFor());
        this.batchLookup = new BatchLookup(client, tenantReads, mirror, reportsBudget, health,
                new RecentUsers(checkBudget.multipliedBy(2)), liveLooks,
                feed.map(RegistrationFeed::asLookup).orElse(RegistrationActivityLookup.NONE),
                new RecentUsers(FEED_DECIDED_RETRY_WINDOW),
                feed.flatMap(reader -> ssprAudit.map(store -> SsprLockouts.over(store, clock, reader::ssprEventsReadSince)))
                        .orElse(SsprLockoutLookup.NOT_READ));
        this.listing = new GraphTenantListing(client, tenantReads, mirror,
                new GraphPager(health, GraphPager.Patience.DEFAULT, GraphPager.SLEEP), health);
        this.liveMethods = new LiveMethodsLookup(client, reportsBudget, health, liveLooks);
        // One daemon thread of our own rather than @Scheduled: a scheduled method would create this
        // bean (and demand Graph settings) even when another directory is selected.
        this.mirrorScheduler = Executors.newSingleThreadScheduledExecutor(daemon("graph-registration-mirror"));
        // Its own thread: a poll may wait for a reports slot (while the mirror's first copy pages, for instance).
        this.feedScheduler = Executors.newSingleThreadScheduledExecutor(daemon("graph-registration-feed"));
        // The first token costs a round trip to Entra ID (and TLS and class loading, seconds on a cold
        // JVM): pay it during start, before the HTTP port opens, not in a user's check.
        firstToken(credential, config);
        // Shared: every replica syncs often (renews or takes the lease, loads newer copies); the holder
        // pages the report once per refresh period. Alone: the instance pages it once per period. Both
        // look at least every minute, so that a first copy that failed is tried again soon.
        Duration period = sharing.isPresent() ? mirrorConfig.syncEvery() : mirrorConfig.refreshEvery();
        period = period.compareTo(RegistrationMirror.FIRST_COPY_RETRY) > 0 ? RegistrationMirror.FIRST_COPY_RETRY
                : period;
        mirrorScheduler.scheduleWithFixedDelay(this::refreshMirrorQuietly,
                mirrorConfig.firstRefreshAfter().toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        // Every replica polls on schedule; only the holder of the feed's lease reads the audit log.
        feed.ifPresent(reader -> feedScheduler.scheduleWithFixedDelay(() -> pollFeedQuietly(reader),
                mirrorConfig.firstRefreshAfter().toMillis(), config.registrationFeed().pollEvery().toMillis(),
                TimeUnit.MILLISECONDS));
        Log.infof("Microsoft Graph directory at %s, credential %s", config.baseUrl(),
                config.credential().name().toLowerCase().replace('_', '-'));
    }

    @Override
    public DirectoryAnswer lookup(String userPrincipalName, Instant deadline) {
        try {
            return batchLookup.lookup(userPrincipalName, deadline);
        } catch (RuntimeException e) {
            // Whatever the SDK throws past our translation still must not become a 500.
            GraphFailure failure = GraphFailure.fromException(GraphCall.BATCH, e);
            health.failed(failure);
            return new DirectoryAnswer.Unavailable(failure.describe(), List.of());
        }
    }

    @Override
    public MethodsAnswer liveMethods(String userObjectId, Instant deadline) {
        if (batchLookup.foresawLiveLook(userObjectId)) {
            // The lookup foresaw this look and already asked the reports budget for it in its batch: it got
            // the methods (and the checks would not ask), or had no slot, or the inner request failed.
            // Asking again milliseconds later would only race for a slot that freed in between.
            return MethodsAnswer.declined(List.of());
        }
        return liveMethods.methods(userObjectId, deadline);
    }

    @Override
    public List<Group> findGroups(String displayName) throws ListingFailure {
        return listing.findGroups(displayName);
    }

    @Override
    public OptionalLong countUsers(ScanScope scope) {
        return listing.countUsers(scope);
    }

    @Override
    public void forEachPage(ScanScope scope, PageHandler pages) throws ListingFailure, InterruptedException {
        listing.forEachPage(scope, pages);
    }

    /** Reads the registration report again now; for tests in this package (the schedule syncs instead). */
    RegistrationMirror.Refresh refreshRegistrationMirror() {
        return mirror.refresh();
    }

    /** Entra's SSPR events as the registration feed keeps them; {@link SsprAuditTrail#NOT_READ} when it is off. */
    public SsprAuditTrail ssprAuditTrail() {
        return ssprAuditTrail;
    }

    /** The reports budget's slots by consumer and the registration feed's state, for metrics and the health page. */
    DirectoryStatus.Confirmation confirmation() {
        ReportsBudget.Shares shares = reportsBudget.shares();
        return new DirectoryStatus.Confirmation(shares.granted(), shares.refused(), shares.capacity(),
                shares.reservedForChecks(), shares.mirrorEverCompleted(), budgetShared, shares.ledgerFailures(),
                feed.map(RegistrationFeed::status).orElse(DirectoryStatus.Feed.off()));
    }

    /**
     * What the adapter has seen of Graph since start (failures by kind, the permissions Graph said are missing, the
     * tenant facts, the mirror), for {@link GraphStatus}.
     */
    DirectoryStatus.Remote remote() {
        return new DirectoryStatus.Remote(health.failureCounts(), reportsBudget.throttledSeen(), health.lastFailure(),
                tenantCache.readAt(), mirror.size(), mirror.age(), health.missingPermissions(),
                tenantCache.passwordWritebackEnabled(), tenantCache.writebackSettingMissing(),
                tenantCache.current().flatMap(TenantFacts::lastSyncAt), health.unreadableRoles(),
                health.adminSignalDisagreements(), tenantCache.policy());
    }

    /**
     * One cheap Graph call now ({@code GET /organization?$select=id}) for the readiness probe, given up
     * after {@code timeout}. The caller caches it; nothing here does.
     */
    DirectoryStatus.Probe probe(Duration timeout) {
        return GraphProbe.probe(client, health, timeout);
    }

    /**
     * The declared policy, refused at start when its groups do not fit one {@code checkMemberGroups} call ("You can
     * check up to a maximum of 20 groups per request", directoryobject-checkmembergroups).
     */
    private static SsprPolicy declaredPolicy(PolicyConfig policy, TenantConfig tenant) {
        SsprPolicy declared = PolicyConfig.declared(policy, tenant);
        if (declared.declaredGroupIds().size() > PolicyConfig.MAX_DECLARED_GROUPS) {
            throw new IllegalStateException("sspr.tenant.protected-account-groups and sspr.policy.enabled-group declare "
                    + declared.declaredGroupIds().size() + " groups; Graph checks a user's membership in at most "
                    + PolicyConfig.MAX_DECLARED_GROUPS + " groups at once: declare at most "
                    + PolicyConfig.MAX_DECLARED_GROUPS
                    + " (for example one synced group that nests the protected groups)");
        }
        return declared;
    }

    private static void firstToken(CachedTokenCredential credential, GraphConfig config) {
        try {
            credential.fetch(new TokenRequestContext().addScopes(GraphClientBuilder.scope(config)))
                    .get(FIRST_TOKEN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Not fatal: the checks will try again and report CHECKS_UNAVAILABLE with the reason.
            Log.warnf("Could not get a first Graph token within %s (%s); check the sspr.graph.* credential settings",
                    FIRST_TOKEN_WAIT, e.getCause() == null ? e.getClass().getSimpleName()
                            : e.getCause().getClass().getSimpleName());
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The reports budget, in memory or shared through the database ({@code sspr.graph.reports-throttle.store}, by
     * default as the mirror is kept): replicas that share the mirror share the budget, so that together they stay
     * within Graph's limit.
     */
    private static GraphConfig.Mirror.Store budgetStore(GraphConfig config) {
        return config.reportsThrottle().store().orElse(config.registrationMirror().store());
    }

    private static ReportsBudget reportsBudget(GraphConfig config, ReportsLedger ledger) {
        var throttle = config.reportsThrottle();
        if (!(ledger instanceof LocalReportsLedger)) {
            Log.infof("Reports budget shared through the database: %d requests per %s for all replicas together",
                    throttle.requests(), throttle.window());
        }
        return new ReportsBudget(ledger, throttle.requests(), throttle.window(), throttle.margin(),
                throttle.reservedForChecks());
    }

    private static Optional<RegistrationMirror.Sharing> sharing(GraphConfig.Mirror config,
            Instance<MirrorStore> stores) {
        if (config.store() != GraphConfig.Mirror.Store.DATABASE) {
            return Optional.empty();
        }
        if (config.leaseDuration().compareTo(config.syncEvery()) <= 0) {
            throw new IllegalStateException("sspr.graph.registration-mirror.lease-duration (" + config.leaseDuration()
                    + ") must be longer than sspr.graph.registration-mirror.sync-every (" + config.syncEvery()
                    + "), or the lease holder loses its lease between two syncs");
        }
        String holder = ReplicaId.configuredOrGenerated(config.replicaId());
        Log.infof("Registration mirror shared through the database; this replica's lease holder id is %s", holder);
        return Optional.of(new RegistrationMirror.Sharing(stores.get(), holder, config.leaseDuration()));
    }

    /**
     * The registration feed, unless switched off; its events in the database when the mirror is shared there (the
     * replicas then share one reader, the holder of the feed's lease, named like the mirror's holder).
     */
    private Optional<RegistrationFeed> registrationFeed(GraphConfig config, Clock clock,
            Optional<RegistrationMirror.Sharing> sharing, Instance<RegistrationEventStore> eventStores,
            Optional<SsprAuditStore> ssprAudit) {
        GraphConfig.RegistrationFeed settings = config.registrationFeed();
        if (!settings.enabled() || ssprAudit.isEmpty()) {
            Log.info("Registration feed off (sspr.graph.registration-feed.enabled=false): live looks alone confirm "
                    + "the registration report, and no SSPR audit event is read, so no check can see that "
                    + "Microsoft's portal blocks a user for 24 hours (RESET_LOCKED_OUT is never raised)");
            return Optional.empty();
        }
        Duration keepFor = config.ssprAudit().keepFor();
        if (sharing.isEmpty()) {
            return Optional.of(new RegistrationFeed(client, reportsBudget, clock, settings, health,
                    new MemoryRegistrationEventStore(), ReplicaId.configuredOrGenerated(Optional.empty()),
                    ssprAudit.get(), keepFor));
        }
        return Optional.of(new RegistrationFeed(client, reportsBudget, clock, settings, health, eventStores.get(),
                sharing.get().holder(), ssprAudit.get(), keepFor));
    }

    /**
     * Where the feed keeps the SSPR audit events, chosen like its registration events (in the database when the mirror
     * is shared there, else in memory); none when the feed is off, for then nothing reads them.
     */
    private static Optional<SsprAuditStore> ssprAudit(GraphConfig config, Optional<RegistrationMirror.Sharing> sharing,
            Instance<SsprAuditStore> stores) {
        if (!config.registrationFeed().enabled()) {
            return Optional.empty();
        }
        if (config.ssprAudit().keepFor().compareTo(SsprLockouts.LOCKOUT) < 0) {
            throw new IllegalStateException("sspr.graph.sspr-audit.keep-for (" + config.ssprAudit().keepFor()
                    + ") must be at least " + SsprLockouts.LOCKOUT + ", the time Microsoft blocks a user after too "
                    + "many reset attempts");
        }
        return Optional.of(sharing.isPresent() ? stores.get() : new MemorySsprAuditStore());
    }

    private static void pollFeedQuietly(RegistrationFeed feed) {
        try {
            feed.poll();
        } catch (RuntimeException e) {
            Log.warnf("Registration feed poll failed: %s", e.getClass().getSimpleName());
        }
    }

    private void refreshMirrorQuietly() {
        try {
            mirror.sync();
        } catch (RuntimeException e) {
            Log.warnf("Registration mirror refresh failed: %s", e.getClass().getSimpleName());
        }
    }

    /** One scheduled mirror step now (shared: lease, then page or load); for tests in this package. */
    RegistrationMirror.Refresh syncRegistrationMirror() {
        return mirror.sync();
    }

    /** The SDK client, for tests in this package that drive the mirror with their own budget. */
    GraphServiceClient client() {
        return client;
    }

    @PreDestroy
    void stop() {
        mirrorScheduler.shutdownNow();
        feedScheduler.shutdownNow();
        feed.ifPresent(reader -> {
            try {
                reader.releaseLease();
            } catch (RuntimeException e) {
                Log.debugf("Could not release the registration feed's lease at shutdown (it expires): %s", e.getMessage());
            }
        });
        try {
            mirror.releaseLease();
        } catch (RuntimeException e) {
            Log.debugf("Could not release the registration-mirror lease at shutdown (it expires): %s", e.getMessage());
        }
        tokenFetcher.shutdownNow();
    }
}
