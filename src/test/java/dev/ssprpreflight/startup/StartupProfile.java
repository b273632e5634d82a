package dev.ssprpreflight.startup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ssprpreflight.directory.graph.FigureTable;
import dev.ssprpreflight.directory.graph.PlainJvmLogging;
import io.quarkus.logging.Log;

/**
 * Where start-up time goes (issue 17): starts a packaged application once, as {@link StartupBenchmark} does, with
 * class loading logged ({@code -Xlog:class+load}) and a JFR recording ({@code settings=profile}, execution samples
 * every 10 ms) that is dumped with {@code jcmd} the moment the first 200 on {@code /} arrives, then prints: (a) the
 * time to the first 200 (longer than in the benchmark: logging and JFR cost); (b) the classes loaded by then per
 * library (package prefix), top 25; (c) the execution samples by then, per library anywhere on the stack (inclusive:
 * the work done by or under it), per library of the top frame (self), per class of ours on the stack, and per thread;
 * also Quarkus's timing of its start-up steps ({@code quarkus.debug.print-startup-times}) and, 5 s after the first
 * 200, the RSS and the JVM's native memory tracking per area.
 * Run by scripts/startup-profile.sh; not a test.
 * <p>
 * Arguments, all optional: {@code [sspr|bare|graph|all] [output directory]} (defaults all, target/startup-profile).
 * {@code graph} is ours with {@code sspr.directory=graph} against a Graph and an Entra ID that nobody answers (closed
 * local ports): the adapter's start without a network. The JFR files and class-load logs stay in the output directory.
 */
public final class StartupProfile {

    static final int TOP = 25;

    /** As in the benchmark. */
    static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Pattern NMT = Pattern.compile("(?m)^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");
    private static final Pattern STEP = Pattern.compile("Build step (\\S+) completed in: (\\d+)ms");
    private static final Pattern CLASS_LOAD = Pattern.compile("^\\[(\\d+\\.\\d+)s\\]\\[info\\]\\[class,load\\] (\\S+)");
    /** Namespaces too broad at two segments: counted by their first three. */
    private static final Set<String> UMBRELLAS = Set.of("io.quarkus", "io.smallrye", "io.vertx", "org.jboss",
            "org.eclipse", "com.fasterxml", "com.azure", "com.microsoft", "org.apache", "io.netty", "jdk.internal",
            "dev.ssprpreflight", "sun.security", "org.hibernate");

    public static void main(String[] args) throws Exception {
        PlainJvmLogging.toConsole();
        String which = args.length > 0 ? args[0] : "all";
        Path out = Path.of(args.length > 1 ? args[1] : "target/startup-profile").toAbsolutePath();
        Files.createDirectories(out);
        try (OidcDiscoveryStub oidc = OidcDiscoveryStub.start()) {
            Map<String, PackagedApp> apps = new LinkedHashMap<>();
            apps.put("sspr", PackagedApp.sspr(StartupBenchmark.OURS, oidc));
            apps.put("bare", PackagedApp.bare(StartupBenchmark.BARE));
            int closed = closedPort();
            apps.put("graph", PackagedApp.sspr("SSPR Preflight, Graph directory (unreachable)", StartupBenchmark.OURS,
                    oidc,
                    Map.of("sspr.directory", "graph", "sspr.graph.tenant-id", "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
                            "sspr.graph.client-id", "00000000-0000-0000-0000-000000000001",
                            "sspr.graph.client-secret", "startup-profile-secret",
                            "sspr.graph.authority-host", "https://127.0.0.1:" + closed,
                            "sspr.graph.base-url", "http://127.0.0.1:" + closed + "/v1.0")));
            for (var app : apps.entrySet()) {
                if (which.equals("all") || which.equals(app.getKey())) {
                    profile(app.getKey(), app.getValue(), out);
                }
            }
        }
        System.exit(0);
    }

