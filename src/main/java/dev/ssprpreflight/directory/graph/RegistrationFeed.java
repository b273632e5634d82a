package dev.ssprpreflight.directory.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.microsoft.graph.models.DirectoryAudit;
import com.microsoft.graph.models.DirectoryAuditCollectionResponse;
import com.microsoft.graph.models.OperationResult;
import com.microsoft.graph.models.TargetResource;
import com.microsoft.graph.models.UserIdentity;
import com.microsoft.graph.serviceclient.GraphServiceClient;

import dev.ssprpreflight.check.RegistrationActivity;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.directory.RegistrationEventStore;
import dev.ssprpreflight.directory.RegistrationEventStore.Coverage;
import dev.ssprpreflight.directory.RegistrationEventStore.Event;
import dev.ssprpreflight.directory.ReplicaId;
import dev.ssprpreflight.directory.SsprAuditStore;
import io.quarkus.logging.Log;

/**
 * A feed of recent security-info registrations from Entra's audit log ({@code GET /auditLogs/directoryAudits}), for
 * every user at once: it tells whether a user's row of the registration report, which lags by hours, still stands
 * ({@link RegistrationActivity#NONE_SINCE_REPORT}: the block may rest on it without a live look) or is outdated
 * ({@link RegistrationActivity#SINCE_REPORT}).
 *
 * <h2>What it reads</h2>
 * The audit events that record a change of a user's security info (Microsoft's names, matched without regard to case):
 * <ul>
 * <li>service {@value #AUTHENTICATION_METHODS}, category UserManagement: "User registered security info", "User
 * registered all required security info", "User updated security info", "User changed default security info", "User
 * deleted security info", "Admin registered security info", "Admin updated security info", "Admin deleted security
 * info" (MicrosoftDocs/entra-docs {@code docs/identity/monitoring-health/reference-audit-activities.md}, commits
 * 092dd5c1 and fcc432a9, section "Authentication Methods"; the events of combined registration, "in the Authentication
 * Methods service", with their statuses:
 * {@code docs/identity/authentication/howto-registration-mfa-sspr-combined-troubleshoot.md},
 * commit 1b8952bb);</li>
 * <li>service {@value #SELF_SERVICE_PASSWORD_MANAGEMENT}, category UserManagement: "Security info saved for
 * self-service password reset" (reference-audit-activities.md, section "Self-service password management") and its
 * older name "User registered for self-service password reset" (entra-docs
 * {@code docs/identity/authentication/howto-sspr-reporting.md}, commit 07cd7acd: "registered all the required
 * information", actor and target the user).</li>
 * </ul>
 * Not read as changes: "User started security info registration", "User canceled security info registration",
 * "User reviewed security info" (the user confirmed what was there), "Get passkey creation options", the password
 * resets and changes, and any event whose {@code result} is {@code failure} (the troubleshooting page: a failed
 * "registered all required" means the user cancelled, a failed delete deleted nothing). Deletions count: the row is
 * outdated either way, and an outdated row means no block without a live look, the safe side.
 * <p>
 * The user of an event: each entry of {@code targetResources} of type {@code User} (its {@code id} and
 * {@code userPrincipalName}); for the activities a user performs on their own security info ("User ...", and the
 * self-service password management ones, whose "activity actor" and "activity target" are both the user), also
 * {@code initiatedBy.user}. Never the initiator of an "Admin ..." event, who is the administrator.
 * (Fields: microsoft-graph-docs-contrib {@code api-reference/v1.0/resources/directoryaudit.md}, commit 090b00cc, and
 * {@code resources/targetresource.md}, commit 16835746.)
 *
 * <h2>How it asks</h2>
 * {@code $filter} supports {@code eq}, {@code ge}, {@code le} and {@code startswith} ({@code api/directoryaudit-list.md},
 * commit 05296ab3): {@code activityDateTime} {@code ge}, {@code loggedByService} {@code eq}, {@code activityDisplayName}
 * {@code eq}/{@code startswith}; {@code category} is not filterable. Combining with {@code and} is documented
 * (entra-docs {@code howto-analyze-activity-logs-with-microsoft-graph.md} filters on a date range {@code and} a
 * property); {@code or} and {@code in} are not. Every request costs a slot of the reports throttle (directoryAudit is
 * an identity and access reports API: about 5 requests per 10 s per app per tenant), so a poll sends one request when
 * it is caught up: {@code activityDateTime ge <from> and loggedByService eq '<service>'}, one service per poll in turn
 * (the one read least recently first, unless its last read failed), and picks the activities out of the answer here.
 * A read longer than one page (a cold start's look-back of a busy log: 100,000 events are 200 pages) goes on over
 * several polls, {@value #PAGES_PER_POLL} pages at most in each, and only its first page has the feed's priority in
 * the reports budget: the others leave the checks their slots and wait while the mirror's first copy pages. Asking per
 * activity name
 * would cost eight requests per poll; asking without the service would page through the whole tenant's audit log.
 * {@code $top} is {@value #PAGE_SIZE} (the documentation names no maximum); no {@code $orderby}, as the events are
 * kept by id, not by position.
 *
 * <h2>Late events, overlap, freshness</h2>
 * Audit events reach the log late: "Audit logs | 2 mins (95th percentile) | 5 mins (99th percentile)" (MicrosoftDocs/azure-docs
 * {@code articles/active-directory/reports-monitoring/reference-reports-latencies.md}, commit c4b85a83; its successor,
 * entra-docs {@code docs/identity/monitoring-health/reference-log-latency.md}, commit f1392717, names no figures and
 * warns that delays in the infrastructure add to them). So each read of a service starts {@link #LATE_ARRIVAL}
 * before the previous one began, and an event seen twice is kept once (by its {@code id} and user). An event that
 * arrives within five minutes is therefore read by the first poll of its service after it arrived.
 * <p>
 * What "fresh" vouches for: the feed answers {@link RegistrationActivity#NONE_SINCE_REPORT} when every service was read
 * completely less than {@code freshFor} ago ({@link #status()}: its {@code lastCompleteReadAt} is the oldest of those reads'
 * starts) and the reading reaches back to the report row's time less {@code reportMargin}. It cannot see an event that
 * had not yet reached the audit log when the last read began. So a user whose report row says "not registered" and who
 * registered in the last few minutes (about 2 minutes for 95 % of events, 5 minutes for 99 %, plus up to two poll
 * periods) gets {@link RegistrationActivity#NONE_SINCE_REPORT}, and a check that blocks on it tells that user to
 * register, which they just did. That is accepted because it is bounded and heals itself: the late event is read by
 * the first poll of its service after it arrives (the overlap keeps it in reach), and from then on every check of that
 * user finds {@link RegistrationActivity#SINCE_REPORT} and does not block; the user who tries again a few minutes
 * later passes. What guards it beyond that is the block's own wording (it should say that a registration made in the
 * last few minutes may not be visible yet). An event later than the overlap (beyond the documented 99th percentile) is
 * missed by the feed; that user then waits for the report itself (hours), as every user did before the feed. Events older than
 * {@code lookBack} plus {@code reportMargin} are
 * forgotten, and the coverage moves up with them, so the feed never vouches for a time it no longer holds.
 * <p>
 * Entra keeps audit events 7 days (Free) or 30 days (P1/P2) (entra-docs
 * {@code docs/identity/monitoring-health/reference-reports-data-retention.md}, commit eb184c96); a look-back longer
 * than that reads nothing more.
 *
 * <h2>Self-service password reset events</h2>
 * Every event of {@value #SELF_SERVICE_PASSWORD_MANAGEMENT} that a read returns, whatever its activity (the password
 * resets, the flow's steps, "Blocked from self-service password reset", names Microsoft adds later), also goes to the
 * {@link SsprAuditStore}, as {@link SsprAuditEvents} reads it, without a request of its own: the lockout check judges
 * from there. They are stored before the service's coverage moves on, and a read that stops keeps those it found, as
 * for the registrations; the overlap and the store's keying by event id keep each once. Events older than
 * {@code sspr.graph.sspr-audit.keep-for} are purged at each poll of the lease holder. A switched-off feed reads
 * nothing, so there are no such events then either.
 *
 * <h2>Replicas</h2>
 * Only the holder of the store's poll lease polls; every other replica's {@link #poll()} does nothing, and all answer
 * {@link #activitySince} from the {@link RegistrationEventStore}, shared in the database when there are several.
 */
