package dev.ssprpreflight.scan;

import java.util.List;

/** The answer to "start a scan". */
public sealed interface StartResult {

    /** The scan runs in the background. */
    record Started(long scanId) implements StartResult {
    }

    /** Another scan (perhaps on another replica) is running; only one runs at a time. */
    record AlreadyRunning(long scanId) implements StartResult {
    }

    /** No group has that name. */
    record GroupNotFound(String groupName) implements StartResult {
    }

    /** Several groups have that name; the admin must choose one by id. */
    record GroupAmbiguous(String groupName, List<TenantListing.Group> groups) implements StartResult {

        public GroupAmbiguous {
            groups = List.copyOf(groups);
        }
    }

    /** The directory could not be asked (down, throttled, a permission missing). */
    record DirectoryUnavailable(String cause) implements StartResult {
    }
}
