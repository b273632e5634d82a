package dev.ssprpreflight.startup;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.directory.graph.BenchmarkTenantGraph;
import dev.ssprpreflight.directory.graph.FigureTable;
import dev.ssprpreflight.directory.graph.PlainJvmLogging;
import io.quarkus.logging.Log;

/**
 * The cost of one check end to end (issue 17): the packaged application in the {@code prod} profile, started as the
 * image starts it ({@link PackagedApp}), with the Graph directory pointed at the benchmarks' fake Graph in this JVM
 * ({@link BenchmarkTenantGraph}: 50 ms on every HTTP request, one {@code $batch} per check), pacing off, the rate
 * limits and the challenge out of the way, an embedded H2 file database. Each check is what a browser does: GET the
 * form, then POST it (the CSRF cookie and field, a ready user's name) and expect 303 to the portal. After a warm-up it
 * measures checks one after another (latency of the POST in Graph round trips, Graph requests per check; and, for
 * comparison, the adapter alone in this JVM against the same fake, as GraphBenchmark measures it) and then
 * concurrent clients for a fixed time (throughput, latency, and the CPU time per check of the application's process
 * and, separately, of this JVM: the fake Graph and the clients). With {@code profile}, a second saturation phase runs
 * under Java Flight Recorder (started in the application with {@code jcmd}, so the figures above are taken without
 * it; the recording is kept in target/check-cost-profile.jfr) and {@link ExecutionSamples} prints where the
 * application's samples are. Not a test: run it by hand, see
 * docs/performance.md.
 * <p>
 * Arguments, all optional:
 * {@code [sequential checks] [clients] [saturation seconds] [warm-up checks] [profile|no-profile] [quarkus-run.jar]}
 * (defaults 300, 8, 30, 200, no-profile, target/quarkus-app/quarkus-run.jar).
 */
public final class CheckCostBenchmark {

    static final Path OURS = Path.of("target/quarkus-app/quarkus-run.jar");
    static final Path RECORDING = Path.of("target/check-cost-profile.jfr");
    static final Duration AT_MOST = Duration.ofSeconds(120);
    /** The goal of issue 17: end-to-end p50 with pacing off, in Graph round trips. */
    static final double GOAL_ROUND_TRIPS = 1.3;

    /**
     * What lets the benchmark's traffic through, all from 127.0.0.1 and for a few usernames: no pacing floor, the
     * rate limits as high as the test profile's, and the proof-of-work challenge only after 100,000 attempts.
     */
    private static final Map<String, String> OUT_OF_THE_WAY = Map.of("sspr.pacing.minimum-check-duration", "PT0S",
            "sspr.rate-limit.per-client.capacity", "100000", "sspr.rate-limit.per-account.capacity", "100000",
            "sspr.rate-limit.per-network.capacity", "100000", "sspr.rate-limit.global.capacity", "100000",
            "sspr.challenge.after", "100000");

    /**
     * Where a check's work is, for the profile: each execution sample in the first area whose marker (the start of a
     * frame's {@code class.method}) is on its stack, or whose thread it ran on.
     */
    private static final Map<String, Predicate<ExecutionSamples.Sample>> AREAS = areas();

    private static Map<String, Predicate<ExecutionSamples.Sample>> areas() {
        Map<String, Predicate<ExecutionSamples.Sample>> areas = new LinkedHashMap<>();
        areas.put("attempt-log write (AttemptLog.record: transaction, Hibernate, H2)",
                s -> s.has("dev.ssprpreflight.audit.AttemptLog.record"));
        areas.put("Graph lookup (GraphDirectory.lookup: Graph SDK request and answer, facts)",
                s -> s.has("dev.ssprpreflight.directory.graph.GraphDirectory.lookup"));
        areas.put("the checks besides the lookup (PreflightService)", s -> s.has("dev.ssprpreflight.check.PreflightService"));
        areas.put("abuse guard and rate limits (AbuseGuard)", s -> s.has("dev.ssprpreflight.journey.AbuseGuard"));
        areas.put("rest of the POST's resource method (JourneyResource.check)",
                s -> s.has("dev.ssprpreflight.journey.JourneyResource.check"));
        areas.put("the form's resource method (JourneyResource.form)",
                s -> s.has("dev.ssprpreflight.journey.JourneyResource.form"));
        areas.put("page rendering (Qute)", s -> s.has("io.quarkus.qute."));
        areas.put("CSRF token (Quarkus REST CSRF)", s -> s.has("io.quarkus.csrf."));
        areas.put("security headers (SecurityHeaders)", s -> s.has("dev.ssprpreflight.journey.SecurityHeaders"));
        areas.put("Graph's HTTP client outside the lookup (OkHttp threads)",
                s -> s.thread().startsWith("OkHttp") || s.has("okhttp3."));
        areas.put("HTTP server and REST otherwise (event loop, worker threads)",
                s -> s.thread().startsWith("vert.x-eventloop") || s.thread().startsWith("executor-thread"));
        return areas;
    }

