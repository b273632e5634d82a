package dev.ssprpreflight.directory.graph;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.directory.graph.TrafficTenantGraph.Kind;
import io.quarkus.logging.Log;

/**
 * Registration verdicts under traffic that keeps arriving: the adapter as shipped (the mirror read 5 s after start, the
 * registration feed, live looks reused for a minute, the reports throttle at 5 per 10 s) against a
 * {@link TrafficTenantGraph} with 50 ms latency per request and the documented reports throttle enforced. Not a test:
 * run it by hand, see docs/performance.md.
 * <ul>
 * <li>{@code cold-start [users] [checks/s] [unregistered %] [seconds after the mirror]}: the adapter starts with an
 * empty mirror into steady traffic; prints when the mirror completed and how many unregistered users were blocked
 * after it (defaults 2000, 2, 15, 120).</li>
 * <li>{@code busy-hour [users] [checks/s] [unregistered %] [seconds]}: after the mirror's first copy and the feed's
 * first read, traffic at the given rate; prints wrong and degraded verdicts, Graph requests per check and 429s
 * (defaults 2000, 20, 12, 60).</li>
 * </ul>
 * A check is wrong when it blocks someone who is not blocked in truth, or does not block for the right reason; it is
 * degraded when an unregistered user passes because nothing confirmed the report in time (no feed decision, no live
 * look); CHECKS_UNAVAILABLE counts as wrong.
 */
public final class RegistrationTrafficBenchmark {

    static final int LATENCY_MS = 50;
    /** Rows per report page: small, so that the first copy takes many slots (Graph documents no page size). */
    static final int REPORT_PAGE = 100;
    static final int JUST_REGISTERED_PERCENT = 3;

    private record Judged(Kind kind, Verdict verdict, long atNanos) {
    }

    public static void main(String[] args) throws Exception {
        PlainJvmLogging.toConsole();
        String scenario = args.length > 0 ? args[0] : "busy-hour";
        boolean cold = scenario.equals("cold-start");
        int users = arg(args, 1, 2000);
        int rate = arg(args, 2, cold ? 2 : 20);
        int unregistered = arg(args, 3, cold ? 15 : 12);
        int seconds = arg(args, 4, cold ? 120 : 60);
        AtomicReference<String> baseUrl = new AtomicReference<>();
        TrafficTenantGraph tenant = new TrafficTenantGraph(users, REPORT_PAGE, unregistered, JUST_REGISTERED_PERCENT,
                baseUrl::get);
        FakeGraph graph = new FakeGraph(tenant);
        baseUrl.set(graph.baseUrl());
        tenant.install(graph, LATENCY_MS);
        try {
            if (cold) {
                coldStart(graph, tenant, users, rate, seconds);
            } else {
                busyHour(graph, tenant, users, rate, seconds);
            }
        } finally {
            graph.stop();
        }
        System.exit(0);
    }

