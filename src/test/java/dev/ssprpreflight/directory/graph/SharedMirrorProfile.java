package dev.ssprpreflight.directory.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ssprpreflight.testsupport.EmbeddedPostgresResource;

/**
 * {@link GraphProfile} on a real PostgreSQL with the registration mirror shared through the database:
 * the application is replica {@code replica-a}; the mirror is still left to the test (first sync in an
 * hour), which drives it and a second replica by hand.
 */
public class SharedMirrorProfile extends GraphProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("quarkus.datasource.db-kind", "postgresql");
        overrides.put("sspr.graph.registration-mirror.store", "database");
        overrides.put("sspr.graph.registration-mirror.replica-id", "replica-a");
        overrides.put("sspr.graph.registration-mirror.refresh-every", "PT30M");
        overrides.put("sspr.graph.registration-mirror.sync-every", "PT20S");
        overrides.put("sspr.graph.registration-mirror.lease-duration", "PT1M");
        return overrides;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeGraphResource.class), new TestResourceEntry(EmbeddedPostgresResource.class));
    }
}
