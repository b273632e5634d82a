package dev.ssprpreflight.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.logging.Log;

/**
 * A packaged Quarkus application ({@code quarkus-run.jar} of a fast-jar) started as a child process the way the
 * container image starts it: {@code java} with the image's JVM flags ({@link #IMAGE_FLAGS}) from the jar's directory,
 * on free ports, with a run directory of its own (its temp directory, database and log). When the package holds a
 * class-data sharing archive ({@code app-cds.jsa}), it is used; when the image's recipe trains one
 * ({@link #CDS_TRAINING}) and the package has none, SSPR Preflight's start trains it first, as the image build does.
 * Used by {@link StartupBenchmark}, {@link StartupProfile} and {@link CheckCostBenchmark}.
 */
final class PackagedApp {

    /** The container image's recipe, whose {@code JAVA_OPTS_APPEND} holds our JVM flags. */
    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    /** The training start that writes the image's class-data sharing archive, run by the recipe at build time. */
    static final Path CDS_TRAINING = Path.of("src/main/docker/cds-training.sh");

    /** Where a package's archive is, beside its jar (the image's is {@code /deployments/app-cds.jsa}). */
    static final String ARCHIVE = "app-cds.jsa";

    /**
     * The garbage collector the UBI OpenJDK image's {@code run-java.sh} chooses unless the image sets
     * {@code GC_CONTAINER_OPTIONS} (jboss-container-images/openjdk, run-java's documented variables: it "will override
     * the default of -XX:+UseParallelGC").
     */
    static final String RUN_JAVA_DEFAULT_GC = "-XX:+UseParallelGC";

