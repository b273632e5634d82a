package dev.ssprpreflight.directory.demo;

import java.time.Duration;
import java.util.List;

/**
 * The shape of the demo's SSPR history file ({@code src/main/resources/demo/sspr-history.yaml}) as Jackson reads it;
 * its header documents the fields. Required fields are checked here, so that the loader can name the visit that
 * lacks one.
 */
final class DemoHistoryFile {

    private DemoHistoryFile() {
    }

    /**
     * One user's way from our check to Microsoft's portal: one portal session.
     *
     * @param user the UPN of a user of the tenant file
     * @param checkedAgo how long before the application's start our check ran
     * @param events the audit events that followed, in time order; none when the user did not go to the portal
     */
    record Visit(String user, Duration checkedAgo, List<Event> events) {

        Visit {
            require(user, "user");
            require(checkedAgo, "checkedAgo");
            events = events == null ? List.of() : List.copyOf(events);
        }
    }

    /**
     * One audit event of the visit.
     *
     * @param after how long after our check it was logged
     * @param step the step text of a "Self-service password reset flow activity progress" event
     * @param activity any other {@code activityDisplayName} of the service
     * @param result {@code success} when left out
     * @param reason the {@code resultReason} of an activity event
     */
    record Event(Duration after, String step, String activity, String result, String reason) {

        Event {
            require(after, "after");
            if ((step == null) == (activity == null)) {
                throw new IllegalArgumentException("exactly one of 'step' and 'activity' must be given");
            }
            if (step != null && reason != null) {
                throw new IllegalArgumentException("a step is its own resultReason; 'reason' is for an activity");
            }
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
    }
}