final class RegistrationFeed {

    /** The audit service of combined security-info registration. */
    static final String AUTHENTICATION_METHODS = "Authentication Methods";
    /** The audit service of self-service password reset, which also logs SSPR registrations. */
    static final String SELF_SERVICE_PASSWORD_MANAGEMENT = "Self-service Password Management";

    /**
     * How far each read reaches back before the previous one began: the documented 99th percentile of the audit log's
     * latency (reference-reports-latencies.md, see the class comment).
     */
    static final Duration LATE_ARRIVAL = Duration.ofMinutes(5);

    /** Events per page ({@code $top}). */
    static final int PAGE_SIZE = 500;

    /** How long a poll waits for one slot of the reports budget before it gives up until the next poll. */
    private static final Duration MAX_WAIT_PER_PAGE = Duration.ofSeconds(30);

    /**
     * Pages one poll reads at most; then it stores what it found and yields until the next poll, which goes on from
     * the next link. One window of the documented throttle (5 requests per 10 s): a cold start's look-back of a busy
     * audit log (100,000 events are 200 pages) would otherwise hold the feed's thread, and the lock on the service's
     * coverage, for minutes in one poll.
     */
    static final int PAGES_PER_POLL = 5;

    /** How long a catch-up page waits for a slot the checks can spare before the poll yields until the next one. */
    private static final Duration MAX_WAIT_CATCH_UP = Duration.ofSeconds(15);

