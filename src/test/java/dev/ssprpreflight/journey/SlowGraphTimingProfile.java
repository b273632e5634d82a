package dev.ssprpreflight.journey;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The shipped pacing (no floor of its own, so the check's budget) with a Graph that is 1.5 s slower for
 * some users, found or not: the reports API, a live look or a cold tenant cache on a slow day. The budget
 * is 2 s instead of the shipped 3 s, to keep the test short; the slow users still fit in it.
 */
public class SlowGraphTimingProfile implements QuarkusTestProfile {

    static final long SLOW_MILLIS = 1500;
    static final long BUDGET_MILLIS = 2000;
    static final String READY = "megan.bowen@contoso.example";
    static final String SLOW_READY = "adele.vance@contoso.example";
    static final String BLOCKED = "pradeep.gupta@contoso.example";
    static final String SLOW_BLOCKED = "dana.bell@woodgrove.example";
    static final String SLOW_UNKNOWN = "nobody.slow@contoso.example";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "test.directory.slow-users", String.join(",", SLOW_READY, SLOW_BLOCKED, SLOW_UNKNOWN),
                "test.directory.slow-latency", "PT" + SLOW_MILLIS / 1000.0 + "S",
                "sspr.check.timeout", "PT" + BUDGET_MILLIS / 1000 + "S",
                // Empty is unset: the floor falls back to the check's budget, as shipped.
                "sspr.pacing.minimum-check-duration", "",
                "sspr.disclosure", "discreet");
    }
}
