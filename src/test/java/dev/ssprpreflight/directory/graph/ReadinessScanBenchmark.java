package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.scan.ReadinessScans;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanRequest;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.scan.ScanStore;
import dev.ssprpreflight.scan.StartResult;
import dev.ssprpreflight.scan.store.DatabaseScanStore;

/**
 * A whole-tenant readiness scan of a generated tenant ({@link GeneratedTenantGraph}) through the real
 * Graph adapter and SDK, the real scan runner and the real database store (H2 in memory, the project's
 * Flyway migrations), with 50 ms latency on every Graph request and the reports throttle enforced. The
 * registration mirror starts empty, so the scan reads the whole report first, as a scan on a freshly
 * started application does. Not a test: run it by hand, see docs/performance.md ("Readiness scan").
 * <p>
 * Arguments: tenant sizes (default {@code 10000,100000}), rows per report page (default 1000).
 */
public final class ReadinessScanBenchmark {

    static final int LATENCY_MS = 50;

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int reportPage = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        System.out.printf("max heap (-Xmx) %d MB, %d cores, %d report rows per page%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), reportPage);
        System.out.println("| users | status | total | users listing | users/s (total) | users pages | report pages "
                + "| role requests | 429s | blocked | peak heap | heap after GC |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int users : sizes) {
            run(users, reportPage);
        }
        System.exit(0);
    }

    private static void run(int users, int reportPage) throws Exception {
        AtomicReference<String> baseUrl = new AtomicReference<>();
        GeneratedTenantGraph tenant = new GeneratedTenantGraph(users, reportPage, baseUrl::get);
        FakeGraph graph = FakeGraph.withoutJournal(tenant);
        baseUrl.set(graph.baseUrl());
        graph.server.stubFor(get(urlPathMatching("/v1.0/(users|users/\\$count|reports/authenticationMethods/"
                + "userRegistrationDetails|directoryRoles(/.*)?|groups/.*)"))
                .willReturn(
                        aResponse().withStatus(200).withFixedDelay(LATENCY_MS).withTransformers(GeneratedTenantGraph.NAME)));
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/organization"))
                .willReturn(okJson(GraphJson.organization(false, null)).withFixedDelay(LATENCY_MS)));
        graph.server.stubFor(get(urlEqualTo("/v1.0/policies/authorizationPolicy"))
                .willReturn(okJson(GraphJson.authorizationPolicy(true)).withFixedDelay(LATENCY_MS)));
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/subscribedSkus"))
                .willReturn(okJson(GraphJson.subscribedSkus(GraphJson.entraIdP1InForce())).withFixedDelay(LATENCY_MS)));
        GraphDirectory directory = new GraphDirectory(FakeGraphSettings.config(graph), FakeGraphSettings.tenant(),
                FakeGraphSettings.policy(),
                Duration.ofSeconds(3), null, null, null, null);
        ScanStore store = new DatabaseScanStore(migratedH2("scanbench" + users));
        // The scan and its lease heartbeat, as the application runs them.
        ScheduledThreadPoolExecutor runner = new ScheduledThreadPoolExecutor(2);
        runner.setRemoveOnCancelPolicy(true);
        // The application's default lease: the heartbeat must carry the scan through the first refresh of
        // an empty mirror (minutes at 100,000 users), which comes before the first page.
        ReadinessScans scans = ReadinessScans.create(directory, store, CheckCatalogue.standard(), CheckSettings.defaults(),
                Clock.systemUTC(), runner, "benchmark", Duration.ofMinutes(5));
        try {
            resetHeapPeaks();
            long start = System.nanoTime();
            StartResult started = scans.start(ScanRequest.wholeTenant(), "benchmark");
            if (!(started instanceof StartResult.Started scan)) {
                throw new IllegalStateException("scan did not start: " + started);
            }
            // Waits for the scan's end by its status before stopping the runner: a runner shut down before
            // the scan's first step would refuse its heartbeat, and the scan would fail at once.
            await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> store.find(scan.scanId()).orElseThrow().status() != ScanStatus.RUNNING);
            double seconds = (System.nanoTime() - start) / 1e9;
            runner.shutdown();
            runner.awaitTermination(1, TimeUnit.MINUTES);
            long peak = heapPeakBytes();
            long afterGc = heapAfterGcBytes();
            ScanRecord record = store.find(scan.scanId()).orElseThrow();
            double listing = (tenant.lastUsersPageAt - tenant.firstUsersPageAt) / 1e9;
            System.out.printf("| %,d | %s | %.1f s | %.1f s | %,.0f | %d | %d | %d | %d | %,d | %d MB | %d MB |%n", users,
                    record.status() + record.failure().map(f -> " (" + f + ")").orElse(""), seconds, listing,
                    record.usersListed() / seconds, tenant.usersPages.get(), tenant.reportPages.get(),
                    tenant.roleRequests.get(), tenant.throttled.get(), record.usersBlocked(), peak >> 20, afterGc >> 20);
            System.out.println("  users by reason (blocks and findings): " + record.reasonCounts() + "; with findings only "
                    + record.usersWithFindingsOnly() + "; listed " + record.usersListed() + ", guests skipped "
                    + record.guestsSkipped() + ", total announced " + record.usersTotal());
        } finally {
            directory.stop();
            graph.stop();
        }
    }

    private static DataSource migratedH2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        return h2;
    }

    private static void resetHeapPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The sum of each heap pool's peak since the reset: an upper bound of the peak heap (the pools peak at
     * different moments), garbage included.
     */
    private static long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** What is still reachable at the end: the mirror, the fake, the H2 database. */
    private static long heapAfterGcBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
