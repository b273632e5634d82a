package dev.ssprpreflight.journey;

import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The demo tenant behind a directory that is not ready until the test says so ({@link SlowToCreateDirectory}). */
public class SlowToCreateDirectoryProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SlowToCreateDirectory.class);
    }
}