    /** The command line's parameters. */
    record Parameters(int sequentialChecks, int clients, int saturationSeconds, int warmUpChecks, boolean profile,
            Path jar) {

        static Parameters of(String[] args) {
            return new Parameters(args.length > 0 ? Integer.parseInt(args[0]) : 300,
                    args.length > 1 ? Integer.parseInt(args[1]) : 8, args.length > 2 ? Integer.parseInt(args[2]) : 30,
                    args.length > 3 ? Integer.parseInt(args[3]) : 200, args.length > 4 && args[4].equals("profile"),
                    args.length > 5 ? Path.of(args[5]) : OURS);
        }
    }

    public static void main(String[] args) throws Exception {
        PlainJvmLogging.toConsole();
        Parameters parameters = Parameters.of(args);
        if (!Files.isRegularFile(parameters.jar())) {
            throw new IllegalArgumentException(parameters.jar() + " does not exist: package the application first"
                    + " (docs/performance.md)");
        }
        Path work = Files.createTempDirectory("check-cost-benchmark");
        try (BenchmarkTenantGraph graph = BenchmarkTenantGraph.start(); OidcDiscoveryStub oidc = OidcDiscoveryStub.start()) {
            Map<String, String> settings = new LinkedHashMap<>(graph.applicationSettings());
            settings.putAll(OUT_OF_THE_WAY);
            PackagedApp app = PackagedApp.sspr("SSPR Preflight (Graph directory)", parameters.jar(), oidc, settings);
            Log.infof("JVM: %s %s, %d processors; load average before the start: %s", System.getProperty("java.vm.name"),
                    System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(),
                    ProcessCpu.loadAverage());
            Log.infof("Started as: %s", String.join(" ", app.command(work.resolve("<run>"), 0, 0, graph.trustFlags())));
            try (PackagedApp.Running running = app.start(work, graph.trustFlags())) {
                Duration firstOk = running.awaitFirst200(AT_MOST);
                Log.infof("first 200 on / after %.2f s; its log: %s", firstOk.toNanos() / 1e9, running.log());
                run(parameters, graph, running);
            }
        } finally {
            StartupBenchmark.deleteTree(work);
        }
        System.exit(0);
    }

    private static void run(Parameters parameters, BenchmarkTenantGraph graph, PackagedApp.Running app) throws Exception {
        List<String> ready = BenchmarkTenantGraph.readyUsernames();
        JourneyClient browser = new JourneyClient(app.root());
        // Warm-up (JIT of both JVMs, connections, the first token, the mirror's first read, tenant facts), not measured.
        for (int i = 0; i < parameters.warmUpChecks(); i++) {
            browser.check(ready.get(i % ready.size()));
        }
        String loadBefore = ProcessCpu.loadAverage();
        List<Long> alone = sorted(adapterAlone(graph, ready, parameters.sequentialChecks()));

        // The round trip just before and just after the sequential checks, on the machine as loaded as they see it.
        Duration roundTripBefore = graph.medianRoundTrip();
        graph.resetRequests();
        Phase sequential = Phase.start(app.pid());
        List<Check> sequentialChecks = new ArrayList<>();
        for (int i = 0; i < parameters.sequentialChecks(); i++) {
            sequentialChecks.add(browser.check(ready.get(i % ready.size())));
        }
        Phase.Result sequentialCost = sequential.end(sequentialChecks.size());
        long sequentialRequests = graph.requestsOfOurs();
        Map<String, Long> sequentialOthers = graph.requestsBesidesBatches();
        Duration roundTripAfter = graph.medianRoundTrip();
        RoundTrip roundTrip = new RoundTrip(roundTripBefore, roundTripAfter);

        graph.resetRequests();
        Phase saturation = Phase.start(app.pid());
        List<Check> saturationChecks = saturate(app.root(), ready, parameters.clients(), parameters.saturationSeconds());
        Phase.Result saturationCost = saturation.end(saturationChecks.size());
        long saturationRequests = graph.requestsOfOurs();
        Map<String, Long> saturationOthers = graph.requestsBesidesBatches();
        String loadAfter = ProcessCpu.loadAverage();

        report(parameters, roundTrip, alone, loadBefore, loadAfter, sequentialChecks, sequentialCost, sequentialRequests,
                sequentialOthers, saturationChecks, saturationCost, saturationRequests, saturationOthers);

        if (parameters.profile()) {
            profile(parameters, app, ready);
        }
    }

