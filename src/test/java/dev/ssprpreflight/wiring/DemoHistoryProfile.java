package dev.ssprpreflight.wiring;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The demo as {@code ./mvnw quarkus:dev} runs it: the SSPR history seeded into the empty log at start. A database of
 * its own, because the suite's shared in-memory database holds the attempts of the tests before, and the seeder
 * rightly leaves a log that is not empty alone.
 */
public class DemoHistoryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sspr.demo.history.enabled", "true",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:sspr-preflight-demo-history;DB_CLOSE_DELAY=-1");
    }
}
