package dev.ssprpreflight.directory.graph;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application with {@code sspr.directory=graph} against {@link FakeGraph}. Tenant facts are read
 * on every lookup (TTL 0) so that each test's organisation stubs count; the mirror is left to the tests
 * (first refresh in an hour); the reports budget is wide so that tests do not starve each other; no
 * registration feed and no cached live looks.
 */
public class GraphProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "sspr.tenant.password-writeback-enabled", "false",
                "sspr.graph.tenant-facts-ttl", "PT0S",
                "sspr.graph.registration-mirror.first-refresh-after", "PT1H",
                "sspr.graph.reports-throttle.requests", "1000",
                "sspr.graph.reports-throttle.window", "PT1S",
                "sspr.check.timeout", "PT3S",
                // Tests of the registration feed and of the live-look cache build their own; here every check of
                // a user looks again, whatever an earlier test's look found.
                "sspr.graph.registration-feed.enabled", "false",
                "sspr.graph.live-look-cache-for", "PT0S",
                // Other builds run on this machine at the same time.
                "quarkus.http.test-port", "0");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeGraphResource.class));
    }
}
