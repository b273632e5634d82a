package dev.ssprpreflight.scan;

import java.util.Optional;

/**
 * What an admin (or the schedule) asks to scan.
 *
 * @param groupName the group's display name; empty or blank for the whole tenant
 * @param groupId the group's object id, to choose among groups that share the name
 */
public record ScanRequest(Optional<String> groupName, Optional<String> groupId) {

    public static ScanRequest wholeTenant() {
        return new ScanRequest(Optional.empty(), Optional.empty());
    }

    /** The group name, trimmed, when one was given. */
    Optional<String> group() {
        return groupName.map(String::strip).filter(name -> !name.isEmpty());
    }
}