    /** The shortest poll lease: a few polls, and longer than a page's wait for a slot plus the page itself. */
    private static final Duration LEASE_AT_LEAST = Duration.ofMinutes(2);

    /**
     * How long polls pause after an answer that asking again will not change (401, 403, another 4xx but 429): each
     * poll would spend a reports slot on the same refusal, every few seconds, that the checks need.
     */
    static final Duration PAUSE_AFTER_REFUSAL = Duration.ofMinutes(5);

    /** The registration activities, lower case, by service. */
    private static final Map<String, Set<String>> ACTIVITIES = Map.of(
            AUTHENTICATION_METHODS, lowerCase("User registered security info", "User registered all required security info",
                    "User updated security info", "User changed default security info", "User deleted security info",
                    "Admin registered security info", "Admin updated security info", "Admin deleted security info"),
            SELF_SERVICE_PASSWORD_MANAGEMENT, lowerCase("Security info saved for self-service password reset",
                    "User registered for self-service password reset"));

    /** Activities whose initiator is the user whose security info changed (not an administrator). */
    private static final Set<String> BY_THE_USER = lowerCase("User registered security info",
            "User registered all required security info", "User updated security info",
            "User changed default security info", "User deleted security info",
            "Security info saved for self-service password reset", "User registered for self-service password reset");

    /** Graph's {@code initiatedBy.user.id} when no user is known (directoryaudit-list.md, example 2). */
    private static final String NO_ID = "00000000-0000-0000-0000-000000000000";

    private final GraphServiceClient client;
    private final ReportsBudget budget;
    private final Clock clock;
    private final GraphConfig.RegistrationFeed settings;
    private final GraphHealth health;
    private final RegistrationEventStore store;
    private final SsprAuditStore ssprAudit;
    private final Duration ssprAuditKeepFor;
    private final String holder;
    private final Duration leaseDuration;
    private final ReentrantLock polling = new ReentrantLock();
    private volatile Optional<String> lastFailure = Optional.empty();
    /** The service whose latest read failed: the next poll reads another one first, so that one cannot starve all. */
    private volatile Optional<String> lastFailedService = Optional.empty();
    private volatile Instant pausedUntil = Instant.MIN;
    /** Reads that stopped between pages, by service: the next read of the service goes on with its own. */
    private final Map<String, UnfinishedRead> unfinished = new ConcurrentHashMap<>();

