package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import dev.ssprpreflight.directory.DirectoryStatus;

/**
 * Microsoft Graph as {@link GraphDirectory} has seen it: its failure counts, tenant facts and mirror as they are now,
 * and its readiness probe. The directory is resolved on each call, so that creating this status neither creates the
 * Graph bean nor checks its settings (the directory's producer does both).
 */
public final class GraphStatus implements DirectoryStatus {

    private final Supplier<GraphDirectory> directory;

    public GraphStatus(Supplier<GraphDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public String adapter() {
        return "graph";
    }

    @Override
    public Optional<Remote> remote() {
        return Optional.of(directory.get().remote());
    }

    @Override
    public Optional<Probe> probe(Duration timeout) {
        return Optional.of(directory.get().probe(timeout));
    }

    @Override
    public Optional<Confirmation> confirmation() {
        return Optional.of(directory.get().confirmation());
    }
}
