package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;
import io.quarkus.logging.Log;

/**
 * The Graph adapter under load against a local fake Graph with 50 ms latency per HTTP request and the
 * reports throttle (5 requests per 10 s) enforced. Not a test: run it by hand, see docs/performance.md.
 * <p>
 * Argument: seconds of load at 20 checks/s (default 60).
 */
public final class GraphBenchmark {

    static final int LATENCY_MS = 50;
    static final int USERS = 400;
    /** The group SSPR is enabled for, declared, so that every lookup's batch carries a checkMemberGroups. */
    static final String SSPR_GROUP = "5a5a5a5a-0000-4000-8000-0000000000a1";

    /** 429 for the reports APIs beyond 5 requests in any 10 s, as Graph documents it. */
    static final class ReportsThrottle implements ResponseTransformerV2 {
        final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
        final AtomicLong throttled = new AtomicLong();

        @Override
        public String getName() {
            return "reports-throttle";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public synchronized Response transform(Response response, ServeEvent serveEvent) {
            long now = System.currentTimeMillis();
            arrivals.removeIf(t -> now - t >= 10_000);
            if (arrivals.size() >= 5) {
                throttled.incrementAndGet();
                return Response.Builder.like(response).but().status(429)
                        .headers(new com.github.tomakehurst.wiremock.http.HttpHeaders(
                                new com.github.tomakehurst.wiremock.http.HttpHeader("Retry-After", "2.5"),
                                new com.github.tomakehurst.wiremock.http.HttpHeader("Content-Type", "application/json")))
                        .body(GraphJson.error("TooManyRequests", "Please retry again later.")).build();
            }
            arrivals.add(now);
            return response;
        }
    }

    /** What a user is, and which outcomes are right for them. */
    enum Kind {
        READY(Set.of()),
        DISABLED(Set.of(Reason.ACCOUNT_DISABLED)),
        /** No plan of their own in a licensed organisation: ready, with the finding. */
        NO_PLAN(Set.of(Reason.LICENSE_NOT_ASSIGNED)),
        /** Outside the declared SSPR group, as {@code checkMemberGroups} answers inside the batch. */
        SSPR_OFF(Set.of(Reason.SSPR_NOT_ENABLED)),
        /** The report says unregistered, the live look shows methods: must never be blocked. */
        JUST_REGISTERED(Set.of()),
        /** Truly unregistered: blocked when the live look had budget, else (silently) ready; both are right. */
        UNREGISTERED(Set.of(Reason.METHODS_NOT_REGISTERED));

        final Set<Reason> reasons;

        Kind(Set<Reason> reasons) {
            this.reasons = reasons;
        }

        boolean right(Verdict verdict) {
            if (verdict.outcome() == Outcome.CHECKS_UNAVAILABLE) {
                return false;
            }
            if (this == UNREGISTERED && verdict.outcome() == Outcome.READY) {
                return true;
            }
            return Set.copyOf(verdict.reasons()).equals(reasons);
        }
    }

    public static void main(String[] args) throws Exception {
        PlainJvmLogging.toConsole();
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        ReportsThrottle throttle = new ReportsThrottle();
        FakeGraph graph = new FakeGraph(throttle);
        try {
            run(graph, throttle, seconds);
        } finally {
            graph.stop();
        }
        System.exit(0);
    }

    private static void run(FakeGraph graph, ReportsThrottle throttle, int seconds) throws Exception {
        var server = graph.server;
        // 50 ms on every HTTP request the adapter sends; inner batch requests are not HTTP requests of
        // ours (Graph runs them inside the one $batch call), so they get none.
        server.stubFor(post(urlEqualTo("/v1.0/$batch")).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(LATENCY_MS)
                .withTransformers(BatchExecutingTransformer.NAME)));
        server.stubFor(get(urlPathEqualTo("/v1.0/organization")).willReturn(okJson(GraphJson.organization(false, null))));
        server.stubFor(
                get(urlEqualTo("/v1.0/policies/authorizationPolicy")).willReturn(okJson(GraphJson.authorizationPolicy(true))));
        graph.stubSubscribedSkus(GraphJson.entraIdP1InForce());
        server.stubFor(get(urlPathEqualTo("/v1.0/directoryRoles"))
                .willReturn(okJson(GraphJson.activatedRoles(FakeGraph.GLOBAL_ADMIN_ROLE_ID, GraphJson.GLOBAL_ADMIN))));
        server.stubFor(get(urlEqualTo("/v1.0/ping")).willReturn(okJson("{}").withFixedDelay(LATENCY_MS)));