    /**
     * A read of one service that stopped before its last page: it yielded after {@link #PAGES_PER_POLL}, found no
     * slot it could take, or a page failed in a way that asking again may mend (a 429, a server error). The events
     * of its pages are stored already; the next read of the service asks for {@code nextLink} (the page not read
     * yet) and, after the last page, moves the coverage to {@code coveredFrom} .. {@code startedAt}, as if the read
     * had been one.
     *
     * @param service the audit service read
     * @param startedAt when its first page was asked for: what the completed read vouches for
     * @param from the {@code activityDateTime ge} of its filter, for logs
     * @param coveredFrom where the service's coverage starts once the read completes
     * @param firstRead whether the service had never been read completely before (for the log line)
     * @param nextLink the page to ask for next
     */
    private record UnfinishedRead(String service, Instant startedAt, Instant from, Instant coveredFrom,
            boolean firstRead, String nextLink) {

        UnfinishedRead at(String link) {
            return new UnfinishedRead(service, startedAt, from, coveredFrom, firstRead, link);
        }
    }

    /**
     * The outcome of one {@link #poll()}, for logs, tests and the health page.
     *
     * @param complete whether a service was read to its last page and its coverage moved on
     * @param service the audit service read, empty when none was
     * @param pages pages read
     * @param registrationEvents registration events found (one per event and user), held or already held
     * @param failure why the poll stopped or did not read, if it did
     */
    record Poll(boolean complete, Optional<String> service, int pages, int registrationEvents,
            Optional<String> failure) {

        static Poll skipped(String why) {
            return new Poll(false, Optional.empty(), 0, 0, Optional.of(why));
        }
    }

    RegistrationFeed(GraphServiceClient client, ReportsBudget budget, Clock clock, GraphConfig.RegistrationFeed settings,
            GraphHealth health, RegistrationEventStore store) {
        this(client, budget, clock, settings, health, store, ReplicaId.configuredOrGenerated(Optional.empty()));
    }

    /** @param holder this replica's lease-holder id, unique among the replicas (the mirror's, say) */
    RegistrationFeed(GraphServiceClient client, ReportsBudget budget, Clock clock, GraphConfig.RegistrationFeed settings,
            GraphHealth health, RegistrationEventStore store, String holder) {
        this(client, budget, clock, settings, health, store, holder, new dev.ssprpreflight.directory.MemorySsprAuditStore(),
                Duration.ofDays(30));
    }

    /**
     * @param holder this replica's lease-holder id, unique among the replicas (the mirror's, say)
     * @param ssprAudit where the self-service password reset events go
     * @param ssprAuditKeepFor how long they are kept
     */
    RegistrationFeed(GraphServiceClient client, ReportsBudget budget, Clock clock, GraphConfig.RegistrationFeed settings,
            GraphHealth health, RegistrationEventStore store, String holder, SsprAuditStore ssprAudit,
            Duration ssprAuditKeepFor) {
        this.ssprAudit = ssprAudit;
        this.ssprAuditKeepFor = ssprAuditKeepFor;
        this.client = client;
        this.budget = budget;
        this.clock = clock;
        this.settings = settings;
        this.health = health;
        this.store = store;
        this.holder = holder;
        Duration fewPolls = settings.pollEvery().multipliedBy(4);
        this.leaseDuration = fewPolls.compareTo(LEASE_AT_LEAST) > 0 ? fewPolls : LEASE_AT_LEAST;
    }

