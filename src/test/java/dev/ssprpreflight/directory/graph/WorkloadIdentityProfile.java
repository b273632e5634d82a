package dev.ssprpreflight.directory.graph;

import java.util.List;

/** {@link GraphProfile} with the workload-identity credential. */
public class WorkloadIdentityProfile extends GraphProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(WorkloadIdentityResource.class));
    }
}
