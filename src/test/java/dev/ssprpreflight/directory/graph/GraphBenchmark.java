package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.directory.graph.BenchmarkTenantGraph.Kind;
import io.quarkus.logging.Log;

/**
 * The Graph adapter under load against a local fake Graph with 50 ms latency per HTTP request and the
 * reports throttle (5 requests per 10 s) enforced ({@link BenchmarkTenantGraph}). Not a test: run it by hand, see
 * docs/performance.md.
 * <p>
 * Argument: seconds of load at 20 checks/s (default 60).
 */
public final class GraphBenchmark {

    public static void main(String[] args) throws Exception {
        PlainJvmLogging.toConsole();
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        try (BenchmarkTenantGraph tenant = BenchmarkTenantGraph.start()) {
            run(tenant, seconds);
        }
        System.exit(0);
    }

    private static void run(BenchmarkTenantGraph tenant, int seconds) throws Exception {
        var server = tenant.server();
        int users = BenchmarkTenantGraph.USERS;
        Kind[] kinds = new Kind[users];
        for (int i = 0; i < users; i++) {
            kinds[i] = Kind.of(i);
        }

        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        PreflightService preflight = tenant.adapterAlone(workers);

        Duration roundTrip = tenant.medianRoundTrip();
        // Warm-up (JIT, connections, token, tenant facts), not measured.
        for (int i = 0; i < 40; i++) {
            preflight.check(BenchmarkTenantGraph.username(i % users));
        }

        // Sequential: latency in round trips and Graph requests per check.
        tenant.resetRequests();
        List<Long> sequential = new ArrayList<>();
        int sequentialChecks = 100;
        for (int i = 0; i < sequentialChecks; i++) {
            long start = System.nanoTime();
            preflight.check(BenchmarkTenantGraph.username((i * 7) % users));
            sequential.add(System.nanoTime() - start);
        }
        long graphRequests = tenant.requestsOfOurs();
        if (System.getProperty("bench.debug") != null) {
            server.getAllServeEvents().stream().filter(e -> !BenchmarkTenantGraph.isInner(e)).limit(12)
                    .forEach(e -> Log.infof("%s %s", e.getRequest().getMethod(), e.getRequest().getUrl()));
        }

        // Load: 20 checks/s offered.
        tenant.resetRequests();
        long throttledBefore = tenant.throttle.throttled.get();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong wrong = new AtomicLong();
        AtomicLong userVisibleThrottling = new AtomicLong();
        AtomicLong blockedUnregistered = new AtomicLong();
        var ticker = Executors.newScheduledThreadPool(1);
        int total = seconds * 20;
        CountDownLatch checksDone = new CountDownLatch(total);
        AtomicLong issued = new AtomicLong();
        long loadStart = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            long n = issued.getAndIncrement();
            if (n >= total) {
                return;
            }
            int user = (int) ((n * 37) % users);
            workers.execute(() -> {
                long start = System.nanoTime();
                Verdict verdict = preflight.check(BenchmarkTenantGraph.username(user));
                latencies.add(System.nanoTime() - start);
                if (!kinds[user].right(verdict)) {
                    wrong.incrementAndGet();
                }
                if (verdict.unavailableCause().map(c -> c.contains("429")).orElse(false)) {
                    userVisibleThrottling.incrementAndGet();
                }
                if (kinds[user] == Kind.UNREGISTERED && verdict.outcome() == Outcome.BLOCKED) {
                    blockedUnregistered.incrementAndGet();
                }
                checksDone.countDown();
            });
        }, 0, 50, TimeUnit.MILLISECONDS);
        checksDone.await();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        ticker.shutdownNow();
        long loadRequests = tenant.requestsOfOurs();
        // Anything besides the one $batch per check, by kind, so that an excess can be explained.
        var extra = tenant.requestsBesidesBatches();
        Log.infof("requests under load besides the lookup batches: %s", extra);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Collections.sort(sequential);
        double rt = roundTrip.toNanos();
        new FigureTable().row("| Figure | Measured | Target |").row("|---|---|---|")
                .row("| one Graph round trip (50 ms injected), median | %.1f ms | – |", rt / 1e6)
                .row("| p50 check latency / round trip (sequential) | %.2f | ≤ 1.2 |", pct(sequential, 50) / rt)
                .row("| p95 check latency / round trip (sequential) | %.2f | – |", pct(sequential, 95) / rt)
                .row("| Graph HTTP requests per check, steady state | %.2f (%d for %d checks) | ≤ 1 |",
                        (double) graphRequests / sequentialChecks, graphRequests, sequentialChecks)
                .row("| offered load | 20 checks/s for %d s (%d checks) | – |", seconds, total)
                .row("| achieved | %.1f checks/s | 20 |", total / loadSeconds)
                .row("| p95 check latency under load | %.0f ms | – |", pct(sorted, 95) / 1e6)
                .row("| Graph HTTP requests per check under load | %.2f (%d for %d checks) | ≤ 1 |",
                        (double) loadRequests / total, loadRequests, total)
                .row("| throttled (429) responses seen | %d | – |", tenant.throttle.throttled.get() - throttledBefore)
                .row("| live looks inside the lookup batch under load | %d | – |",
                        tenant.innerRequestsEndingWith("/authentication/methods"))
                .row("| membership checks (checkMemberGroups) inside the lookup batch under load | %d | %d |",
                        tenant.innerRequestsEndingWith("/checkMemberGroups"), total)
                .row("| user-visible throttling (CHECKS_UNAVAILABLE from 429) | %d | 0 |", userVisibleThrottling.get())
                .row("| wrong verdicts | %d | 0 |", wrong.get())
                .row("| truly unregistered users blocked after a live look (rest pass silently) | %d | – |",
                        blockedUnregistered.get())
                .log();
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
