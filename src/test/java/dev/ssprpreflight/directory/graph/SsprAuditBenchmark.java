package dev.ssprpreflight.directory.graph;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.awaitility.core.ConditionTimeoutException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import dev.ssprpreflight.directory.MemorySsprAuditStore;
import dev.ssprpreflight.directory.RegistrationEventStore;
import dev.ssprpreflight.directory.SsprAuditStore;
import dev.ssprpreflight.directory.store.DatabaseRegistrationEventStore;
import dev.ssprpreflight.directory.store.DatabaseSsprAuditStore;
import io.quarkus.logging.Log;

/**
 * The SSPR audit mirror's catch-up and steady cost: the real {@link RegistrationFeed} with its shipped settings (first
 * poll 5 s after start, then every 5 s, look-back one day, a page of {@value RegistrationFeed#PAGE_SIZE}) and the
 * shipped reports budget (5 requests per 10 s + 1 s margin, in memory), through the real Graph SDK, against an
 * {@link SsprAuditLogGraph} with 50 ms latency per request and the documented reports throttle enforced. The SSPR
 * audit store starts empty, as after a first start. Nothing else takes reports slots (no checks, no mirror): the
 * feed's best case. Not a test: run it by hand, see docs/performance.md.
 * <p>
 * Arguments, all optional: {@code [events] [steady minutes] [arrivals per minute] [memory|database]} (defaults 100000,
 * 2, 20, memory). {@code database} keeps the SSPR and registration events in the database stores on an in-memory H2
 * migrated by the project's Flyway migrations.
 * <p>
 * Prints the catch-up (time from the feed's start until the store holds every one of the {@code events} SSPR events
 * that were in the log at start, the reports requests and 429s until then, and when the feed first decided), then, for
 * {@code steady minutes} after the catch-up while new SSPR events arrive at the given rate: reports requests per
 * minute, 429s, and the lag of the new events (from their arrival in the audit log to their being in the store; the
 * audit log's own delay at Entra, minutes, comes on top). Events arrive from the start, also during the catch-up.
 */
public final class SsprAuditBenchmark {

    static final int LATENCY_MS = 50;
    /** Users the SSPR events are about. */
    static final int USERS = 20_000;
    /** "User registered security info" events of the Authentication Methods service in the day. */
    static final int AUTH_METHODS_EVENTS = 200;

    public static void main(String[] args) throws Exception {
        PlainJvmLogging.toConsole();
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int steadyMinutes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int perMinute = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        boolean database = args.length > 3 && args[3].equals("database");
        AtomicReference<String> baseUrl = new AtomicReference<>();
        SsprAuditLogGraph log = new SsprAuditLogGraph(events, AUTH_METHODS_EVENTS, USERS, baseUrl::get);
        FakeGraph graph = FakeGraph.withoutJournal(log);
        baseUrl.set(graph.baseUrl());
        log.install(graph, LATENCY_MS);
        // The adapter for its Graph client only (its own feed off); the feed below is built as the adapter builds it.
        GraphDirectory directory = new GraphDirectory(FakeGraphSettings.config(graph), FakeGraphSettings.tenant(),
                FakeGraphSettings.policy(), Duration.ofSeconds(3), null, null, null, null);
        try {
            run(graph, log, directory, events, steadyMinutes, perMinute, database);
        } finally {
            directory.stop();
            graph.stop();
        }
        System.exit(0);
    }

