package dev.ssprpreflight.directory.graph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One replica of the packaged application in a child JVM ({@code target/postgresql-app/}, built for PostgreSQL by the
 * pom), against one PostgreSQL and one fake Graph, as replicas run in production: its own ports and replica id, the
 * registration mirror, the reports budget and the rate limits shared through the database. Its output goes to
 * {@code <work>/<replica id>.log}; every started replica is killed by a shutdown hook if the test JVM ends first.
 */
final class PackagedReplica {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final List<Process> RUNNING = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    final String replicaId;
    final int httpPort;
    final int managementPort;
    final Process process;
    private final Path log;

    private PackagedReplica(String replicaId, int httpPort, int managementPort, Process process, Path log) {
        this.replicaId = replicaId;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * The settings every replica runs with: the database, the fake Graph with its client secret, the mirror shared
     * through the database and synced every second, rate limits in the database and no challenge or pacing in the way.
     */
    static Map<String, String> settings(String replicaId, EmbeddedPostgres postgres, FakeGraph graph) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("quarkus.log.console.json.enabled", "false");
        settings.put("quarkus.oidc.tenant-enabled", "false");
        settings.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
        settings.put("quarkus.datasource.username", "postgres");
        settings.put("quarkus.datasource.password", "postgres");
        settings.putAll(graph.applicationSettings());
        settings.put("sspr.tenant.password-writeback-enabled", "false");
        settings.put("sspr.graph.registration-mirror.store", "database");
        settings.put("sspr.graph.registration-mirror.replica-id", replicaId);
        settings.put("sspr.graph.registration-mirror.first-refresh-after", "PT0S");
        settings.put("sspr.graph.registration-mirror.sync-every", "PT1S");
        settings.put("sspr.graph.registration-mirror.refresh-every", "PT1H");
        settings.put("sspr.rate-limit.store", "database");
        settings.put("sspr.rate-limit.per-client.capacity", "100000");
        settings.put("sspr.rate-limit.per-network.capacity", "100000");
        settings.put("sspr.rate-limit.global.capacity", "100000");
        settings.put("sspr.challenge.after", "100000");
        // Random (openssl rand -base64 48): a guessable secret stops the start (SecretStrength).
        settings.put("sspr.challenge.secret", "kQ7v2Xb9RmT4wLp0sZ8nYc3HjA6dF1gUe5iOqB/r+KtNxVyWlMzC7hE2uP9aS4oG");
        settings.put("sspr.pacing.minimum-check-duration", "PT0S");
        settings.put("sspr.health.graph-probe-interval", "PT1S");
        return settings;
    }

    /** Starts a replica with these settings (see {@link #settings}); it listens once {@link #ready()}. */
    static PackagedReplica start(String replicaId, Map<String, String> settings, Path work) throws IOException {
        Path application = Path.of(System.getProperty("sspr.it.application", "target/postgresql-app/quarkus-run.jar"));
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException(application + " is missing: run ./mvnw verify, which packages the "
                    + "application for PostgreSQL before the integration tests");
        }
        int httpPort = freePort();
        int managementPort = freePort();
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("quarkus.http.port", Integer.toString(httpPort));
        all.put("quarkus.http.host", "localhost");
        all.put("quarkus.management.port", Integer.toString(managementPort));
        all.put("quarkus.management.host", "localhost");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.io.tmpdir=" + work);
        // The fake token endpoint's self-signed certificate (azure-identity refuses plain http).
        command.add("-Djavax.net.ssl.trustStore=" + resource("/graph/fake-graph-trust.p12"));
        command.add("-Djavax.net.ssl.trustStorePassword=" + TestTrustStore.PASSWORD);
        command.add("-Djavax.net.ssl.trustStoreType=PKCS12");
        all.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(application.toString());
        Path log = work.resolve(replicaId + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RUNNING.add(process);
        return new PackagedReplica(replicaId, httpPort, managementPort, process, log);
    }

    /** One check through the journey form (CSRF cookie and field as a browser sends them); the status. */
    int check(String username) {
        Response form = given().get(http("/"));
        Matcher token = CSRF_FIELD.matcher(form.asString());
        assertThat(token.find()).as("CSRF field on the form of " + replicaId).isTrue();
        return given().redirects().follow(false).cookie("csrf-token", form.getCookie("csrf-token"))
                .formParam("csrf-token", token.group(1)).formParam("username", username).post(http("/")).statusCode();
    }

    boolean ready() {
        try {
            return given().get(management("/q/health/ready")).statusCode() == 200;
        } catch (Exception e) {
            // Not listening yet: REST Assured throws the ConnectException unchecked.
            return false;
        }
    }

    void assertAlive() {
        assertThat(process.isAlive()).as(replicaId + " exited; see " + log).isTrue();
    }

    String http(String path) {
        return "http://localhost:" + httpPort + path;
    }

    String management(String path) {
        return "http://localhost:" + managementPort + path;
    }

    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(process);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String resource(String name) {
        return Optional.ofNullable(PackagedReplica.class.getResource(name)).map(url -> url.getPath())
                .orElseThrow(() -> new UncheckedIOException(new IOException(name + " not on the test classpath")));
    }
}