    /** Another saturation phase with JFR on in the application, and where its execution samples are. */
    private static void profile(Parameters parameters, PackagedApp.Running app, List<String> ready) throws Exception {
        Path recording = RECORDING.toAbsolutePath();
        Files.deleteIfExists(recording);
        Log.infof("jcmd: %s", StartupProfile.jcmd(app.pid(), "JFR.start", "name=check-cost", "settings=profile").trim());
        List<Check> profiled = saturate(app.root(), ready, parameters.clients(), parameters.saturationSeconds());
        Log.infof("jcmd: %s", StartupProfile.jcmd(app.pid(), "JFR.stop", "name=check-cost", "filename=" + recording)
                .trim());
        ExecutionSamples samples = ExecutionSamples.read(recording, at -> true);
        Log.infof("profiled saturation (JFR on): %d checks in %d s with %d clients; %d execution samples of the"
                + " application (Java code, every 10 ms per running thread), %.1f per check; GC %.0f ms, JIT"
                + " compilations %.0f ms; recording: %s", profiled.size(), parameters.saturationSeconds(),
                parameters.clients(), samples.count(), (double) samples.count() / profiled.size(), samples.gcMillis(),
                samples.compileMillis(), recording);
        samples.logAreas("check path at saturation", AREAS);
        samples.log("check path at saturation");
        samples.logOurMethods("check path at saturation");
    }

