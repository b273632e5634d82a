package dev.ssprpreflight.scan;

import java.util.Objects;
import java.util.Optional;

/**
 * What a readiness scan covers: every user of the tenant, or the transitive members of one group.
 *
 * @param groupId the group's object id; empty for the whole tenant
 * @param groupName the group's display name as it was when the scan started; empty for the whole tenant
 */
public record ScanScope(Optional<String> groupId, Optional<String> groupName) {

    public ScanScope {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(groupName, "groupName");
        if (groupId.isPresent() != groupName.isPresent()) {
            throw new IllegalArgumentException("A group scope needs the group's id and name, the tenant scope neither");
        }
    }

    public static ScanScope wholeTenant() {
        return new ScanScope(Optional.empty(), Optional.empty());
    }

    public static ScanScope group(String id, String displayName) {
        return new ScanScope(Optional.of(id), Optional.of(displayName));
    }

    public boolean isWholeTenant() {
        return groupId.isEmpty();
    }
}
