package dev.ssprpreflight.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.directory.graph.GraphProfile;
import dev.ssprpreflight.directory.graph.ReadyUserGraphResource;
import dev.ssprpreflight.journey.JourneyClient;
import dev.ssprpreflight.testsupport.CapturedLog;
import dev.ssprpreflight.testsupport.EmbeddedPostgresResource;
import dev.ssprpreflight.testsupport.EmbeddedPostgresResource.InjectEmbeddedPostgres;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Causes every replica shares never make an instance not ready (issue 13): with the Graph directory against the fake
 * Graph, a registration mirror that is never refreshed (so older than {@code sspr.health.mirror-max-age}) and then
 * the PostgreSQL attempt log stopped, {@code /q/health/ready} still answers 200 UP and names both as degraded, and
 * a ready user is still sent to the portal, the failed recording logged at ERROR. Failing readiness here would take
 * every replica out of the load balancer at once.
 */
@QuarkusTest
@TestProfile(SharedOutagesKeepReadinessTest.SharedOutages.class)
class SharedOutagesKeepReadinessTest {

    /**
     * {@link GraphProfile} on a PostgreSQL server of this class's own (a profile of its own gets its own application
     * and test resources), so stopping it harms no other test; the mirror's first refresh is a day away and its
     * maximum age a tenth of a second; the database is asked every second, so the test need not wait long.
     */
    public static class SharedOutages extends GraphProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.datasource.db-kind", "postgresql");
            overrides.put("sspr.graph.registration-mirror.first-refresh-after", "P1D");
            overrides.put("sspr.health.mirror-max-age", "PT0.1S");
            overrides.put("sspr.health.database-check-interval", "PT1S");
            return overrides;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ReadyUserGraphResource.class),
                    new TestResourceEntry(EmbeddedPostgresResource.class));
        }
    }

    static final String PORTAL = "https://passwordreset.microsoftonline.com/";

    /** Relative to the management root, which is already /q. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @InjectEmbeddedPostgres
    EmbeddedPostgres postgres;

    @Test
    void readinessStaysUpAndUsersReachThePortalWithAnOldMirrorAndTheDatabaseStopped() throws IOException {
        // Before: the database answers, so whatever changes below is the stop's doing.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "reachable".equals(readiness().getString(data("database", "database"))));

        try (CapturedLog reachability = CapturedLog.of(DatabaseReachability.class.getName())) {
            postgres.close();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> "unreachable".equals(readiness().getString(data("database", "database"))));
            // Checked again every second meanwhile, but said once.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> reachability.messages(Level.WARNING).size() == 1);
            assertThat(reachability.messages(Level.WARNING)).singleElement().asString().startsWith("Database unreachable");
        }

        given().get(ready).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'directory' }.status", equalTo("UP"))
                .body(data("directory", "mirror"), equalTo("older than PT0.1S"))
                .body(data("directory", "degraded"), equalTo("mirror-too-old"))
                .body(data("directory", "graphReachable"), equalTo(true))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body(data("database", "degraded"), equalTo("database-unreachable"));
        // What alerts watch, now that readiness no longer fails for these causes.
        given().get(metrics).then().statusCode(200).body(containsString("sspr_database_reachable 0.0"))
                .body(containsString("sspr_mirror_too_old 1.0"));

        try (CapturedLog attemptLog = CapturedLog.of("dev.ssprpreflight.audit.AttemptLog")) {
            Response response = JourneyClient.submit(ReadyUserGraphResource.READY_USER);

            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.header("Location")).isEqualTo(PORTAL + "?username=adele.vance%40contoso.com&mkt=en-us");
            assertThat(attemptLog.messages(Level.SEVERE)).singleElement().asString().contains("NOT recorded")
                    .contains("username=adele.vance@contoso.com").contains("outcome=READY");
        }
        given().get(ready).then().statusCode(200).body("status", equalTo("UP"));
    }

    private JsonPath readiness() {
        return given().get(ready).then().extract().jsonPath();
    }

    private static String data(String check, String key) {
        return "checks.find { it.name == '" + check + "' }.data." + key;
    }
}