    /**
     * The adapter alone in this JVM against the same fake ({@link BenchmarkTenantGraph#adapterAlone}, as GraphBenchmark
     * measures it), one check after another after 40 unmeasured: the latency of each check, what the application's
     * checks are compared with.
     */
    private static List<Long> adapterAlone(BenchmarkTenantGraph graph, List<String> ready, int checks) {
        ExecutorService workers = Executors.newCachedThreadPool();
        try {
            PreflightService preflight = graph.adapterAlone(workers);
            for (int i = 0; i < 40; i++) {
                preflight.check(ready.get(i % ready.size()));
            }
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < checks; i++) {
                long start = System.nanoTime();
                preflight.check(ready.get(i % ready.size()));
                latencies.add(System.nanoTime() - start);
            }
            return latencies;
        } finally {
            workers.shutdownNow();
        }
    }

    /** {@code clients} browsers, each checking one user after another, for {@code seconds}; every check. */
    private static List<Check> saturate(URI root, List<String> ready, int clients, int seconds) throws Exception {
        ConcurrentLinkedQueue<Check> checks = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    JourneyClient browser = new JourneyClient(root);
                    for (int i = client; System.nanoTime() < deadline; i += clients) {
                        checks.add(browser.check(ready.get(i % ready.size())));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(checks);
    }

    private static void report(Parameters parameters, RoundTrip roundTrip, List<Long> alone, String loadBefore,
            String loadAfter,
            List<Check> sequential, Phase.Result sequentialCost, long sequentialRequests,
            Map<String, Long> sequentialOthers, List<Check> saturation, Phase.Result saturationCost,
            long saturationRequests, Map<String, Long> saturationOthers) {
        new FigureTable().row("| Parameter | Value |").row("|---|---|")
                .row("| sequential checks | %d |", parameters.sequentialChecks())
                .row("| concurrent clients at saturation | %d |", parameters.clients())
                .row("| saturation time | %d s |", parameters.saturationSeconds())
                .row("| warm-up checks | %d |", parameters.warmUpChecks())
                .row("| package | %s |", parameters.jar())
                .row("| processors | %d |", Runtime.getRuntime().availableProcessors())
                .row("| load average (1, 5, 15 min) before / after the measurement | %s / %s |", loadBefore, loadAfter)
                .log();

        double rt = roundTrip.nanos();
        List<Long> seqPost = sorted(sequential.stream().map(Check::postNanos).toList());
        List<Long> seqForm = sorted(sequential.stream().map(Check::formNanos).toList());
        List<Long> satPost = sorted(saturation.stream().map(Check::postNanos).toList());
        double p50Ratio = percentile(seqPost, 50) / rt;
        new FigureTable().row("| Figure | Measured | Goal |").row("|---|---|---|")
                .row("| one Graph round trip (50 ms injected): median before / after the sequential checks, their mean |"
                        + " %.1f / %.1f ms, **%.1f ms** | – |", roundTrip.before().toNanos() / 1e6,
                        roundTrip.after().toNanos() / 1e6, rt / 1e6)
                .row("| **sequential**: p50 POST → 303 | %.1f ms = **%.2f round trips** | ≤ %.1f round trips (%s) |",
                        percentile(seqPost, 50) / 1e6, p50Ratio, GOAL_ROUND_TRIPS, p50Ratio <= GOAL_ROUND_TRIPS ? "met"
                                : "not met")
                .row("| sequential: p50 POST → 303 less one round trip (our own time, with the attempt-log write) | "
                        + "%.1f ms | ≤ %.1f ms |", (percentile(seqPost, 50) - rt) / 1e6, (GOAL_ROUND_TRIPS - 1) * rt / 1e6)
                .row("| sequential: p95 POST → 303 | %.1f ms = %.2f round trips | – |", percentile(seqPost, 95) / 1e6,
                        percentile(seqPost, 95) / rt)
                .row("| the adapter alone in this JVM (no HTTP, form or attempt log), %d checks: p50 / p95 | "
                        + "%.1f / %.1f ms = %.2f / %.2f round trips | – |", alone.size(), percentile(alone, 50) / 1e6,
                        percentile(alone, 95) / 1e6, percentile(alone, 50) / rt, percentile(alone, 95) / rt)
                .row("| sequential: p50 POST → 303 less the adapter alone's p50 (what the application adds) | %.1f ms | – |",
                        (percentile(seqPost, 50) - percentile(alone, 50)) / 1e6)
                .row("| sequential: p50 / p95 GET of the form | %.1f / %.1f ms | – |", percentile(seqForm, 50) / 1e6,
                        percentile(seqForm, 95) / 1e6)
                .row("| sequential: answers other than 303 to the portal | %d of %d | 0 |", failures(sequential),
                        sequential.size())
                .row("| sequential: Graph HTTP requests per check | %.2f (%d for %d checks; others: %s) | 1 |",
                        (double) sequentialRequests / sequential.size(), sequentialRequests, sequential.size(),
                        sequentialOthers)
                .row("| sequential: CPU per check (form + check), application / this JVM (fake Graph, client) | "
                        + "%.2f / %.2f ms | – |", sequentialCost.appCpuMsPerCheck(), sequentialCost.selfCpuMsPerCheck())
                .row("| **saturation**: %d clients for %d s, checks completed | %d (%.1f checks/s) | – |",
                        parameters.clients(), parameters.saturationSeconds(), saturation.size(),
                        saturation.size() / saturationCost.wallSeconds())
                .row("| saturation: p50 / p95 POST → 303 | %.1f / %.1f ms (%.2f / %.2f round trips) | – |",
                        percentile(satPost, 50) / 1e6, percentile(satPost, 95) / 1e6, percentile(satPost, 50) / rt,
                        percentile(satPost, 95) / rt)
                .row("| saturation: answers other than 303 to the portal | %d of %d | 0 |", failures(saturation),
                        saturation.size())
                .row("| saturation: Graph HTTP requests per check | %.2f (%d for %d checks; others: %s) | 1 |",
                        (double) saturationRequests / saturation.size(), saturationRequests, saturation.size(),
                        saturationOthers)
                .row("| **saturation: application CPU per check** (form + check) | **%.2f ms** (%.2f of %d cores busy) | – |",
                        saturationCost.appCpuMsPerCheck(), saturationCost.appCores(),
                        Runtime.getRuntime().availableProcessors())
                .row("| saturation: this JVM's CPU per check (fake Graph and clients) | %.2f ms (%.2f cores busy) | – |",
                        saturationCost.selfCpuMsPerCheck(), saturationCost.selfCores())
                .log();
    }

    private static long failures(Collection<Check> checks) {
        return checks.stream().filter(check -> !check.sentToPortal()).count();
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    /** One Graph round trip as the figures use it: the mean of the medians measured before and after the sequential checks. */
    record RoundTrip(Duration before, Duration after) {

        double nanos() {
            return (before.toNanos() + after.toNanos()) / 2.0;
        }
    }

    /** One check as a browser makes it: the form's GET, the POST, and whether the answer sent the user to the portal. */
    record Check(long formNanos, long postNanos, boolean sentToPortal) {
    }

    /**
     * A browser on the journey: its own connection (HTTP/1.1, kept alive), no redirects followed, the CSRF cookie of
     * each form sent back with its field, as PackagedReplica's checks do.
     */
    static final class JourneyClient {

        private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
        private static final Pattern CSRF_COOKIE = Pattern.compile("^csrf-token=([^;]+)");
        private static final Duration TIMEOUT = Duration.ofSeconds(30);

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final URI root;

        JourneyClient(URI root) {
            this.root = root;
        }

        Check check(String username) {
            try {
                long start = System.nanoTime();
                HttpResponse<String> form = http.send(HttpRequest.newBuilder(root).timeout(TIMEOUT)
                        .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
                long posted = System.nanoTime();
                Matcher field = CSRF_FIELD.matcher(form.body());
                String cookie = form.headers().allValues("Set-Cookie").stream().map(CSRF_COOKIE::matcher)
                        .filter(Matcher::find).map(m -> m.group(1)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no CSRF cookie with the form: " + form.headers()));
                if (form.statusCode() != 200 || !field.find()) {
                    throw new IllegalStateException("the form answered " + form.statusCode() + " without a CSRF field");
                }
                String body = "csrf-token=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8) + "&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8);
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(root).timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                        .header("Cookie", "csrf-token=" + cookie).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding());
                long answered = System.nanoTime();
                boolean toPortal = answer.statusCode() == 303
                        && answer.headers().firstValue("Location").map(l -> !l.startsWith(root.toString())).orElse(false);
                return new Check(posted - start, answered - posted, toPortal);
            } catch (IOException e) {
                throw new IllegalStateException("check of " + username + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** A measured phase: wall time and the CPU time of the application's process and of this JVM. */
    record Phase(long startNanos, long pid, long appTicks, long selfTicks) {

        static Phase start(long pid) throws IOException {
            return new Phase(System.nanoTime(), pid, ProcessCpu.ticks(pid), ProcessCpu.ticks(ProcessHandle.current().pid()));
        }

        Result end(int checks) throws IOException {
            double wall = (System.nanoTime() - startNanos) / 1e9;
            double app = (ProcessCpu.ticks(pid) - appTicks) / ProcessCpu.TICKS_PER_SECOND;
            double self = (ProcessCpu.ticks(ProcessHandle.current().pid()) - selfTicks) / ProcessCpu.TICKS_PER_SECOND;
            return new Result(wall, app, self, checks);
        }

        /** CPU seconds of the application and of this JVM over {@code wallSeconds}, for {@code checks} checks. */
        record Result(double wallSeconds, double appCpuSeconds, double selfCpuSeconds, int checks) {

            double appCpuMsPerCheck() {
                return appCpuSeconds * 1000 / checks;
            }

            double selfCpuMsPerCheck() {
                return selfCpuSeconds * 1000 / checks;
            }

            double appCores() {
                return appCpuSeconds / wallSeconds;
            }

            double selfCores() {
                return selfCpuSeconds / wallSeconds;
            }
        }
    }

    /** A process's CPU time from {@code /proc/<pid>/stat}, and the machine's load average. */
    static final class ProcessCpu {

        /** {@code getconf CLK_TCK}: the unit of {@code utime} and {@code stime}. */
        static final double TICKS_PER_SECOND = clockTicks();

        private ProcessCpu() {
        }

        /** {@code utime + stime} of the process, all its threads, in clock ticks. */
        static long ticks(long pid) throws IOException {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // After the command in parentheses: state is field 3, utime field 14, stime field 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
        }

        /** The first three fields of {@code /proc/loadavg}. */
        static String loadAverage() throws IOException {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        }

        private static double clockTicks() {
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
                String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
                return getconf.waitFor() == 0 ? Double.parseDouble(out) : 100;
            } catch (IOException | NumberFormatException e) {
                return 100;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 100;
            }
        }
    }
}