        List<String> rows = new ArrayList<>();
        Kind[] kinds = new Kind[USERS];
        for (int i = 0; i < USERS; i++) {
            Kind kind = kindOf(i);
            kinds[i] = kind;
            String id = String.format("00000000-0000-4000-8000-%012d", i);
            String upn = "user" + i + "@contoso.com";
            UserJson user = UserJson.ready(id, upn);
            if (kind == Kind.DISABLED) {
                user = user.disabled();
            } else if (kind == Kind.NO_PLAN) {
                user = user.withoutPlans();
            }
            server.stubFor(get(urlPathEqualTo("/v1.0/users/" + upn)).willReturn(okJson(user.json())));
            server.stubFor(get(urlPathEqualTo("/v1.0/users/" + upn + "/transitiveMemberOf/microsoft.graph.directoryRole"))
                    .willReturn(okJson(GraphJson.roles())));
            // The declared SSPR group, checked in the same batch.
            graph.stubMemberGroups(upn, List.of(SSPR_GROUP), kind == Kind.SSPR_OFF ? new String[0]
                    : new String[] { SSPR_GROUP });
            boolean registered = kind != Kind.JUST_REGISTERED && kind != Kind.UNREGISTERED;
            rows.add(GraphJson.registrationRow(id, upn, kind != Kind.SSPR_OFF, registered, registered
                    ? new String[] { "mobilePhone", "email" }
                    : new String[0]));
            String methods = kind == Kind.UNREGISTERED ? GraphJson.methods(GraphJson.PASSWORD_METHOD)
                    : GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.MOBILE_METHOD);
            // Read by the lookup's batch (by UPN, inside the one $batch: no latency of its own), or on its
            // own after the lookup (by object id, a request of ours). Graph throttles both alike.
            server.stubFor(get(urlEqualTo("/v1.0/users/" + upn + "/authentication/methods")).willReturn(
                    okJson(methods).withTransformers("reports-throttle")));
            server.stubFor(get(urlEqualTo("/v1.0/users/" + id + "/authentication/methods")).willReturn(
                    okJson(methods).withFixedDelay(LATENCY_MS).withTransformers("reports-throttle")));
        }
        // The report in pages of 100, linked by @odata.nextLink.
        String report = "/v1.0/reports/authenticationMethods/userRegistrationDetails";
        for (int page = 0; page * 100 < USERS; page++) {
            String next = (page + 1) * 100 < USERS ? graph.baseUrl() + report.substring(5) + "?$skiptoken=" + (page + 1)
                    : null;
            var stub = get(urlPathEqualTo(report));
            stub = page == 0 ? stub.withQueryParam("$skiptoken", absent()).withQueryParam("$filter", absent())
                    : stub.withQueryParam("$skiptoken", equalTo(String.valueOf(page)));
            server.stubFor(stub.willReturn(okJson(GraphJson.registrationPage(rows.subList(page * 100,
                    Math.min(USERS, (page + 1) * 100)), next)).withFixedDelay(LATENCY_MS)
                    .withTransformers("reports-throttle")));
        }

        GraphDirectory directory = new GraphDirectory(FakeGraphSettings.config(graph), FakeGraphSettings.tenant(),
                FakeGraphSettings.policy(1, Optional.of(SSPR_GROUP)),
                Duration.ofSeconds(3),
                null, null, null, null);
        var mirror = directory.refreshRegistrationMirror();
        Log.infof("mirror: %d users in %d pages, complete=%s", mirror.rows(), mirror.pages(), mirror.complete());
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        PreflightService preflight = new PreflightService(directory, CheckCatalogue.standard(), CheckSettings.defaults(),
                Clock.systemUTC(), Duration.ofSeconds(3), workers);

