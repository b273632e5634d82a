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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

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
    static final List<String> USERS = List.of("adele.vance@contoso.com", "ben.walters@contoso.com",
            "cleo.harris@contoso.com", "dana.kim@contoso.com");

    private static EmbeddedPostgres postgres;
    private static FakeGraph graph;
    private static PackagedReplica a;
    private static PackagedReplica b;

    @BeforeAll
    static void startDatabaseGraphAndTwoInstances() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        graph = new FakeGraph();
        stubTenantAndUsers();
        Path work = Files.createDirectories(Path.of(System.getProperty("sspr.it.work-directory", "target/two-instances")));
        a = PackagedReplica.start("replica-a", settings("replica-a"), work);
        b = PackagedReplica.start("replica-b", settings("replica-b"), work);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    a.assertAlive();
                    b.assertAlive();
                    assertThat(a.ready() && b.ready()).as("both instances ready").isTrue();
                });
    }

    @AfterAll
    static void stopEverything() throws IOException {
        for (PackagedReplica instance : new PackagedReplica[] { a, b }) {
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
        for (PackagedReplica instance : List.of(a, b)) {
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
        PackagedReplica dead = holder.equals(a.replicaId) ? a : b;
        PackagedReplica survivor = dead == a ? b : a;
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

    private static int mirrorUsers(PackagedReplica instance) {
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

    /** The shared settings, with the short lease and the per-account limit this test proves. */
    private static Map<String, String> settings(String replicaId) {
        Map<String, String> settings = PackagedReplica.settings(replicaId, postgres, graph);
        settings.put("sspr.graph.registration-mirror.lease-duration", "PT" + LEASE.toSeconds() + "S");
        settings.put("sspr.rate-limit.per-account.capacity", Integer.toString(PER_ACCOUNT_LIMIT));
        // The registration feed is proven elsewhere; here it would only add audit-log requests to count.
        settings.put("sspr.graph.registration-feed.enabled", "false");
        return settings;
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
}
