package dev.ssprpreflight.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import dev.ssprpreflight.directory.DirectoryConfig;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.demo.DemoStatus;
import dev.ssprpreflight.directory.graph.GraphDirectory;
import dev.ssprpreflight.directory.graph.GraphStatus;
import io.smallrye.common.annotation.Identifier;

/**
 * Chooses the {@link DirectoryStatus} of the adapter named by {@code sspr.directory}: the Graph adapter's own
 * {@link GraphStatus} or the demo's {@link DemoStatus}. Copies nothing.
 */
class DirectoryStatusProducer {

    @Produces
    @ApplicationScoped
    DirectoryStatus status(DirectoryConfig config, @Identifier("graph") Instance<GraphDirectory> graph) {
        return switch (config.adapter()) {
            case DEMO -> new DemoStatus();
            // Resolved lazily: the graph bean is created (and checks its settings) by DirectoryProducer.
            case GRAPH -> new GraphStatus(graph::get);
        };
    }
}