    /**
     * One scheduled step. As the lease holder (taking the lease if it is free): forgets events past the retention,
     * then reads one service from its cursor less {@link #LATE_ARRIVAL} (the first time: from now less
     * {@code lookBack}) to now, page after page, each after a slot of the reports budget, and stores the events and
     * the service's new coverage. After {@link #PAGES_PER_POLL} pages, or when a further page finds no slot the checks
     * can spare, it stores what it found and yields: the next read of that service goes on from the next link. A read
     * that fails keeps the cursor where it was (the events it found are stored); after a 429, a server error or a
     * network failure the next read of the service asks for the failed page again, after any other failure it reads
     * the same span again; either way another service is read first, if there is one. After
     * a refusal that asking again will not change (a missing permission, say) polls pause for
     * {@link #PAUSE_AFTER_REFUSAL}. Without the lease, or when disabled, it does nothing.
     */
    Poll poll() {
        if (!settings.enabled()) {
            return Poll.skipped("the registration feed is disabled");
        }
        if (!polling.tryLock()) {
            return Poll.skipped("a poll is already running");
        }
        try {
            Instant now = clock.instant();
            if (now.isBefore(pausedUntil)) {
                return Poll.skipped("paused until " + pausedUntil + " after: " + lastFailure.orElse("a refusal"));
            }
            Map<String, Coverage> coverage;
            try {
                if (!store.tryLease(holder, now, leaseDuration)) {
                    // Whoever holds it now reads from the stored coverage; a link of ours would read twice.
                    unfinished.clear();
                    return Poll.skipped("another replica holds the registration feed's lease");
                }
                store.prune(now.minus(settings.lookBack()).minus(settings.reportMargin()));
                coverage = store.coverage();
            } catch (RuntimeException e) {
                return failed(Optional.empty(), 0, 0, "the registration events store failed: " + e.getMessage());
            }
            purgeSsprAudit(now);
            // The service read least recently (never read: first), unless it is the one that just failed.
            List<String> services = ACTIVITIES.keySet().stream().sorted()
                    .sorted(Comparator.comparing((String s) -> Optional.ofNullable(coverage.get(s))
                            .map(Coverage::polledUntil).orElse(Instant.MIN)))
                    .toList();
            String service = services.stream().filter(s -> lastFailedService.map(f -> !f.equals(s)).orElse(true))
                    .findFirst().orElse(services.get(0));
            Optional<Coverage> previous = Optional.ofNullable(coverage.get(service));
            Optional<UnfinishedRead> goOn = Optional.ofNullable(unfinished.get(service));
            if (budget.firstCopyPaging() && (goOn.isPresent() || previous
                    .map(read -> readWithin(read, now, settings.freshFor().dividedBy(2))).orElse(false))) {
                // While the mirror's first copy pages, only keep fresh: every slot spared goes to that copy.
                return Poll.skipped("the mirror's first copy is paging and this service was read lately or is "
                        + "catching up");
            }
            return goOn.isPresent() ? read(goOn.get(), Optional.empty()) : read(service, previous, now);
        } finally {
            polling.unlock();
        }
    }

    /** Forgets SSPR events past their retention; a failure waits for the next poll and stops nothing. */
    private void purgeSsprAudit(Instant now) {
        try {
            ssprAudit.purge(now.minus(ssprAuditKeepFor));
        } catch (RuntimeException e) {
            Log.warnf("Could not purge old SSPR audit events: %s", e.getMessage());
        }
    }

    private static boolean readWithin(Coverage read, Instant now, Duration within) {
        return Duration.between(read.polledUntil(), now).compareTo(within) < 0;
    }

    /**
     * What the audit log says about the user's security info since their report row was made.
     *
     * @param objectId the user's object id
     * @param userPrincipalName the user's UPN (any case)
     * @param reportRowUpdatedAt the row's {@code lastUpdatedDateTime}
     * @return {@link RegistrationActivity#SINCE_REPORT} when a registration event of the user (by object id or UPN) at
     *         or after the row's time less {@code reportMargin} is held; else
     *         {@link RegistrationActivity#NONE_SINCE_REPORT} when the feed is fresh and reaches back that far; else
     *         {@link RegistrationActivity#UNKNOWN}
     */
    RegistrationActivity activitySince(String objectId, String userPrincipalName, Instant reportRowUpdatedAt) {
        if (!settings.enabled()) {
            return RegistrationActivity.UNKNOWN;
        }
        Instant since = reportRowUpdatedAt.minus(settings.reportMargin());
        try {
            Optional<Instant> latest = store.latestEventOf(lower(objectId), lower(userPrincipalName));
            if (latest.isPresent() && !latest.get().isBefore(since)) {
                return RegistrationActivity.SINCE_REPORT;
            }
            Optional<Coverage> reach = reach(store.coverage());
            if (reach.isEmpty() || !fresh(reach.get()) || reach.get().coveredFrom().isAfter(since)) {
                return RegistrationActivity.UNKNOWN;
            }
            return RegistrationActivity.NONE_SINCE_REPORT;
        } catch (RuntimeException e) {
            Log.warnf("The registration events store could not be read: %s", e.getMessage());
            return RegistrationActivity.UNKNOWN;
        }
    }