    private static void profile(String key, PackagedApp app, Path out) throws Exception {
        Path classLog = out.resolve(key + "-class-load.log");
        Path jfr = out.resolve(key + "-startup.jfr");
        Files.deleteIfExists(classLog);
        Files.deleteIfExists(jfr);
        // The benchmark's container model first, so that the heap and the memory figures are those it measures.
        List<String> flags = new ArrayList<>(PackagedApp.containerFlags());
        flags.addAll(List.of("-Xlog:class+load=info:file=" + classLog,
                "-XX:StartFlightRecording=name=startup,settings=profile", "-Dquarkus.debug.print-startup-times=true",
                "-XX:NativeMemoryTracking=summary"));
        Duration firstOk;
        Instant firstOkAt;
        String features;
        Double startedIn;
        String log;
        String memory;
        double rss;
        try (PackagedApp.Running running = app.start(out, flags)) {
            firstOk = running.awaitFirst200(StartupBenchmark.AT_MOST);
            firstOkAt = Instant.now();
            Files.writeString(out.resolve(key + "-jcmd.log"),
                    jcmd(running.pid(), "JFR.dump", "name=startup", "filename=" + jfr));
            startedIn = running.quarkusStartedInSeconds().orElse(null);
            running.idle(SETTLE);
            rss = running.rssMiB();
            memory = jcmd(running.pid(), "VM.native_memory", "summary");
            log = Files.readString(running.log());
            features = installedFeatures(log);
            Files.copy(running.log(), out.resolve(key + "-app.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Log.infof("== %s ==", app.name());
        Log.infof("(a) launch → first 200 on /: %.2f s with class-load logging and JFR on (Quarkus: started in %s s);"
                + " installed features: %s", firstOk.toNanos() / 1e9, startedIn, features);
        steps(app, log);
        memory(app, memory, rss);
        classes(app, classLog, firstOk);
        samples(app, jfr, firstOkAt);
    }

    /**
     * (a') Quarkus's own timing of its start-up steps ({@code quarkus.debug.print-startup-times}): wall-clock time of
     * each recorded build step at static and runtime init, which covers the extensions' start and, in the step that
     * fires {@code StartupEvent}, our observers and {@code @Startup} beans.
     */
    private static void steps(PackagedApp app, String log) {
        Matcher matcher = STEP.matcher(log);
        Map<String, Integer> perStep = new HashMap<>();
        int total = 0;
        while (matcher.find()) {
            int millis = Integer.parseInt(matcher.group(2));
            perStep.merge(matcher.group(1), millis, Integer::sum);
            total += millis;
        }
        FigureTable table = new FigureTable().row(
                "%s: Quarkus start-up steps (quarkus.debug.print-startup-times), %,d ms in %d steps; top %d",
                app.name(), total, perStep.size(), TOP).row("| Step | ms |").row("|---|---|");
        top(perStep).forEach(e -> table.row("| %s | %,d |", e.getKey(), e.getValue()));
        table.log();
    }

    private static String installedFeatures(String log) {
        Matcher matcher = Pattern.compile("Installed features: \\[([^\\]]*)\\]").matcher(log);
        return matcher.find() ? "[" + matcher.group(1) + "]" : "(not in the log)";
    }

    /**
     * Where the idle memory is: the JVM's native memory tracking, committed per area, {@link #SETTLE} after the
     * first 200 (with JFR still recording: its buffers are in "Tracing" and "Other").
     */
    private static void memory(PackagedApp app, String summary, double rss) {
        Matcher matcher = NMT.matcher(summary);
        Map<String, Integer> committed = new HashMap<>();
        while (matcher.find()) {
            committed.put(matcher.group(1).trim(), Integer.parseInt(matcher.group(3)));
        }
        FigureTable table = new FigureTable()
                .row("%s: RSS %.0f MiB %d s after the first 200; JVM native memory tracking, committed, top %d",
                        app.name(), rss, SETTLE.toSeconds(), TOP)
                .row("| Area | committed MiB |").row("|---|---|");
        top(committed).forEach(e -> table.row("| %s | %.1f |", e.getKey(), e.getValue() / 1024.0));
        table.log();
    }

    static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
        }
        return output;
    }

    /** (b) Classes loaded until the first 200 (JVM uptime up to the launch-to-200 time), per library. */
    private static void classes(PackagedApp app, Path classLog, Duration firstOk) throws IOException {
        Map<String, Integer> perLibrary = new HashMap<>();
        Map<Integer, Map<String, Integer>> perSecond = new java.util.TreeMap<>();
        int total = 0;
        double until = firstOk.toNanos() / 1e9;
        for (String line : Files.readAllLines(classLog)) {
            Matcher matcher = CLASS_LOAD.matcher(line);
            if (matcher.find() && Double.parseDouble(matcher.group(1)) <= until) {
                total++;
                perLibrary.merge(library(matcher.group(2)), 1, Integer::sum);
                perSecond.computeIfAbsent((int) Double.parseDouble(matcher.group(1)), k -> new HashMap<>())
                        .merge(library(matcher.group(2)), 1, Integer::sum);
            }
        }
        FigureTable timeline = new FigureTable().row("%s: classes loaded per second of JVM uptime, with the three"
                + " libraries that load most in it", app.name()).row("| Second | Classes | Mostly |").row("|---|---|---|");
        perSecond.forEach((second, libraries) -> timeline.row("| %d–%d | %,d | %s |", second, second + 1,
                libraries.values().stream().mapToInt(Integer::intValue).sum(),
                top(libraries).stream().limit(3).map(e -> e.getKey() + " " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", "))));
        timeline.log();
        int loaded = total;
        FigureTable table = new FigureTable().row("%s: %,d classes loaded by the first 200; top %d libraries",
                app.name(), loaded, TOP).row("| Library (package prefix) | Classes | Share |").row("|---|---|---|");
        top(perLibrary).forEach(
                e -> table.row("| %s | %,d | %.1f %% |", e.getKey(), e.getValue(), 100.0 * e.getValue() / loaded));
        table.log();
    }

    /** (c) JFR execution samples until the first 200. */
    private static void samples(PackagedApp app, Path jfr, Instant firstOkAt) throws IOException {
        if (!Files.exists(jfr)) {
            Log.warnf("%s: no JFR recording was dumped (see the jcmd log beside it)", app.name());
            return;
        }
        ExecutionSamples samples = ExecutionSamples.read(jfr, at -> !at.isAfter(firstOkAt));
        Log.infof("%s: %d execution samples (Java code, every 10 ms per running thread) by the first 200;"
                + " JIT compilations %.0f ms (compiler threads), GC %.0f ms", app.name(), samples.count(),
                samples.compileMillis(), samples.gcMillis());
        samples.log(app.name());
    }

    static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer> comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return sorted.subList(0, Math.min(TOP, sorted.size()));
    }

    /** A class's library: its first two package segments, three for the broad namespaces. */
    static String library(String className) {
        String[] parts = className.split("\\.");
        if (parts.length <= 2) {
            return parts.length == 1 ? "(no package)" : parts[0];
        }
        int depth = UMBRELLAS.contains(parts[0] + "." + parts[1]) ? 3 : 2;
        if (parts[0].equals("org") && parts[1].equals("hibernate") && !parts[2].equals("validator")) {
            depth = 2;
        }
        return String.join(".", List.of(parts).subList(0, Math.min(depth, parts.length - 1)));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
