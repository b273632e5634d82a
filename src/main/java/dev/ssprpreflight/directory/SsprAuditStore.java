package dev.ssprpreflight.directory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where the Graph adapter keeps the self-service password reset events of Entra's audit log (service
 * "Self-service Password Management"), which the registration feed reads anyway, so that a check can tell from them,
 * without a request of its own, that Microsoft's portal blocks a user ("Blocked from self-service password reset").
 * <p>
 * Every event of the service is kept as it came, whatever its activity name, result or step text: "Self-service
 * password reset flow activity progress" (one per step, its {@code resultReason} the step), "Reset password
 * (self-service)", "Blocked from self-service password reset", "Unlock user account (self-service)", "Change password
 * (self-service)", "Reset password (by admin)", "Security info saved for self-service password reset", and any name
 * Microsoft adds later (MicrosoftDocs/entra-docs {@code docs/identity/monitoring-health/reference-audit-activities.md},
 * commit 092dd5c1, section "Self-service password management"; {@code docs/identity/authentication/howto-sspr-reporting.md},
 * commit 07cd7acd). Fields as in microsoft-graph-docs-contrib {@code api-reference/v1.0/resources/directoryaudit.md}.
 * <p>
 * One event is kept once per user it names: a second read of the same event (the feed's reads overlap) changes
 * nothing. Events older than the retention are purged. The adapter keeps them in memory for one instance, and
 * {@code directory.store} in the application's database when the replicas share the registration feed.
 */
public interface SsprAuditStore {

    /** Keeps the events; one already held (same event id and user) stays once. */
    void keep(List<Event> events);

    /**
     * The user's events at or after {@code since}, oldest first.
     *
     * @param objectId the user's object id (any case)
     */
    List<Event> eventsOf(String objectId, Instant since);

    /**
     * The events of these users from {@code from} (inclusive) to {@code to} (exclusive), oldest first: what the
     * console joins with the attempt log.
     *
     * @param objectIds the users' object ids (any case); none gives none
     */
    List<Event> eventsOf(Set<String> objectIds, Instant from, Instant to);

    /**
     * Forgets the events before {@code before}.
     *
     * @return how many were forgotten
     */
    long purge(Instant before);

    /** How many events the store holds (one per event and user). */
    long eventCount();

    /**
     * One self-service password management audit event of one user.
     *
     * @param eventId the audit event's {@code id}
     * @param activityAt its {@code activityDateTime}
     * @param activityDisplayName its {@code activityDisplayName}, as Microsoft wrote it
     * @param result its {@code result} ({@code success}, {@code failure}, {@code timeout}, {@code unknownFutureValue}),
     *        lower case; empty when absent
     * @param resultReason its {@code resultReason} (the step of a flow-progress event), as written; empty when absent
     * @param correlationId its {@code correlationId}, which ties the steps of one attempt together; empty when absent
     * @param targetObjectId the object id of the user it is about, lower case
     */
    record Event(String eventId, Instant activityAt, String activityDisplayName, String result, String resultReason,
            String correlationId, String targetObjectId) {

        public Event {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(activityAt, "activityAt");
            activityDisplayName = Objects.requireNonNullElse(activityDisplayName, "");
            result = Objects.requireNonNullElse(result, "").toLowerCase(Locale.ROOT);
            resultReason = Objects.requireNonNullElse(resultReason, "");
            correlationId = Objects.requireNonNullElse(correlationId, "");
            targetObjectId = Objects.requireNonNull(targetObjectId, "targetObjectId").toLowerCase(Locale.ROOT);
        }

        /** Whether the activity has this name, without regard to case (Microsoft's casing is not a contract). */
        public boolean is(String activity) {
            return activityDisplayName.equalsIgnoreCase(activity);
        }

        /** Whether its {@code result} is {@code success}. */
        public boolean succeeded() {
            return "success".equals(result);
        }
    }
}