    /**
     * Whether every self-service password management event since {@code since} has been read: the service's reads
     * reach back that far without a gap and the latest is fresh ({@code freshFor}).
     */
    boolean ssprEventsReadSince(Instant since) {
        Coverage read = store.coverage().get(SELF_SERVICE_PASSWORD_MANAGEMENT);
        return read != null && !read.coveredFrom().isAfter(since) && fresh(read);
    }

    /** The feed as the lookup asks it ({@link BatchLookup} knows the object id only after the lookup). */
    RegistrationActivityLookup asLookup() {
        return (objectId, userPrincipalName, rowUpdatedAt) -> activitySince(objectId.orElse(null), userPrincipalName,
                rowUpdatedAt);
    }

    /**
     * The feed as the health page shows it: {@code lastCompleteReadAt} is the start of the oldest of the latest
     * complete reads of each service (the feed has seen every event that had reached the audit log by then);
     * {@code lastFailure} is why this replica's latest poll failed, empty once one completes again.
     */
    DirectoryStatus.Feed status() {
        try {
            Optional<Coverage> reach = reach(store.coverage());
            return new DirectoryStatus.Feed(settings.enabled(), settings.enabled() && reach.map(this::fresh).orElse(false),
                    reach.map(Coverage::coveredFrom), reach.map(Coverage::polledUntil), store.eventCount(), lastFailure);
        } catch (RuntimeException e) {
            return new DirectoryStatus.Feed(settings.enabled(), false, Optional.empty(), Optional.empty(), 0,
                    Optional.of("the registration events store failed: " + e.getMessage()));
        }
    }

    /** Gives up the lease (shutdown), so that another replica takes over without waiting for expiry. */
    void releaseLease() {
        store.release(holder);
    }

    /** This replica's lease-holder id. */
    String holder() {
        return holder;
    }

    /** A new read of the service, from its cursor less {@link #LATE_ARRIVAL} (never read: the look-back) to now. */
    private Poll read(String service, Optional<Coverage> previous, Instant now) {
        Instant earliest = now.minus(settings.lookBack());
        Instant from = previous.map(c -> c.polledUntil().minus(LATE_ARRIVAL)).filter(f -> f.isAfter(earliest))
                .orElse(earliest).truncatedTo(ChronoUnit.SECONDS);
        // Continuous when this read starts before the previous one reached: then it extends that coverage.
        Instant coveredFrom = previous.filter(c -> !from.isAfter(c.polledUntil())).map(Coverage::coveredFrom)
                .orElse(from);
        String filter = "activityDateTime ge " + DateTimeFormatter.ISO_INSTANT.format(from)
                + " and loggedByService eq '" + service + "'";
        return read(new UnfinishedRead(service, now, from, coveredFrom, previous.isEmpty(), null), Optional.of(filter));
    }