    private static void run(FakeGraph graph, SsprAuditLogGraph log, GraphDirectory directory, int events,
            int steadyMinutes, int perMinute, boolean database) throws Exception {
        GraphConfig shipped = FakeGraphSettings.config(graph, FakeGraphSettings.Knobs.AS_SHIPPED);
        var throttle = shipped.reportsThrottle();
        ReportsBudget budget = ReportsBudget.local(throttle.requests(), throttle.window(), throttle.margin(),
                throttle.reservedForChecks());
        RegistrationEventStore registrations;
        SsprAuditStore sspr;
        if (database) {
            DataSource h2 = migratedH2();
            registrations = new DatabaseRegistrationEventStore(h2);
            sspr = new DatabaseSsprAuditStore(h2);
        } else {
            registrations = new MemoryRegistrationEventStore();
            sspr = new MemorySsprAuditStore();
        }
        Watched watched = new Watched(sspr, events, log);
        GraphConfig.RegistrationFeed settings = shipped.registrationFeed();
        RegistrationFeed feed = new RegistrationFeed(directory.client(), budget, Clock.systemUTC(), settings,
                new GraphHealth(), registrations, "benchmark", watched, shipped.ssprAudit().keepFor());

        Map<Integer, Long> arrivedAt = new ConcurrentHashMap<>();
        ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        AtomicLong firstFreshAt = new AtomicLong();
        arrivals.scheduleAtFixedRate(() -> {
            int n = SsprAuditLogGraph.ssprNumber(log.arrive());
            arrivedAt.put(n, System.nanoTime());
        }, 60_000 / perMinute, 60_000 / perMinute, TimeUnit.MILLISECONDS);
        // As GraphDirectory schedules it: the first poll when the mirror's first read would come, then every pollEvery.
        poller.scheduleWithFixedDelay(() -> {
            try {
                feed.poll();
            } catch (RuntimeException e) {
                Log.warnf("poll failed: %s", e);
            }
        }, shipped.registrationMirror().firstRefreshAfter().toMillis(), settings.pollEvery().toMillis(),
                TimeUnit.MILLISECONDS);
        watcher.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            if (firstFreshAt.get() == 0 && feed.status().fresh()) {
                firstFreshAt.set(now);
            }
            long seconds = (now - start) / 1_000_000_000L;
            if (seconds % 30 == 0 && watched.caughtUpAt.get() == 0) {
                Log.infof("%5d s: SSPR pages served %d, Authentication Methods pages %d, 429s %d, store %d events,"
                        + " slots %s", seconds, log.ssprPages.get(), log.authMethodsPages.get(), log.throttled.get(),
                        watched.eventCount(), budget.shares().granted());
            }
        }, 0, 1, TimeUnit.SECONDS);

        try {
            // Polled every 100 ms: the catch-up is reported to that resolution.
            await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> watched.caughtUpAt.get() != 0);
        } catch (ConditionTimeoutException e) {
            Log.warn("the store did not hold every SSPR event within 60 minutes");
        }
        long caughtUpAt = watched.caughtUpAt.get();
        long catchUpRequests = watched.requestsAtCatchUp.get();
        long catchUpThrottled = watched.throttledAtCatchUp.get();
        long catchUpSsprPages = watched.ssprPagesAtCatchUp.get();
        long catchUpArrivals = arrivedAt.size();

        long steadyStart = System.nanoTime();
        long requestsBefore = log.requests();
        long ssprBefore = log.ssprPages.get();
        long amBefore = log.authMethodsPages.get();
        long throttledBefore = log.throttled.get();
        int firstSteady = events + arrivedAt.size();
        long steadyNanos = TimeUnit.MINUTES.toNanos(steadyMinutes);
        await().atMost(Duration.ofMinutes(steadyMinutes + 1L)).pollInterval(Duration.ofMillis(100))
                .until(() -> System.nanoTime() - steadyStart >= steadyNanos);
        long steadyEnd = System.nanoTime();
        double minutes = (steadyEnd - steadyStart) / 60e9;
        long steadyRequests = log.requests() - requestsBefore;
        arrivals.shutdownNow();
        poller.shutdownNow();
        watcher.shutdownNow();

        List<Long> duringCatchUp = new ArrayList<>();
        List<Long> steady = new ArrayList<>();
        int missing = 0;
        int newest = -1;
        for (var arrival : arrivedAt.entrySet()) {
            Long kept = watched.keptAt.get(arrival.getKey());
            if (arrival.getValue() >= steadyEnd) {
                continue;
            }
            if (kept == null || kept > steadyEnd) {
                missing++;
                continue;
            }
            (arrival.getKey() < firstSteady ? duringCatchUp : steady).add(kept - arrival.getValue());
            newest = Math.max(newest, arrival.getKey());
        }
        Collections.sort(duringCatchUp);
        Collections.sort(steady);
        Long newestLag = newest < 0 ? null : watched.keptAt.get(newest) - arrivedAt.get(newest);

        FigureTable table = new FigureTable();
        table.row("| Figure | Measured |%n|---|---|");
        table.row("| audit log | %,d SSPR events over the day before start, %d Authentication Methods events;"
                + " new SSPR events at %d per minute from start | ", events, AUTH_METHODS_EVENTS, perMinute);
        table.row("| store | %s | ", database ? "database (H2 in memory, Flyway)" : "memory");
        table.row("| feed settings | first poll after %s, poll every %s, look-back %s, page size ($top) %d |",
                shipped.registrationMirror().firstRefreshAfter(), settings.pollEvery(), settings.lookBack(),
                RegistrationFeed.PAGE_SIZE);
        table.row("| catch-up: store holds all %,d SSPR events after start | %s |", events,
                caughtUpAt == 0 ? "never" : String.format("%.1f s", (caughtUpAt - start) / 1e9));
        table.row("| catch-up: reports requests (SSPR pages) / 429s | %d (%d) / %d |", catchUpRequests,
                catchUpSsprPages, catchUpThrottled);
        table.row("| registration feed first fresh (deciding) after start | %s |",
                firstFreshAt.get() == 0 ? "never" : String.format("%.1f s", (firstFreshAt.get() - start) / 1e9));
        table.row("| events that arrived during the catch-up: lag p50 / max | %s / %s (%d events) |",
                seconds(pct(duringCatchUp, 50)), seconds(pct(duringCatchUp, 100)), duringCatchUp.size());
        table.row("| steady state | %.1f min after the catch-up |", minutes);
        table.row("| steady: reports requests per minute | %.1f (%d: %d SSPR, %d Authentication Methods) |",
                steadyRequests / minutes, steadyRequests, log.ssprPages.get() - ssprBefore,
                log.authMethodsPages.get() - amBefore);
        table.row("| steady: 429s | %d |", log.throttled.get() - throttledBefore);
        table.row("| steady: lag of new events p50 / p95 / max | %s / %s / %s (%d events) |",
                seconds(pct(steady, 50)), seconds(pct(steady, 95)), seconds(pct(steady, 100)), steady.size());
        table.row("| steady: lag of the newest event in the store at the end | %s |",
                newestLag == null ? "–" : seconds(newestLag));
        table.row("| events in the log but not yet in the store at the end | %d |", missing);
        table.row("| most reports requests in any 10 s (whole run) | %d (limit 5) |", log.mostInAnyWindow());
        table.row("| store at the end | %,d SSPR events |", watched.eventCount());
        table.row("| slots granted (whole run) | %s |", budget.shares().granted());
        table.log();
    }

    private static DataSource migratedH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:ssprauditbench;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        return h2;
    }

    private static String seconds(Long nanos) {
        return nanos == null ? "–" : String.format("%.1f s", nanos / 1e9);
    }

    private static Long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? null
                : sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    /**
     * The store the feed writes to, watched: when each SSPR event was first kept, and when the last of the
     * {@code initial} ones was (the catch-up), with the fake's counters at that moment.
     */
    private static final class Watched implements SsprAuditStore {

        private final SsprAuditStore store;
        private final int initial;
        private final BitSet initialKept = new BitSet();
        final Map<Integer, Long> keptAt = new ConcurrentHashMap<>();
        final AtomicLong caughtUpAt = new AtomicLong();
        final AtomicLong requestsAtCatchUp = new AtomicLong();
        final AtomicLong ssprPagesAtCatchUp = new AtomicLong();
        final AtomicLong throttledAtCatchUp = new AtomicLong();
        private final SsprAuditLogGraph log;

        Watched(SsprAuditStore store, int initial, SsprAuditLogGraph log) {
            this.store = store;
            this.initial = initial;
            this.log = log;
        }

        @Override
        public synchronized void keep(List<Event> events) {
            store.keep(events);
            long now = System.nanoTime();
            for (Event event : events) {
                int n = SsprAuditLogGraph.ssprNumber(event.eventId());
                if (n >= initial) {
                    keptAt.putIfAbsent(n, now);
                } else if (n >= 0) {
                    initialKept.set(n);
                }
            }
            if (caughtUpAt.get() == 0 && initialKept.cardinality() == initial) {
                requestsAtCatchUp.set(log.requests());
                ssprPagesAtCatchUp.set(log.ssprPages.get());
                throttledAtCatchUp.set(log.throttled.get());
                caughtUpAt.set(now);
            }
        }

        @Override
        public List<Event> eventsOf(String objectId, Instant since) {
            return store.eventsOf(objectId, since);
        }

        @Override
        public List<Event> eventsOf(Set<String> objectIds, Instant from, Instant to) {
            return store.eventsOf(objectIds, from, to);
        }

        @Override
        public long purge(Instant before) {
            return store.purge(before);
        }

        @Override
        public long eventCount() {
            return store.eventCount();
        }
    }
}
