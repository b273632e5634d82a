package dev.ssprpreflight.admin;

import java.time.Duration;
import java.util.Optional;

import dev.ssprpreflight.directory.DirectoryStatus;
import io.quarkus.test.junit.QuarkusMock;

/** What a Graph adapter has seen, put in place of the demo directory's status for one test of a {@code @QuarkusTest}. */
final class GraphSeen {

    private GraphSeen() {
    }

    /**
     * Installs the status: the probe answered in 30 ms, {@code seen} as the remote, and {@code confirmation} as the
     * reports budget and registration feed (null: the adapter says nothing of them).
     */
    static void install(DirectoryStatus.Remote seen, DirectoryStatus.Confirmation confirmation) {
        QuarkusMock.installMockForType(new DirectoryStatus() {
            @Override
            public String adapter() {
                return "graph";
            }

            @Override
            public Optional<Remote> remote() {
                return Optional.of(seen);
            }

            @Override
            public Optional<Probe> probe(Duration timeout) {
                return Optional.of(Probe.answered(Duration.ofMillis(30)));
            }

            @Override
            public Optional<Confirmation> confirmation() {
                return Optional.ofNullable(confirmation);
            }
        }, DirectoryStatus.class);
    }
}
