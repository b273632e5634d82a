package dev.ssprpreflight.wiring;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The demo as {@code ./mvnw quarkus:dev} runs it: the SSPR history seeded into the empty log at start. */
public class DemoHistoryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sspr.demo.history.enabled", "true");
    }
}
