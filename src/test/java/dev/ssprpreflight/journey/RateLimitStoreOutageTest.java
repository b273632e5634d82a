package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.testsupport.EmbeddedPostgresResource.InjectEmbeddedPostgres;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database bucket store stopped: the limits go on counting in memory (never fail open), the fallbacks
 * are counted in a metric, and readiness stays UP with the fallback named as degraded.
 */
@QuarkusTest
@TestProfile(RateLimitStoreOutageTest.StoreOutage.class)
class RateLimitStoreOutageTest {

    /** {@link PostgresRateLimitProfile} with a PostgreSQL server of its own, which this test stops. */
    public static class StoreOutage extends PostgresRateLimitProfile {
    }

    private static final Pattern FALLBACKS = Pattern
            .compile("(?m)^sspr_rate_limit_store_fallbacks_total(?:\\{[^}]*})? (\\S+)$");

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @InjectEmbeddedPostgres
    EmbeddedPostgres postgres;

    @Test
    void withTheDatabaseStoppedTheLimitStillRefusesAndReadinessNamesTheFallback() throws IOException {
        given().get(ready).then().body("checks.find { it.name == 'rate-limits' }.data.counting", equalTo("database"));
        double fallbacksBefore = fallbacks();

        postgres.close();
        String client = Clients.fresh();
        for (int i = 0; i < PostgresRateLimitProfile.PER_CLIENT; i++) {
            assertThat(JourneyClient.submitFrom(client, Clients.username()).statusCode()).isEqualTo(303);
        }

        assertThat(JourneyClient.submitFrom(client, Clients.username()).statusCode())
                .as("counted in memory while the database is down").isEqualTo(429);
        assertThat(JourneyClient.submitFrom(Clients.fresh(), Clients.username()).statusCode()).isEqualTo(303);
        assertThat(fallbacks()).as("every hard limit of every check above, counted in memory")
                .isGreaterThanOrEqualTo(fallbacksBefore + PostgresRateLimitProfile.PER_CLIENT + 2);
        given().get(ready).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'rate-limits' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rate-limits' }.data.counting", equalTo("memory"))
                .body("checks.find { it.name == 'rate-limits' }.data.degraded", equalTo("rate-limit-store-fallback"))
                .body("checks.find { it.name == 'rate-limits' }.data.storeFailingSince", startsWith("20"));
    }

    private double fallbacks() {
        Matcher matcher = FALLBACKS.matcher(given().get(metrics).then().statusCode(200).extract().asString());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
