package dev.ssprpreflight.startup;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.ssprpreflight.directory.graph.FigureTable;
import dev.ssprpreflight.directory.graph.PlainJvmLogging;
import io.quarkus.logging.Log;

/**
 * Start-up time and idle memory of the packaged application against a bare Quarkus REST application (issue 17). Both
 * are started alternately (bare, ours, bare, ours, …) as child processes with the container image's JVM flags
 * ({@link PackagedApp#IMAGE_FLAGS}), each on free ports; for each start it measures launch (just before the process
 * is started) to the first 200 on {@code GET /}, polled every 10 ms, then leaves the application alone for the
 * settle time and reads its resident set size ({@code VmRSS}), then stops it. Ours runs as production does: the
 * {@code prod} profile, the demo directory, an embedded H2 file database (fresh per start), the console's OIDC
 * provider served by {@link OidcDiscoveryStub}. Not a test: run it by hand, see docs/performance.md.
 * <p>
 * Arguments, all optional: {@code [ours quarkus-run.jar] [bare quarkus-run.jar] [starts of each] [settle seconds]}
 * (defaults target/quarkus-app/quarkus-run.jar, benchmarks/bare-quarkus/target/quarkus-app/quarkus-run.jar, 3, 5).
 */
public final class StartupBenchmark {

    static final Path OURS = Path.of("target/quarkus-app/quarkus-run.jar");
    static final Path BARE = Path.of("benchmarks/bare-quarkus/target/quarkus-app/quarkus-run.jar");
    static final Duration AT_MOST = Duration.ofSeconds(120);
    /** The goals of issue 17. */
    static final double START_RATIO_GOAL = 2.0;
    /** The goal is 180 MB (10^6 bytes); RSS is read in MiB. */
    static final double RSS_GOAL_MIB = 180e6 / (1 << 20);

    public static void main(String[] args) throws Exception {
        PlainJvmLogging.toConsole();
        Path ours = args.length > 0 ? Path.of(args[0]) : OURS;
        Path bare = args.length > 1 ? Path.of(args[1]) : BARE;
        int starts = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Duration settle = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 5);
        for (Path jar : List.of(ours, bare)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException(jar + " does not exist: package both applications first"
                        + " (docs/performance.md)");
            }
        }
        Path work = Files.createTempDirectory("startup-benchmark");
        try (OidcDiscoveryStub oidc = OidcDiscoveryStub.start()) {
            PackagedApp sspr = PackagedApp.sspr(ours, oidc);
            PackagedApp reference = PackagedApp.bare(bare);
            Log.infof("JVM: %s %s, %d processors; flags of the image: %s", System.getProperty("java.vm.name"),
                    System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(),
                    String.join(" ", PackagedApp.IMAGE_FLAGS));
            Log.infof("Container model and extra flags, on both: %s", PackagedApp.containerFlags());
            Log.infof("Ours is started as: %s",
                    String.join(" ", sspr.command(work.resolve("<run>"), 0, 0, PackagedApp.containerFlags())));
            PackagedApp.Running.warmUp(URI.create(oidc.authServerUrl() + "/.well-known/openid-configuration"));
            oidc.forget();

            List<Start> bareStarts = new ArrayList<>();
            List<Start> ourStarts = new ArrayList<>();
            for (int i = 1; i <= starts; i++) {
                bareStarts.add(measure(reference, work, settle, i));
                ourStarts.add(measure(sspr, work, settle, i));
                if (i == 1) {
                    Log.infof("OIDC provider requests during our first start and idle time: %s", oidc.requests());
                }
            }
            report(bareStarts, ourStarts, settle);
        } finally {
            deleteTree(work);
        }
        System.exit(0);
    }

    /** One start's figures. */
    record Start(double firstOkSeconds, double rssMiB, Double quarkusStartedIn) {
    }

    private static Start measure(PackagedApp app, Path work, Duration settle, int run) throws Exception {
        try (PackagedApp.Running running = app.start(work, PackagedApp.containerFlags())) {
            Duration firstOk = running.awaitFirst200(AT_MOST);
            running.idle(settle);
            double rss = running.rssMiB();
            Start start = new Start(firstOk.toNanos() / 1e9, rss, running.quarkusStartedInSeconds().orElse(null));
            Log.infof("%s, start %d: first 200 after %.2f s (Quarkus: started in %s s), RSS after %d s idle %.0f MiB",
                    app.name(), run, start.firstOkSeconds, start.quarkusStartedIn, settle.toSeconds(), rss);
            return start;
        }
    }

    private static void report(List<Start> bare, List<Start> ours, Duration settle) {
        FigureTable runs = new FigureTable().row("| Start | bare: first 200 | bare: idle RSS | bare: Quarkus \"started in\""
                + " | SSPR Preflight: first 200 | SSPR Preflight: idle RSS | SSPR Preflight: Quarkus \"started in\" |")
                .row("|---|---|---|---|---|---|---|");
        for (int i = 0; i < bare.size(); i++) {
            runs.row("| %d | %.2f s | %.0f MiB | %s | %.2f s | %.0f MiB | %s |", i + 1, bare.get(i).firstOkSeconds,
                    bare.get(i).rssMiB, seconds(bare.get(i).quarkusStartedIn), ours.get(i).firstOkSeconds,
                    ours.get(i).rssMiB, seconds(ours.get(i).quarkusStartedIn));
        }
        double bareStart = median(bare.stream().map(Start::firstOkSeconds));
        double ourStart = median(ours.stream().map(Start::firstOkSeconds));
        double bareRss = median(bare.stream().map(Start::rssMiB));
        double ourRss = median(ours.stream().map(Start::rssMiB));
        runs.row("| median | %.2f s | %.0f MiB | | %.2f s | %.0f MiB | |", bareStart, bareRss, ourStart, ourRss);
        runs.log();

        double ratio = ourStart / bareStart;
        new FigureTable().row("| Figure (median of %d) | bare Quarkus REST | SSPR Preflight | goal | met |", bare.size())
                .row("|---|---|---|---|---|")
                .row("| launch → first 200 on `/` | %.2f s | %.2f s (%.1f×) | ≤ %.0f× the bare app | %s |", bareStart,
                        ourStart, ratio, START_RATIO_GOAL, ratio <= START_RATIO_GOAL ? "yes" : "no")
                .row("| idle RSS %d s after the first 200 | %.0f MiB | %.0f MiB (%.1f×) | ≤ 180 MB (%.0f MiB) | %s |",
                        settle.toSeconds(), bareRss, ourRss, ourRss / bareRss, RSS_GOAL_MIB,
                        ourRss <= RSS_GOAL_MIB ? "yes" : "no")
                .log();
    }

    private static String seconds(Double value) {
        return value == null ? "–" : String.format("%.2f s", value);
    }

    static double median(Stream<Double> values) {
        List<Double> sorted = values.sorted().collect(Collectors.toList());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
