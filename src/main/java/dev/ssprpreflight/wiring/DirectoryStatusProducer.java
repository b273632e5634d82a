package dev.ssprpreflight.wiring;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import dev.ssprpreflight.directory.DirectoryConfig;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.graph.GraphDirectory;
import io.smallrye.common.annotation.Identifier;

/**
 * Exposes the chosen adapter's {@link DirectoryStatus}, reading only what {@link GraphDirectory}
 * already publishes ({@code health()}, {@code mirrorStatus()} and its {@code probe(...)}), so that
 * operations code never touches the Graph adapter itself.
 */
class DirectoryStatusProducer {

    @Produces
    @ApplicationScoped
    DirectoryStatus status(DirectoryConfig config, @Identifier("graph") Instance<GraphDirectory> graph) {
        if (config.adapter() != DirectoryConfig.Adapter.GRAPH) {
            return new Local(config.adapter().id());
        }
        // Resolved lazily: the graph bean is created (and checks its settings) by DirectoryProducer.
        return new GraphStatus(graph);
    }

    /** An adapter without a remote service: nothing to watch. */
    record Local(String adapter) implements DirectoryStatus {

        @Override
        public Optional<Remote> remote() {
            return Optional.empty();
        }
    }

    /** Microsoft Graph as {@link GraphDirectory} has seen it. */
    record GraphStatus(Instance<GraphDirectory> graph) implements DirectoryStatus {

        @Override
        public String adapter() {
            return "graph";
        }

        @Override
        public Optional<Remote> remote() {
            GraphDirectory directory = graph.get();
            GraphDirectory.Health health = directory.health();
            GraphDirectory.MirrorStatus mirror = directory.mirrorStatus();
            return Optional.of(new Remote(health.failures(), health.reportsThrottled(), health.lastFailure(),
                    health.tenantFactsReadAt(), mirror.users(), mirror.age(), health.missingPermissions(),
                    health.passwordWritebackEnabled(), health.writebackSettingMissing(), health.lastSyncAt(),
                    health.unreadableRoles(), health.adminSignalDisagreements(), health.declaredPolicy()));
        }

        @Override
        public Optional<Confirmation> confirmation() {
            return Optional.of(graph.get().confirmation());
        }

        @Override
        public Optional<Probe> probe(Duration timeout) {
            GraphDirectory.Probe answer = graph.get().probe(timeout);
            return Optional.of(new Probe(answer.reachable(), answer.latency(), answer.failureKind(),
                    answer.failure()));
        }
    }
}
