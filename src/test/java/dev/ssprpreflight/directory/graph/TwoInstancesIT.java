package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of the packaged application against one PostgreSQL database and one (fake) Graph, as
 * several replicas run in production: each instance is its own JVM started from the package built for
 * PostgreSQL ({@code target/postgresql-app/}, see the pom), with its own ports and replica id. Proves
 * that the attempt log, the per-account rate limit and the registration mirror are shared: checks
 * through either instance land in the one database, the limit counts checks through both, the report is
 * paged by one instance only, and when that one dies the other takes the lease over once it expires.
 * <p>
 * Runs in {@code ./mvnw verify} (Failsafe, after {@code package}). The child JVMs' output is in
 * {@code target/two-instances/}. They are killed after the tests, and by a shutdown hook if this JVM
 * ends first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    static final String REPORT = "/v1.0/reports/authenticationMethods/userRegistrationDetails";
    static final Duration LEASE = Duration.ofSeconds(4);
    static final int PER_ACCOUNT_LIMIT = 3;
    static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final List<String> USERS = List.of("adele.vance@contoso.com", "ben.walters@contoso.com",
            "cleo.harris@contoso.com", "dana.kim@contoso.com");

    private static final List<Process> RUNNING = new CopyOnWriteArrayList<>();
    private static EmbeddedPostgres postgres;
    private static FakeGraph graph;
    private static Instance a;
    private static Instance b;

    @BeforeAll
    static void startDatabaseGraphAndTwoInstances() throws IOException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
        postgres = EmbeddedPostgres.builder().start();
        graph = new FakeGraph();
        stubTenantAndUsers();
        Path work = Files.createDirectories(Path.of(System.getProperty("sspr.it.work-directory", "target/two-instances")));
        a = Instance.start("replica-a", work);
        b = Instance.start("replica-b", work);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    a.assertAlive();
                    b.assertAlive();
                    assertThat(a.ready() && b.ready()).as("both instances ready").isTrue();
                });
    }

    @AfterAll
    static void stopEverything() throws IOException {
        for (Instance instance : new Instance[] { a, b }) {
            if (instance != null) {
                instance.kill();
            }
        }
        if (graph != null) {
            graph.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void bothInstancesAreReadyWithGraphAnsweringTheirProbes() {
        for (Instance instance : List.of(a, b)) {
            given().get(instance.management("/q/health/ready")).then().statusCode(200)
                    .body("checks.find { it.name == 'directory' }.data.adapter", org.hamcrest.Matchers.equalTo("graph"))
                    .body("checks.find { it.name == 'directory' }.data.graphReachable",
                            org.hamcrest.Matchers.equalTo(true));
        }
    }

    @Test
    @Order(2)
    void checksThroughEitherInstanceAreRecordedInTheOneDatabase() throws SQLException {
        assertThat(a.check(USERS.get(0))).isEqualTo(303);
        assertThat(b.check(USERS.get(1))).isEqualTo(303);

        assertThat(attempts(USERS.get(0))).isEqualTo(1);
        assertThat(attempts(USERS.get(1))).isEqualTo(1);
    }

    @Test
    @Order(3)
    void thePerAccountLimitCountsChecksThroughBothInstances() {
        String user = USERS.get(2);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < PER_ACCOUNT_LIMIT; i++) {
            statuses.add((i % 2 == 0 ? a : b).check(user));
        }
        // Each instance alone has seen fewer checks than the limit; together they reached it.
        statuses.add(a.check(user));
        statuses.add(b.check(user));

        assertThat(statuses).containsExactly(303, 303, 303, 429, 429);
    }

    @Test
    @Order(4)
    void oneInstancePagesTheReportAndTheOtherTakesOverWhenItDies() throws SQLException {
        // Both have synced (every second) and loaded the rows one of them paged: two pages, once.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(mirrorUsers(a)).isEqualTo(USERS.size());
            assertThat(mirrorUsers(b)).isEqualTo(USERS.size());
        });
        assertThat(reportPageRequests()).isEqualTo(2);
        String holder = leaseHolder();
        assertThat(holder).isIn(a.replicaId, b.replicaId);

        // However often both sync within the refresh period (an hour), nobody pages again.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> reportPageRequests() == 2);

        // The holder dies without releasing its lease; the other takes it over once it expired.
        Instance dead = holder.equals(a.replicaId) ? a : b;
        Instance survivor = dead == a ? b : a;
        long killedAt = System.nanoTime();
        dead.kill();
        await().atMost(LEASE.multipliedBy(4)).pollInterval(Duration.ofMillis(200))
                .until(() -> survivor.replicaId.equals(leaseHolder()));
        Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);

        // Not before the lease could have expired: it was last renewed at most one sync (1 s) before the kill.
        assertThat(takeover).isGreaterThanOrEqualTo(LEASE.minusSeconds(1));
        // The shared copy is not due yet, so the new holder has no reason to page the report.
        assertThat(reportPageRequests()).isEqualTo(2);
        assertThat(survivor.check(USERS.get(3))).isEqualTo(303);
    }

    /** Requests for pages of the whole report; lookups' single-row requests carry a $filter. */
    private static int reportPageRequests() {
        return graph.server.findAll(getRequestedFor(urlPathEqualTo(REPORT)).withQueryParam("$filter", absent())).size();
    }

    private static int mirrorUsers(Instance instance) {
        Integer users = given().get(instance.management("/q/health/ready")).then().extract()
                .path("checks.find { it.name == 'directory' }.data.mirrorUsers");
        return users == null ? 0 : users;
    }

    private static long attempts(String username) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("SELECT count(*) FROM attempt WHERE username_normalised = ?")) {
            statement.setString(1, username);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String leaseHolder() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("SELECT holder FROM registration_mirror_state WHERE id = 1");
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        }
    }

    /** The tenant, every user (ready, registered) and the whole report in two pages. */
    private static void stubTenantAndUsers() {
        graph.stubTenant(false, null, true);
        List<String> rows = new ArrayList<>();
        for (String upn : USERS) {
            String id = UUID.nameUUIDFromBytes(upn.getBytes(StandardCharsets.UTF_8)).toString();
            String row = GraphJson.registrationRow(id, upn, true, true, "mobilePhone", "email");
            graph.stubUser(GraphJson.UserJson.ready(id, upn));
            graph.stubReportRow(upn, row);
            rows.add(row);
        }
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).withQueryParam("$filter", absent())
                .withQueryParam("$skiptoken", absent())
                .willReturn(okJson(GraphJson.registrationPage(rows.subList(0, 2),
                        graph.baseUrl() + "/reports/authenticationMethods/userRegistrationDetails?$skiptoken=two"))));
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).withQueryParam("$skiptoken", equalTo("two"))
                .willReturn(okJson(GraphJson.registrationPage(rows.subList(2, rows.size()), null))));
    }

    /** One child JVM running the packaged application. */
    private static final class Instance {

        final String replicaId;
        final int httpPort;
        final int managementPort;
        final Process process;

        private Instance(String replicaId, int httpPort, int managementPort, Process process) {
            this.replicaId = replicaId;
            this.httpPort = httpPort;
            this.managementPort = managementPort;
            this.process = process;
        }

        static Instance start(String replicaId, Path work) throws IOException {
            Path application = Path.of(System.getProperty("sspr.it.application", "target/postgresql-app/quarkus-run.jar"));
            if (!Files.isRegularFile(application)) {
                throw new IllegalStateException(application + " is missing: run ./mvnw verify, which packages the "
                        + "application for PostgreSQL before the integration tests");
            }
            int httpPort = freePort();
            int managementPort = freePort();
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("quarkus.http.port", Integer.toString(httpPort));
            settings.put("quarkus.http.host", "localhost");
            settings.put("quarkus.management.port", Integer.toString(managementPort));
            settings.put("quarkus.management.host", "localhost");
            settings.put("quarkus.log.console.json.enabled", "false");
            settings.put("quarkus.oidc.tenant-enabled", "false");
            settings.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
            settings.put("quarkus.datasource.username", "postgres");
            settings.put("quarkus.datasource.password", "postgres");
            settings.put("sspr.directory", "graph");
            settings.put("sspr.graph.base-url", graph.baseUrl());
            settings.put("sspr.graph.authority-host", graph.authorityHost());
            settings.put("sspr.graph.credential", "client-secret");
            settings.put("sspr.graph.tenant-id", FakeGraph.TENANT_ID);
            settings.put("sspr.graph.client-id", FakeGraph.CLIENT_ID);
            settings.put("sspr.graph.client-secret", FakeGraph.CLIENT_SECRET);
            settings.put("sspr.tenant.password-writeback-enabled", "false");
            settings.put("sspr.graph.registration-mirror.store", "database");
            settings.put("sspr.graph.registration-mirror.replica-id", replicaId);
            settings.put("sspr.graph.registration-mirror.first-refresh-after", "PT0S");
            settings.put("sspr.graph.registration-mirror.sync-every", "PT1S");
            settings.put("sspr.graph.registration-mirror.lease-duration", "PT" + LEASE.toSeconds() + "S");
            settings.put("sspr.graph.registration-mirror.refresh-every", "PT1H");
            settings.put("sspr.rate-limit.store", "database");
            settings.put("sspr.rate-limit.per-account.capacity", Integer.toString(PER_ACCOUNT_LIMIT));
            settings.put("sspr.rate-limit.per-client.capacity", "1000");
            settings.put("sspr.challenge.after", "1000");
            settings.put("sspr.challenge.secret", "two-instances-share-this-challenge-secret-0123456789");
            settings.put("sspr.pacing.minimum-check-duration", "PT0S");
            settings.put("sspr.health.graph-probe-interval", "PT1S");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx256m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-Djava.io.tmpdir=" + work);
            // The fake token endpoint's self-signed certificate (azure-identity refuses plain http).
            command.add("-Djavax.net.ssl.trustStore=" + resource("/graph/fake-graph-trust.p12"));
            command.add("-Djavax.net.ssl.trustStorePassword=" + TestTrustStore.PASSWORD);
            command.add("-Djavax.net.ssl.trustStoreType=PKCS12");
            settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-jar");
            command.add(application.toString());
            Path log = work.resolve(replicaId + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            RUNNING.add(process);
            return new Instance(replicaId, httpPort, managementPort, process);
        }

        /** One check through the journey form (CSRF cookie and field as a browser sends them); the status. */
        int check(String username) {
            Response form = given().get(http("/"));
            Matcher token = CSRF_FIELD.matcher(form.asString());
            assertThat(token.find()).as("CSRF field on the form of " + replicaId).isTrue();
            return given().redirects().follow(false).cookie("csrf-token", form.getCookie("csrf-token"))
                    .formParam("csrf-token", token.group(1)).formParam("username", username)
                    .post(http("/")).statusCode();
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
            assertThat(process.isAlive()).as(replicaId + " exited; see target/two-instances/" + replicaId + ".log")
                    .isTrue();
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
            return Optional.ofNullable(TwoInstancesIT.class.getResource(name)).map(url -> url.getPath())
                    .orElseThrow(() -> new UncheckedIOException(new IOException(name + " not on the test classpath")));
        }
    }
}
