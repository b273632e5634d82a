package dev.ssprpreflight.directory.demo;

import java.util.Optional;

import dev.ssprpreflight.directory.DirectoryStatus;

/** The demo directory's status: it has no remote service, so there is nothing to watch or probe. */
public final class DemoStatus implements DirectoryStatus {

    @Override
    public String adapter() {
        return "demo";
    }

    @Override
    public Optional<Remote> remote() {
        return Optional.empty();
    }
}
