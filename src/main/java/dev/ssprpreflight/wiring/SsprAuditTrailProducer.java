package dev.ssprpreflight.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import dev.ssprpreflight.directory.DirectoryConfig;
import dev.ssprpreflight.directory.SsprAuditTrail;
import dev.ssprpreflight.directory.demo.DemoDirectory;
import dev.ssprpreflight.directory.graph.GraphDirectory;
import io.smallrye.common.annotation.Identifier;

/**
 * Exposes the chosen adapter's {@link SsprAuditTrail} to the console, reading only what the adapter publishes, so
 * that the console never touches an adapter itself.
 */
class SsprAuditTrailProducer {

    @Produces
    @ApplicationScoped
    SsprAuditTrail trail(DirectoryConfig config, @Identifier("graph") Instance<GraphDirectory> graph,
            @Identifier("demo") Instance<DemoDirectory> demo) {
        return switch (config.adapter()) {
            // Resolved on first use: the graph bean is created (and checks its settings) by DirectoryProducer.
            case GRAPH -> graph.get().ssprAuditTrail();
            // The bundled history, ending at the start, so that the console's funnel shows in the zero-setup run.
            case DEMO -> demo.get().ssprAuditTrail();
        };
    }
}
