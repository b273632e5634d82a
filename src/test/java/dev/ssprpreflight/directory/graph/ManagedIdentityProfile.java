package dev.ssprpreflight.directory.graph;

import java.util.List;

/** {@link GraphProfile} with the managed-identity credential and a local identity endpoint. */
public class ManagedIdentityProfile extends GraphProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ManagedIdentityResource.class));
    }
}
