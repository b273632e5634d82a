package dev.ssprpreflight.directory.graph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts {@link FakeGraph} for a Quarkus test and points {@code sspr.graph.*} at it. */
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
        return Map.ofEntries(
                Map.entry("sspr.directory", "graph"),
                Map.entry("sspr.graph.credential", "client-secret"),
                Map.entry("sspr.graph.tenant-id", FakeGraph.TENANT_ID),
                Map.entry("sspr.graph.client-id", FakeGraph.CLIENT_ID),
                Map.entry("sspr.graph.client-secret", FakeGraph.CLIENT_SECRET),
                Map.entry("sspr.graph.base-url", graph.baseUrl()),
                Map.entry("sspr.graph.authority-host", graph.authorityHost()));
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