    /** The rest of what {@code run-java.sh} puts in {@code JAVA_OPTS} before ours: heap tuned to give memory back. */
    static final List<String> RUN_JAVA_DEFAULTS = List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20",
            "-XX:GCTimeRatio=4", "-XX:AdaptiveSizePolicyWeight=90", "-XX:+ExitOnOutOfMemoryError");

    /**
     * The JVM flags the image starts with, read from the Dockerfile itself (so that a change there is what the
     * benchmark measures): its {@code GC_CONTAINER_OPTIONS} or run-java's default collector, run-java's other defaults,
     * then its {@code JAVA_OPTS_APPEND}, less the temp and Vert.x cache directories, which are the run directory's here,
     * and the image's archive, for which the package's own stands in.
     */
    static final List<String> IMAGE_FLAGS = imageFlags(DOCKERFILE);

    static List<String> imageFlags(Path dockerfile) {
        String recipe;
        try {
            recipe = Files.readString(dockerfile);
        } catch (IOException e) {
            throw new UncheckedIOException("run from the project's root: " + dockerfile + " is where the image's JVM "
                    + "flags are", e);
        }
        List<String> flags = new ArrayList<>(
                env(recipe, "GC_CONTAINER_OPTIONS").orElse(List.of(RUN_JAVA_DEFAULT_GC)));
        flags.addAll(RUN_JAVA_DEFAULTS);
        List<String> append = env(recipe, "JAVA_OPTS_APPEND").orElseThrow(() -> new IllegalStateException(
                dockerfile + " has no ENV JAVA_OPTS_APPEND=\"...\" line"));
        append.stream().filter(flag -> !flag.startsWith("-Djava.io.tmpdir=") && !flag.startsWith("-Dvertx.cacheDirBase=")
                && !flag.startsWith("-XX:SharedArchiveFile=")).forEach(flags::add);
        return List.copyOf(flags);
    }

    /** The flags of an {@code ENV NAME="..."} line of the recipe. */
    private static Optional<List<String>> env(String recipe, String name) {
        Matcher line = Pattern.compile("ENV " + name + "=\"([^\"]*)\"").matcher(recipe);
        return line.find() ? Optional.of(List.of(line.group(1).trim().split("\\s+"))) : Optional.empty();
    }

    /**
     * What the JVM in a container sees of its memory limit: a 1 GiB container unless {@code -Dstartup.container-memory}
     * says otherwise ({@code none}: the whole machine). Without it the heap is sized from this machine's memory
     * (a 378 MiB initial heap on 24 GB), which no container replica gets, and the idle RSS follows the heap.
     */
    static List<String> containerFlags() {
        String memory = System.getProperty("startup.container-memory", "1g");
        List<String> flags = new ArrayList<>();
        if (!memory.equals("none")) {
            flags.add("-XX:MaxRAM=" + memory);
        }
        String extra = System.getProperty("startup.extra-flags", "").trim();
        if (!extra.isEmpty()) {
            // For trying a flag on both apps before it goes into the Dockerfile.
            flags.addAll(List.of(extra.split("\\s+")));
        }
        return List.copyOf(flags);
    }

    /** What a production deployment of SSPR Preflight must supply besides the database and the provider. */
    private static final Map<String, String> DEPLOYMENT = Map.of(
            "quarkus.oidc.client-id", "sspr-preflight-startup-benchmark",
            "quarkus.oidc.credentials.secret", "startup-benchmark-client-secret-0123456789",
            "quarkus.http.auth.session.encryption-key", "startup-benchmark-session-key-0123456789abcdef",
            "sspr.admin.tenant-id", "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            "sspr.challenge.secret", "T0m6vQ2xJr8cYpL4nWz9sKd1hFb7gUe3aXq5iRo0tMjVyHlNcPkSwEuBfZ2D");

    private static final Pattern STARTED_IN = Pattern.compile("started in (\\d+\\.\\d+)s");

    private final String name;
    private final Path jar;
    private final boolean sspr;
    private final Map<String, String> properties;

    private PackagedApp(String name, Path jar, boolean sspr, Map<String, String> properties) {
        this.name = name;
        this.jar = jar.toAbsolutePath();
        this.sspr = sspr;
        this.properties = properties;
    }

    /** The bare reference: its defaults and a free HTTP port. */
    static PackagedApp bare(Path jar) {
        return new PackagedApp("bare Quarkus REST", jar, false, Map.of());
    }

    /**
     * SSPR Preflight as production runs it: the {@code prod} profile, the demo directory (the default
     * {@code sspr.directory}), an embedded H2 file database in the run directory (new for every start, so Flyway
     * migrates it as on a first start), the console's provider at {@code oidc}, and the secrets and tenant a
     * deployment supplies (those of ProductionProfileTest).
     */
    static PackagedApp sspr(Path jar, OidcDiscoveryStub oidc) {
        return sspr("SSPR Preflight", jar, oidc, Map.of());
    }

    /** The same, with {@code extra} system properties (e.g. another directory adapter). */
    static PackagedApp sspr(String name, Path jar, OidcDiscoveryStub oidc, Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.profile", "prod");
        properties.put("quarkus.oidc.auth-server-url", oidc.authServerUrl());
        properties.putAll(DEPLOYMENT);
        properties.putAll(extra);
        return new PackagedApp(name, jar, true, properties);
    }

    String name() {
        return name;
    }

    /** The whole command line for a start in {@code dir} on the given ports, for the record. */
    List<String> command(Path dir, int httpPort, int managementPort, List<String> extraFlags) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(IMAGE_FLAGS);
        Path archive = jar.resolveSibling(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.add("-Djava.io.tmpdir=" + dir);
        command.add("-Dvertx.cacheDirBase=" + dir.resolve("vertx-cache"));
        command.addAll(extraFlags);
        command.add("-Dquarkus.http.port=" + httpPort);
        if (sspr) {
            command.add("-Dquarkus.management.port=" + managementPort);
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("db").resolve("sspr-preflight")
                    + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        // By its absolute path, as run-java.sh names it (-jar /deployments/quarkus-run.jar from /deployments): a
        // class-data sharing archive is only used by a JVM whose class path is written as at the training start.
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** Starts it in a fresh directory under {@code parent}, with {@code extraFlags} before the system properties. */
    Running start(Path parent, List<String> extraFlags) throws IOException {
        if (sspr && imageTrainsAnArchive(DOCKERFILE) && !Files.isRegularFile(jar.resolveSibling(ARCHIVE))) {
            train(jar, jar.resolveSibling(ARCHIVE));
        }
        Path dir = Files.createTempDirectory(parent, sspr ? "sspr-" : "bare-");
        int httpPort = freePort();
        int managementPort = freePort();
        List<String> command = command(dir, httpPort, managementPort, extraFlags);
        Path log = dir.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long launchedAt = System.nanoTime();
        Process process = builder.start();
        return new Running(this, process, launchedAt, dir, log, URI.create("http://127.0.0.1:" + httpPort + "/"));
    }

    /** Whether the recipe runs {@link #CDS_TRAINING} in its build. */
    static boolean imageTrainsAnArchive(Path dockerfile) {
        try {
            return Files.readString(dockerfile).contains(CDS_TRAINING.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the image's training start on {@code jar}, with this machine's java, writing {@code archive}. */
    static void train(Path jar, Path archive) throws IOException {
        Log.infof("Training start of %s for its class-data sharing archive, as the image's build does (%s)", jar,
                CDS_TRAINING);
        Process training = new ProcessBuilder("bash", CDS_TRAINING.toString(), jar.toAbsolutePath().toString(),
                archive.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String output = new String(training.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (training.waitFor() != 0) {
                throw new IllegalStateException("The training start failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the training start", e);
        }
        Log.info(output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A started application. */
    static final class Running implements AutoCloseable {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

        private final PackagedApp app;
        private final Process process;
        private final long launchedAt;
        private final Path dir;
        private final Path log;
        private final URI root;

        private Running(PackagedApp app, Process process, long launchedAt, Path dir, Path log, URI root) {
            this.app = app;
            this.process = process;
            this.launchedAt = launchedAt;
            this.dir = dir;
            this.log = log;
            this.root = root;
        }

        /** Sends one request with the shared client, so that its own first-use cost is not part of a measurement. */
        static void warmUp(URI any) {
            try {
                HTTP.send(HttpRequest.newBuilder(any).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * Polls {@code GET /} every 10 ms until it answers 200 and returns the time from launch to that answer.
         * Fails if the process ends first or {@code atMost} passes.
         */
        Duration awaitFirst200(Duration atMost) throws InterruptedException {
            long deadline = launchedAt + atMost.toNanos();
            HttpRequest request = HttpRequest.newBuilder(root).timeout(Duration.ofSeconds(30)).build();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(app.name + " ended with " + process.exitValue()
                            + " before answering; its log: " + log + "\n" + tail());
                }
                try {
                    int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        return Duration.ofNanos(System.nanoTime() - launchedAt);
                    }
                } catch (IOException notListeningYet) {
                    // Connection refused until the HTTP server is up: poll again.
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
            throw new IllegalStateException(app.name + " did not answer 200 on / within " + atMost + "; its log: "
                    + log + "\n" + tail());
        }

        /** Waits {@code settle} from now without polling the application. */
        void idle(Duration settle) {
            long until = System.nanoTime() + settle.toNanos();
            for (long left = settle.toNanos(); left > 0; left = until - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }

        /** The resident set size now, in MiB ({@code VmRSS} of {@code /proc/<pid>/status}). */
        double rssMiB() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            throw new IllegalStateException("no VmRSS for " + process.pid());
        }

        long pid() {
            return process.pid();
        }

        /** Its HTTP root, {@code http://127.0.0.1:<port>/}. */
        URI root() {
            return root;
        }

        Path dir() {
            return dir;
        }

        Path log() {
            return log;
        }

        /** Quarkus's own "started in" figure from the application's log (JVM start to the end of its start). */
        Optional<Double> quarkusStartedInSeconds() throws IOException {
            Matcher matcher = STARTED_IN.matcher(Files.readString(log));
            return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
        }

        /** The log's last lines, for a failure message. */
        String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            } catch (IOException e) {
                return "(log unreadable: " + e + ")";
            }
        }

        /** Stops it as the platform does (SIGTERM), forcibly after 30 s. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