        Duration roundTrip = medianRoundTrip(graph);
        // Warm-up (JIT, connections, token, tenant facts), not measured.
        for (int i = 0; i < 40; i++) {
            preflight.check("user" + (i % USERS) + "@contoso.com");
        }

        // Sequential: latency in round trips and Graph requests per check.
        server.resetRequests();
        List<Long> sequential = new ArrayList<>();
        int sequentialChecks = 100;
        for (int i = 0; i < sequentialChecks; i++) {
            long start = System.nanoTime();
            preflight.check("user" + ((i * 7) % USERS) + "@contoso.com");
            sequential.add(System.nanoTime() - start);
        }
        long graphRequests = server.getAllServeEvents().stream().filter(e -> !isInner(e)).count();
        if (System.getProperty("bench.debug") != null) {
            server.getAllServeEvents().stream().filter(e -> !isInner(e)).limit(12)
                    .forEach(e -> Log.infof("%s %s", e.getRequest().getMethod(), e.getRequest().getUrl()));
        }

        // Load: 20 checks/s offered.
        server.resetRequests();
        long throttledBefore = throttle.throttled.get();
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
            int user = (int) ((n * 37) % USERS);
            workers.execute(() -> {
                long start = System.nanoTime();
                Verdict verdict = preflight.check("user" + user + "@contoso.com");
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
        long loadRequests = server.getAllServeEvents().stream().filter(e -> !isInner(e)).count();
        // Anything besides the one $batch per check, by kind, so that an excess can be explained.
        var extra = server.getAllServeEvents().stream().filter(e -> !isInner(e))
                .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()
                        .replaceAll("/users/[^/?]+", "/users/{user}").replaceAll("\\?.*", ""))
                .filter(kind -> !kind.equals("POST /v1.0/$batch"))
                .collect(java.util.stream.Collectors.groupingBy(kind -> kind, java.util.stream.Collectors.counting()));
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
                .row("| throttled (429) responses seen | %d | – |", throttle.throttled.get() - throttledBefore)
                .row("| live looks inside the lookup batch under load | %d | – |", liveLooksInBatch(server))
                .row("| membership checks (checkMemberGroups) inside the lookup batch under load | %d | %d |",
                        innerRequestsEndingWith(server, "/checkMemberGroups"), total)
                .row("| user-visible throttling (CHECKS_UNAVAILABLE from 429) | %d | 0 |", userVisibleThrottling.get())
                .row("| wrong verdicts | %d | 0 |", wrong.get())
                .row("| truly unregistered users blocked after a live look (rest pass silently) | %d | – |",
                        blockedUnregistered.get())
                .log();
    }

    /**
     * Inner batch requests reach the fake as HTTP too (it executes them) but are not requests of ours;
     * nor is the round-trip probe.
     */
    private static boolean isInner(ServeEvent event) {
        return event.getRequest().containsHeader(BatchExecutingTransformer.INNER_HEADER)
                || event.getRequest().getUrl().equals("/v1.0/ping");
    }

    private static long liveLooksInBatch(com.github.tomakehurst.wiremock.WireMockServer server) {
        return innerRequestsEndingWith(server, "/authentication/methods");
    }

    private static long innerRequestsEndingWith(com.github.tomakehurst.wiremock.WireMockServer server, String end) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().containsHeader(BatchExecutingTransformer.INNER_HEADER))
                .filter(e -> e.getRequest().getUrl().endsWith(end)).count();
    }

    private static Kind kindOf(int i) {
        return switch (i % 20) {
            case 1 -> Kind.DISABLED;
            case 2 -> Kind.NO_PLAN;
            case 3 -> Kind.SSPR_OFF;
            case 4 -> Kind.JUST_REGISTERED;
            case 5 -> Kind.UNREGISTERED;
            default -> Kind.READY;
        };
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static Duration medianRoundTrip(FakeGraph graph) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            http.send(HttpRequest.newBuilder(URI.create(graph.baseUrl() + "/ping")).build(),
                    HttpResponse.BodyHandlers.discarding());
            samples.add(System.nanoTime() - start);
        }
        Collections.sort(samples);
        return Duration.ofNanos(samples.get(samples.size() / 2));
    }
}
