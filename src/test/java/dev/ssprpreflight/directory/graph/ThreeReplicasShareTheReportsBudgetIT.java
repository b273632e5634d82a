package dev.ssprpreflight.directory.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.directory.graph.TrafficTenantGraph.Kind;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Three replicas of the packaged application over one PostgreSQL share one reports budget: under the busy-hour load
 * (spread over the three, as a load balancer would), the fake Graph, which counts every request of the reports family
 * whichever replica sends it, never sees more than Graph's documented 5 in any 10 s, and answers no 429. Prints its
 * figures like a benchmark (docs/performance.md). Runs in {@code ./mvnw verify} (Failsafe, after {@code package}); the
 * replicas' output is in {@code target/three-replicas/}.
 */
class ThreeReplicasShareTheReportsBudgetIT {

    static {
        PlainJvmLogging.toConsole();
    }

    static final int USERS = 2000;
    static final int RATE = 20;
    static final int SECONDS = Integer.getInteger("sspr.it.busy-seconds", 40);
    static final int UNREGISTERED_PERCENT = 12;

    private static EmbeddedPostgres postgres;
    private static FakeGraph graph;
    private static TrafficTenantGraph tenant;
    private static List<PackagedReplica> replicas;

    @BeforeAll
    static void startDatabaseGraphAndThreeReplicas() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        AtomicReference<String> baseUrl = new AtomicReference<>();
        tenant = new TrafficTenantGraph(USERS, RegistrationTrafficBenchmark.REPORT_PAGE, UNREGISTERED_PERCENT,
                RegistrationTrafficBenchmark.JUST_REGISTERED_PERCENT, baseUrl::get);
        graph = new FakeGraph(tenant);
        baseUrl.set(graph.baseUrl());
        tenant.install(graph, RegistrationTrafficBenchmark.LATENCY_MS);
        Path work = Files.createDirectories(
                Path.of(System.getProperty("sspr.it.work-directory", "target/two-instances")).resolveSibling("three-replicas"));
        replicas = List.of(start("replica-1", work), start("replica-2", work), start("replica-3", work));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            replicas.forEach(PackagedReplica::assertAlive);
            assertThat(replicas.stream().allMatch(PackagedReplica::ready)).as("all three ready").isTrue();
        });
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (replicas != null) {
            replicas.forEach(PackagedReplica::kill);
        }
        if (graph != null) {
            graph.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void togetherTheyStayWithinGraphsReportsThrottleUnderTheBusyHour() throws InterruptedException {
        // As after a start: the shared mirror's first copy and the feed's first read, paged within the budget.
        long warmStart = System.nanoTime();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> tenant.reportPages.get() >= (USERS + RegistrationTrafficBenchmark.REPORT_PAGE - 1)
                        / RegistrationTrafficBenchmark.REPORT_PAGE && tenant.auditPages.get() > 0);
        double warmUp = (System.nanoTime() - warmStart) / 1e9;

        ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
        AtomicLong wrong = new AtomicLong();
        AtomicLong degraded = new AtomicLong();
        AtomicLong unregisteredChecks = new AtomicLong();
        int total = RATE * SECONDS;
        CountDownLatch done = new CountDownLatch(total);
        AtomicLong issued = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(32);
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(1);
        long arrivalsBefore = tenant.reportsArrivals.size();
        long throttledBefore = tenant.throttled.get();
        long loadStart = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            long n = issued.getAndIncrement();
            if (n >= total) {
                return;
            }
            int user = (int) ((n * 37) % USERS);
            PackagedReplica replica = replicas.get((int) (n % replicas.size()));
            clients.execute(() -> {
                try {
                    int status = replica.check(TrafficTenantGraph.upn(user));
                    Kind kind = tenant.kindOf(user);
                    boolean redirected = status == 303;
                    if (kind == Kind.UNREGISTERED) {
                        unregisteredChecks.incrementAndGet();
                        if (redirected) {
                            degraded.incrementAndGet();
                        }
                    } else if (!redirected) {
                        wrong.incrementAndGet();
                    }
                    outcomes.add(kind + " " + status);
                } finally {
                    done.countDown();
                }
            });
        }, 0, 1000 / RATE, TimeUnit.MILLISECONDS);
        assertThat(done.await(SECONDS * 3L, TimeUnit.SECONDS)).as("every check answered").isTrue();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        ticker.shutdownNow();
        clients.shutdown();

        long most = tenant.mostInAnyWindow();
        long throttled = tenant.throttled.get() - throttledBefore;
        FigureTable table = new FigureTable();
        table.row("| Figure (three replicas, one PostgreSQL) | Measured | Target |%n|---|---|---|");
        table.row("| warm-up: shared mirror's first copy and the feed's first read | %.1f s | – |", warmUp);
        table.row("| load | %d checks/s for %d s over three replicas (%d checks, achieved %.1f/s) | %d/s |", RATE,
                SECONDS, total, total / loadSeconds, RATE);
        table.row("| most reports-family requests in any 10 s (all replicas, from start) | %d | ≤ 5 |", most);
        table.row("| reports-family requests under load | %d | – |", tenant.reportsArrivals.size() - arrivalsBefore);
        table.row("| throttled (429) responses | %d | 0 |", throttled);
        table.row("| wrong verdicts (a ready user not sent to the portal) | %d | 0 |", wrong.get());
        table.row("| degraded (unregistered user sent on unconfirmed) | %d of %d | ≤ 1 %% |", degraded.get(),
                unregisteredChecks.get());
        table.log();

        assertThat(most).as("reports-family requests in any 10 s, all replicas together").isLessThanOrEqualTo(5);
        assertThat(throttled).isZero();
        assertThat(wrong.get()).isZero();
    }

    private static PackagedReplica start(String replicaId, Path work) throws IOException {
        Map<String, String> settings = PackagedReplica.settings(replicaId, postgres, graph);
        settings.put("sspr.graph.registration-mirror.sync-every", "PT2S");
        settings.put("sspr.rate-limit.per-account.capacity", "1000");
        return PackagedReplica.start(replicaId, settings, work);
    }
}