    /**
     * Reads pages of a service: the first with {@code filter} (a new read), else from {@code read.nextLink()}; up to
     * {@link #PAGES_PER_POLL} in this poll. Only a new read's first page takes the feed's priority slot; the pages after
     * it catch up without priority ({@link ReportsBudget#acquireCatchUp}).
     */
    private Poll read(UnfinishedRead read, Optional<String> filter) {
        String service = read.service();
        List<Event> events = new ArrayList<>();
        List<SsprAuditStore.Event> sspr = new ArrayList<>();
        String nextLink = read.nextLink();
        int pages = 0;
        do {
            if (pages == PAGES_PER_POLL) {
                return yielded(read, nextLink, pages, events, sspr);
            }
            try {
                if (nextLink == null) {
                    if (!budget.acquire(ReportsConsumer.REGISTRATION_FEED, MAX_WAIT_PER_PAGE)) {
                        return failed(service, pages, events, sspr, "no reports budget within " + MAX_WAIT_PER_PAGE);
                    }
                } else if (!budget.acquireCatchUp(MAX_WAIT_CATCH_UP)) {
                    return yielded(read, nextLink, pages, events, sspr);
                }
                if (pages > 0 && !leaseRenewed()) {
                    unfinished.clear();
                    return failed(service, pages, events, sspr, "the registration feed's lease passed to another replica");
                }
                var audits = client.auditLogs().directoryAudits();
                DirectoryAuditCollectionResponse page = nextLink == null ? audits.get(config -> {
                    config.queryParameters.filter = filter.orElseThrow();
                    config.queryParameters.top = PAGE_SIZE;
                }) : audits.withUrl(nextLink).get();
                pages++;
                if (page.getValue() != null) {
                    for (DirectoryAudit audit : page.getValue()) {
                        events.addAll(registrationEvents(service, audit));
                        if (SELF_SERVICE_PASSWORD_MANAGEMENT.equals(service)) {
                            sspr.addAll(SsprAuditEvents.of(audit));
                        }
                    }
                }
                nextLink = page.getOdataNextLink();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(service, pages, events, sspr, "interrupted");
            } catch (RuntimeException e) {
                GraphFailure failure = GraphPager.failure(GraphCall.DIRECTORY_AUDITS, e);
                boolean mendsItself = failure.status() >= 500 || switch (failure.kind()) {
                    case THROTTLED, TIMEOUT, NETWORK -> true;
                    default -> false;
                };
                if (failure.kind() == FailureKind.THROTTLED) {
                    budget.throttled(failure);
                } else if (failure.status() >= 400 && failure.status() < 500) {
                    pausedUntil = clock.instant().plus(PAUSE_AFTER_REFUSAL);
                }
                health.failed(failure);
                // A page that may answer later is asked for again; after a refusal (a link that expired, say) the
                // service is read again from its cursor, which has not moved.
                if (nextLink != null && mendsItself) {
                    unfinished.put(service, read.at(nextLink));
                } else {
                    unfinished.remove(service);
                }
                return failed(service, pages, events, sspr, failure.describe());
            }
        } while (nextLink != null);
        unfinished.remove(service);
        Coverage covered = new Coverage(read.coveredFrom(), read.startedAt());
        try {
            // Before the coverage moves on: a coverage past SSPR events not kept would never read them again.
            ssprAudit.keep(sspr);
        } catch (RuntimeException e) {
            return failed(service, pages, events, List.of(), "the SSPR audit store failed: " + e.getMessage());
        }
        try {
            if (!store.publish(holder, clock.instant(), service, events, Optional.of(covered))) {
                return failed(Optional.of(service), pages, events.size(),
                        "the registration feed's lease passed to another replica before the events were stored");
            }
        } catch (RuntimeException e) {
            return failed(Optional.of(service), pages, events.size(),
                    "the registration events store failed: " + e.getMessage());
        }
        if (read.firstRead()) {
            Log.infof("Registration feed: %s read back to %s, %d registration events in its last %d pages", service,
                    read.from(), events.size(), pages);
        } else {
            Log.debugf("Registration feed: %s read from %s, %d registration events in its last %d pages", service,
                    read.from(), events.size(), pages);
        }
        lastFailure = Optional.empty();
        lastFailedService = Optional.empty();
        return new Poll(true, Optional.of(service), pages, events.size(), Optional.empty());
    }

    /**
     * A read that yields until the next poll: its events are stored now, and the next read of the service goes on
     * from {@code nextLink}. If they cannot be stored, the read starts again from the service's cursor instead, so
     * that no event is skipped.
     */
    private Poll yielded(UnfinishedRead read, String nextLink, int pages, List<Event> events,
            List<SsprAuditStore.Event> sspr) {
        try {
            ssprAudit.keep(sspr);
            store.publish(holder, clock.instant(), read.service(), events, Optional.empty());
        } catch (RuntimeException e) {
            unfinished.remove(read.service());
            return failed(Optional.of(read.service()), pages, events.size(),
                    "the events of an unfinished read could not be stored: " + e.getMessage());
        }
        unfinished.put(read.service(), read.at(nextLink));
        Log.debugf("Registration feed: %s read %d pages, goes on at the next poll", read.service(), pages);
        return new Poll(false, Optional.of(read.service()), pages, events.size(), Optional.empty());
    }

