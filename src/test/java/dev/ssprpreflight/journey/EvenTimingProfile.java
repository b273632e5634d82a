package dev.ssprpreflight.journey;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The production defaults for enumeration: a floor on the check's duration and discreet wording of
 * administrator reasons. The demo directory answers at once for everyone, which would prove nothing
 * about timing; here found users are made 60 ms slower than unknown ones, as Graph may be when it
 * returns a user, and the floor (200 ms instead of the default second, to keep the test short) must
 * hide that difference.
 */
public class EvenTimingProfile implements QuarkusTestProfile {

    static final long FOUND_LATENCY_MILLIS = 60;
    static final long FLOOR_MILLIS = 200;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "test.directory.found-latency", "PT0." + String.format("%03d", FOUND_LATENCY_MILLIS) + "S",
                "sspr.pacing.minimum-check-duration", "PT0." + FLOOR_MILLIS + "S",
                "sspr.disclosure", "discreet");
    }
}
