package dev.ssprpreflight.directory.graph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts {@link FakeGraph} for a Quarkus test and points {@code sspr.graph.*} at it, with a client
 * secret; subclasses choose another credential.
 */
public class FakeGraphResource implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running {@link FakeGraph}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface InjectFakeGraph {
    }

    private FakeGraph graph;

    @Override
    public Map<String, String> start() {
        graph = new FakeGraph();
        Map<String, String> settings = new HashMap<>(credentialSettings(graph));
        settings.put("sspr.directory", "graph");
        settings.put("sspr.graph.base-url", graph.baseUrl());
        return settings;
    }

    /** The {@code sspr.graph.*} settings of the credential, with what the fake needs to issue its token. */
    protected Map<String, String> credentialSettings(FakeGraph graph) {
        return Map.of(
                "sspr.graph.credential", "client-secret",
                "sspr.graph.tenant-id", FakeGraph.TENANT_ID,
                "sspr.graph.client-id", FakeGraph.CLIENT_ID,
                "sspr.graph.client-secret", FakeGraph.CLIENT_SECRET,
                "sspr.graph.authority-host", graph.authorityHost());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(graph, new TestInjector.AnnotatedAndMatchesType(InjectFakeGraph.class, FakeGraph.class));
    }

    @Override
    public void stop() {
        if (graph != null) {
            graph.stop();
        }
    }
}