    private static void coldStart(FakeGraph graph, TrafficTenantGraph tenant, int users, int rate, int secondsAfter)
            throws Exception {
        long start = System.nanoTime();
        GraphDirectory directory = adapter(graph);
        PreflightService preflight = preflight(directory);
        ConcurrentLinkedQueue<Judged> judged = new ConcurrentLinkedQueue<>();
        AtomicLong mirrorCompleteAt = new AtomicLong();
        AtomicLong feedFreshAt = new AtomicLong();
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(1);
        ExecutorService workers = Executors.newCachedThreadPool();
        AtomicLong issued = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            if (issued.get() % (rate * 10L) == 0) {
                // Progress every 10 s, so that a stalled first copy shows while it happens.
                Log.infof("%5.0f s: mirror %d users, report pages served %d, 429s %d, slots %s",
                        (now - start) / 1e9, directory.remote().mirrorUsers(), tenant.reportPages.get(),
                        tenant.throttled.get(), directory.confirmation().granted());
            }
            if (mirrorCompleteAt.get() == 0 && directory.remote().mirrorAge().isPresent()) {
                mirrorCompleteAt.set(now);
            }
            if (feedFreshAt.get() == 0 && directory.confirmation().feed().fresh()) {
                feedFreshAt.set(now);
            }
            if (mirrorCompleteAt.get() != 0 && now - mirrorCompleteAt.get() > secondsAfter * 1_000_000_000L) {
                done.countDown();
                return;
            }
            int user = (int) (issued.getAndIncrement() % users);
            workers.execute(() -> judged.add(new Judged(tenant.kindOf(user), preflight.check(TrafficTenantGraph.upn(user)),
                    System.nanoTime())));
        }, 0, 1000 / rate, TimeUnit.MILLISECONDS);
        if (!done.await(15, TimeUnit.MINUTES)) {
            Log.warn("the mirror did not complete within 15 minutes");
        }
        ticker.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        long completeAt = mirrorCompleteAt.get();
        long unregisteredAfter = judged.stream().filter(j -> j.kind() == Kind.UNREGISTERED && j.atNanos() > completeAt)
                .count();
        long blockedAfter = judged.stream().filter(j -> j.kind() == Kind.UNREGISTERED && j.atNanos() > completeAt)
                .filter(j -> j.verdict().blocks().contains(Reason.METHODS_NOT_REGISTERED)).count();
        long unregisteredBefore = judged.stream().filter(j -> j.kind() == Kind.UNREGISTERED && j.atNanos() <= completeAt)
                .count();
        long blockedBefore = judged.stream().filter(j -> j.kind() == Kind.UNREGISTERED && j.atNanos() <= completeAt)
                .filter(j -> j.verdict().blocks().contains(Reason.METHODS_NOT_REGISTERED)).count();
        FigureTable table = new FigureTable();
        table.row("| Figure | Measured | Target |%n|---|---|---|");
        table.row(
                "| tenant | %d users, report pages of %d (%d pages), %d %% unregistered, %d %% registered an hour ago | – |",
                users, REPORT_PAGE, (users + REPORT_PAGE - 1) / REPORT_PAGE, tenant.kindPercent(Kind.UNREGISTERED),
                JUST_REGISTERED_PERCENT);
        table.row("| traffic from start | %d checks/s, distinct users | – |", rate);
        table.row("| mirror complete after start | %.1f s | – |", (completeAt - start) / 1e9);
        table.row("| registration feed deciding after start | %s | – |",
                feedFreshAt.get() == 0 ? "never" : String.format("%.1f s", (feedFreshAt.get() - start) / 1e9));
        table.row("| unregistered users blocked before the mirror completed | %d of %d | – |", blockedBefore,
                unregisteredBefore);
        table.row("| unregistered users blocked after the mirror completed | %d of %d (%.1f %%) | ≥ 99 %% |",
                blockedAfter, unregisteredAfter, 100.0 * blockedAfter / Math.max(1, unregisteredAfter));
        table.row("| wrong verdicts (a false block, or unavailable) | %d of %d | 0 |", wrong(judged), judged.size());
        table.row("| throttled (429) responses seen | %d | 0 |", tenant.throttled.get());
        table.row("| most reports-family requests in any 10 s | %d | ≤ 5 |", tenant.mostInAnyWindow());
        table.row("| slots by consumer (granted / refused) | %s / %s | – |", directory.confirmation().granted(),
                directory.confirmation().refused());
        table.log();
    }

    private static void busyHour(FakeGraph graph, TrafficTenantGraph tenant, int users, int rate, int seconds)
            throws Exception {
        GraphDirectory directory = adapter(graph);
        PreflightService preflight = preflight(directory);
        long warmStart = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> directory.remote().mirrorAge().isPresent() && directory.confirmation().feed().fresh());
        double warmUp = (System.nanoTime() - warmStart) / 1e9;
        graph.server.resetRequests();
        long throttledBefore = tenant.throttled.get();
        tenant.reportsArrivals.clear();
        ConcurrentLinkedQueue<Judged> judged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService workers = Executors.newCachedThreadPool();
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(1);
        int total = seconds * rate;
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
                Verdict verdict = preflight.check(TrafficTenantGraph.upn(user));
                latencies.add(System.nanoTime() - start);
                judged.add(new Judged(tenant.kindOf(user), verdict, start));
                checksDone.countDown();
            });
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        checksDone.await();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        ticker.shutdownNow();
        long requests = graph.server.getAllServeEvents().stream().filter(e -> !isInner(e)).count();
        // The background readers' requests (the feed's and any mirror refresh's pages) do not grow with the checks.
        long background = graph.server.getAllServeEvents().stream().filter(e -> !isInner(e))
                .filter(e -> e.getRequest().getUrl().startsWith(TrafficTenantGraph.AUDITS)
                        || e.getRequest().getUrl().startsWith(TrafficTenantGraph.REPORT)
                                && !e.getRequest().getUrl().contains("$filter"))
                .count();
        long unregistered = judged.stream().filter(j -> j.kind() == Kind.UNREGISTERED).count();
        long degraded = judged.stream().filter(j -> j.kind() == Kind.UNREGISTERED)
                .filter(j -> j.verdict().outcome() == Outcome.READY).count();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        FigureTable table = new FigureTable();
        table.row("| Figure | Measured | Target |%n|---|---|---|");
        table.row("| tenant | %d users, %d %% unregistered, %d %% registered an hour ago | – |", users,
                tenant.kindPercent(Kind.UNREGISTERED), JUST_REGISTERED_PERCENT);
        table.row("| warm-up: mirror complete and feed deciding | %.1f s | – |", warmUp);
        table.row("| offered load | %d checks/s for %d s (%d checks, %d of unregistered users) | – |", rate,
                seconds, total, unregistered);
        table.row("| achieved | %.1f checks/s | %d |", total / loadSeconds, rate);
        table.row("| p50 / p95 check latency | %.0f / %.0f ms | – |", pct(sorted, 50) / 1e6, pct(sorted, 95) / 1e6);
        table.row("| wrong verdicts | %d | 0 |", wrong(judged));
        table.row("| degraded (unregistered user passed unconfirmed) | %d of %d (%.2f %%) | ≤ 1 %% |", degraded,
                unregistered, 100.0 * degraded / Math.max(1, unregistered));
        table.row("| Graph HTTP requests per check, the checks' own | %.3f (%d for %d checks) | ≤ 1 |",
                (double) (requests - background) / total, requests - background, total);
        table.row("| background requests under load (feed and mirror pages), per check | %.3f (%d in %d s) | – |",
                (double) background / total, background, seconds);
        table.row("| throttled (429) responses seen | %d | 0 |", tenant.throttled.get() - throttledBefore);
        table.row("| most reports-family requests in any 10 s | %d | ≤ 5 |", tenant.mostInAnyWindow());
        table.row("| live looks / report rows / audit-log pages since start | %d / %d / %d | – |",
                tenant.liveLooks.get(), tenant.reportRows.get(), tenant.auditPages.get());
        table.row("| slots by consumer since start (granted / refused) | %s / %s | – |",
                directory.confirmation().granted(), directory.confirmation().refused());
        table.log();
    }

    /** A false block, a block for another reason than the user's, or no answer at all. */
    private static long wrong(ConcurrentLinkedQueue<Judged> judged) {
        return judged.stream().filter(j -> {
            Verdict verdict = j.verdict();
            if (verdict.outcome() == Outcome.CHECKS_UNAVAILABLE) {
                return true;
            }
            boolean blockedForMethods = verdict.blocks().contains(Reason.METHODS_NOT_REGISTERED);
            boolean otherBlocks = verdict.blocks().stream().anyMatch(r -> r != Reason.METHODS_NOT_REGISTERED);
            return otherBlocks || (j.kind() != Kind.UNREGISTERED && blockedForMethods);
        }).count();
    }

    private static GraphDirectory adapter(FakeGraph graph) {
        return new GraphDirectory(FakeGraphSettings.config(graph, FakeGraphSettings.Knobs.AS_SHIPPED),
                FakeGraphSettings.tenant(), FakeGraphSettings.policy(), Duration.ofSeconds(3), null, null, null, null);
    }

    private static PreflightService preflight(GraphDirectory directory) {
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        return new PreflightService(directory, CheckCatalogue.standard(), CheckSettings.defaults(), Clock.systemUTC(),
                Duration.ofSeconds(3), workers);
    }

    private static boolean isInner(ServeEvent event) {
        return event.getRequest().containsHeader(BatchExecutingTransformer.INNER_HEADER);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static int arg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }
}