    /** A read that stopped: its events are facts all the same, stored without moving the cursor. */
    private Poll failed(String service, int pages, List<Event> events, List<SsprAuditStore.Event> sspr, String why) {
        if (!sspr.isEmpty()) {
            try {
                ssprAudit.keep(sspr);
            } catch (RuntimeException e) {
                Log.debugf("Could not keep the SSPR events of a stopped registration-feed read: %s", e.getMessage());
            }
        }
        if (!events.isEmpty()) {
            try {
                store.publish(holder, clock.instant(), service, events, Optional.empty());
            } catch (RuntimeException e) {
                Log.debugf("Could not keep the events of a stopped registration-feed read: %s", e.getMessage());
            }
        }
        return failed(Optional.of(service), pages, events.size(), why);
    }

    private Poll failed(Optional<String> service, int pages, int events, String why) {
        // Polls come every few seconds: a failure that goes on is logged once, not at every poll.
        if (lastFailure.filter(why::equals).isEmpty()) {
            Log.warnf("Registration feed poll stopped after %d pages, its cursor kept: %s", pages, why);
        } else {
            Log.debugf("Registration feed poll stopped again: %s", why);
        }
        lastFailure = Optional.of(why);
        lastFailedService = service;
        return new Poll(false, service, pages, events, Optional.of(why));
    }

    /** Renews the lease between pages; a store failure counts as a lost lease. */
    private boolean leaseRenewed() {
        try {
            return store.tryLease(holder, clock.instant(), leaseDuration);
        } catch (RuntimeException e) {
            Log.warnf("Could not renew the registration-feed lease: %s", e.getMessage());
            return false;
        }
    }

    /**
     * The reach of the whole feed: from the latest start of the services' continuous readings, up to the oldest of
     * their latest reads; empty until every service was read completely once.
     */
    private static Optional<Coverage> reach(Map<String, Coverage> coverage) {
        if (!coverage.keySet().containsAll(ACTIVITIES.keySet())) {
            return Optional.empty();
        }
        Instant coveredFrom = Instant.MIN;
        Instant polledUntil = Instant.MAX;
        for (String service : ACTIVITIES.keySet()) {
            Coverage c = coverage.get(service);
            coveredFrom = c.coveredFrom().isAfter(coveredFrom) ? c.coveredFrom() : coveredFrom;
            polledUntil = c.polledUntil().isBefore(polledUntil) ? c.polledUntil() : polledUntil;
        }
        return Optional.of(new Coverage(coveredFrom, polledUntil));
    }

    private boolean fresh(Coverage reach) {
        return Duration.between(reach.polledUntil(), clock.instant()).compareTo(settings.freshFor()) < 0;
    }

    /** The event's users, when it is a successful registration activity of the service read; else none. */
    static List<Event> registrationEvents(String service, DirectoryAudit audit) {
        String activity = lower(audit.getActivityDisplayName());
        if (activity == null || !ACTIVITIES.getOrDefault(service, Set.of()).contains(activity)
                || audit.getId() == null || audit.getActivityDateTime() == null
                || audit.getResult() == OperationResult.Failure) {
            return List.of();
        }
        Set<UserRef> users = new LinkedHashSet<>();
        if (audit.getTargetResources() != null) {
            for (TargetResource target : audit.getTargetResources()) {
                if ("user".equalsIgnoreCase(target.getType())) {
                    user(users, target.getId(), target.getUserPrincipalName());
                }
            }
        }
        if (BY_THE_USER.contains(activity) && audit.getInitiatedBy() != null
                && audit.getInitiatedBy().getUser() != null) {
            UserIdentity initiator = audit.getInitiatedBy().getUser();
            user(users, initiator.getId(), initiator.getUserPrincipalName());
        }
        Instant at = audit.getActivityDateTime().toInstant();
        return users.stream().map(user -> new Event(audit.getId(), user.objectId(), user.userPrincipalName(), at))
                .toList();
    }

    /** A user an event names, by lower-case object id and UPN, either of them null when not named. */
    private record UserRef(String objectId, String userPrincipalName) {
    }

    private static void user(Set<UserRef> users, String id, String upn) {
        String objectId = id == null || id.isBlank() || NO_ID.equals(id) ? null : lower(id);
        String name = upn == null || upn.isBlank() ? null : lower(upn);
        if (objectId != null || name != null) {
            users.add(new UserRef(objectId, name));
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerCase(String... names) {
        Set<String> lower = new LinkedHashSet<>();
        for (String name : names) {
            lower.add(name.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(lower);
    }
}
