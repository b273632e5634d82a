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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
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
 * The benchmarks' tenant on a local fake Graph ({@link FakeGraph}, with its request journal): 400 users by 20s (14
 * ready, 1 disabled, 1 without a licence of their own, 1 outside the declared SSPR group, 1 "registered an hour ago",
 * 1 truly unregistered), the registration report in pages of 100, the organisation's facts, 50 ms injected latency on
 * every HTTP request a client of Graph sends (the inner requests of a {@code $batch} run inside it, without latency of
 * their own, and are marked) and the reports throttle (5 in any 10 s, else 429). Used by {@link GraphBenchmark} for
 * the adapter alone and by the end-to-end benchmark of the packaged application ({@link #applicationSettings()}).
 */
public final class BenchmarkTenantGraph implements AutoCloseable {

    static final int LATENCY_MS = 50;
    static final int USERS = 400;
    /** The group SSPR is enabled for, declared, so that every lookup's batch carries a checkMemberGroups. */
    static final String SSPR_GROUP = "5a5a5a5a-0000-4000-8000-0000000000a1";
    private static final String PING = "/v1.0/ping";

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

        static Kind of(int user) {
            return switch (user % 20) {
                case 1 -> DISABLED;
                case 2 -> NO_PLAN;
                case 3 -> SSPR_OFF;
                case 4 -> JUST_REGISTERED;
                case 5 -> UNREGISTERED;
                default -> READY;
            };
        }
    }

    final FakeGraph graph;
    final ReportsThrottle throttle;

    private BenchmarkTenantGraph(FakeGraph graph, ReportsThrottle throttle) {
        this.graph = graph;
        this.throttle = throttle;
    }

    /** Starts the fake and stubs the tenant. */
    public static BenchmarkTenantGraph start() {
        ReportsThrottle throttle = new ReportsThrottle();
        BenchmarkTenantGraph tenant = new BenchmarkTenantGraph(new FakeGraph(throttle), throttle);
        tenant.stubTenant();
        return tenant;
    }

    private void stubTenant() {
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
        server.stubFor(get(urlEqualTo(PING)).willReturn(okJson("{}").withFixedDelay(LATENCY_MS)));

        List<String> rows = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            Kind kind = Kind.of(i);
            String id = String.format("00000000-0000-4000-8000-%012d", i);
            String upn = username(i);
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
    }

    /** The user principal name of user {@code i} (0 to 399). */
    public static String username(int i) {
        return "user" + i + "@contoso.com";
    }

    /** The users every check finds ready, without a finding: 14 of every 20. */
    public static List<String> readyUsernames() {
        return IntStream.range(0, USERS).filter(i -> Kind.of(i) == Kind.READY).mapToObj(BenchmarkTenantGraph::username)
                .toList();
    }

    /** The injected latency of every HTTP request to the fake, in ms. */
    public static int latencyMs() {
        return LATENCY_MS;
    }

    /**
     * What the packaged application needs to use this fake as its Graph, as system properties: the Graph directory
     * with a client secret, this fake's Graph and token endpoint, the SSPR group declared as here (so that every
     * lookup's batch carries the membership check, as in {@link GraphBenchmark}), password writeback declared off,
     * the mirror's first read at once and the registration feed off (as the hand-built adapter of
     * {@link GraphBenchmark}: the fake has no audit log).
     */
    public Map<String, String> applicationSettings() {
        Map<String, String> settings = new LinkedHashMap<>(graph.applicationSettings());
        settings.put("sspr.policy.enabled-group", SSPR_GROUP);
        settings.put("sspr.tenant.password-writeback-enabled", "false");
        settings.put("sspr.graph.registration-mirror.first-refresh-after", "PT0S");
        settings.put("sspr.graph.registration-feed.enabled", "false");
        return settings;
    }

    /**
     * The adapter alone against this fake, as {@link GraphBenchmark} measures it: a {@link GraphDirectory} built by hand
     * ({@link FakeGraphSettings}: client secret, the reports budget, tenant facts cached for 10 minutes, no feed), its
     * mirror read once, behind the standard check catalogue; no HTTP server, form or attempt log.
     */
    public PreflightService adapterAlone(ExecutorService workers) {
        GraphDirectory directory = new GraphDirectory(FakeGraphSettings.config(graph), FakeGraphSettings.tenant(),
                FakeGraphSettings.policy(1, Optional.of(SSPR_GROUP)), Duration.ofSeconds(3), null, null, null, null);
        var mirror = directory.refreshRegistrationMirror();
        Log.infof("mirror: %d users in %d pages, complete=%s", mirror.rows(), mirror.pages(), mirror.complete());
        return new PreflightService(directory, CheckCatalogue.standard(), CheckSettings.defaults(), Clock.systemUTC(),
                Duration.ofSeconds(3), workers);
    }

    /** The JVM flags for a child JVM to trust the fake token endpoint's certificate (besides its usual authorities). */
    public List<String> trustFlags() {
        return List.of("-Djavax.net.ssl.trustStore=" + graph.trustStore(),
                "-Djavax.net.ssl.trustStorePassword=" + TestTrustStore.PASSWORD, "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /** One Graph round trip: the median of 30 bare requests to the fake with the same latency. */
    public Duration medianRoundTrip() throws Exception {
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

    /** Forgets the requests seen so far. */
    public void resetRequests() {
        graph.server.resetRequests();
    }

    /** The HTTP requests sent to the fake since the last reset, by clients of Graph (not inner, not the probe). */
    public long requestsOfOurs() {
        return server().getAllServeEvents().stream().filter(e -> !isInner(e)).count();
    }

    /** The requests of {@link #requestsOfOurs()} besides the lookup batches, by method and path, users masked. */
    public Map<String, Long> requestsBesidesBatches() {
        return server().getAllServeEvents().stream().filter(e -> !isInner(e))
                .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()
                        .replaceAll("/users/[^/?]+", "/users/{user}").replaceAll("\\?.*", ""))
                .filter(kind -> !kind.equals("POST /v1.0/$batch"))
                .collect(Collectors.groupingBy(kind -> kind, Collectors.counting()));
    }

    /** The requests inside the batches since the last reset whose URL ends with {@code end}. */
    long innerRequestsEndingWith(String end) {
        return server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().containsHeader(BatchExecutingTransformer.INNER_HEADER))
                .filter(e -> e.getRequest().getUrl().endsWith(end)).count();
    }

    WireMockServer server() {
        return graph.server;
    }

    /**
     * Inner batch requests reach the fake as HTTP too (it executes them) but are not requests of ours;
     * nor is the round-trip probe.
     */
    static boolean isInner(ServeEvent event) {
        return event.getRequest().containsHeader(BatchExecutingTransformer.INNER_HEADER)
                || event.getRequest().getUrl().equals(PING);
    }

    @Override
    public void close() {
        graph.stop();
    }
}
