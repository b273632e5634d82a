package dev.ssprpreflight.admin.funnel;

import java.util.List;
import java.util.Locale;

import dev.ssprpreflight.directory.SsprActivities;
import dev.ssprpreflight.directory.SsprAuditStore;

/**
 * What one event of Entra's audit log (service "Self-service Password Management") means for the funnel.
 * <p>
 * Microsoft's names and step texts are matched loosely (case-insensitive, "contains"), because they are observed, not
 * contractual: the activity names come from MicrosoftDocs/entra-docs
 * {@code docs/identity/monitoring-health/reference-audit-activities.md} (commit 092dd5c1) and
 * {@code docs/identity/authentication/howto-sspr-reporting.md} (commit 07cd7acd); the step texts of "Self-service
 * password reset flow activity progress" ({@code resultReason}) come from public lab traces and the legacy result
 * details of {@code articles/active-directory/active-directory-passwords-reporting.md} (commit 05a040af), which the
 * current page no longer lists (shared/docs/entra-sspr-fidelity.md §8). A step text we do not know is
 * {@link #OTHER_STEP}: it still counts as reaching the portal, and the console lists it verbatim, so a string Microsoft
 * adds or rewords is seen rather than lost.
 */
public enum EventMeaning {
    /** A step of the portal that says no more than "the user was there" (submitted their user id, ...). */
    PORTAL_STEP,
    /** "User completed all verification steps required", or the new-password step only verified users reach. */
    VERIFIED,
    /** "Reset password (self-service)" with result success, or the step "User successfully reset password". */
    RESET_SUCCEEDED,
    /** A failed reset or a failing step; its {@code resultReason} is Entra's reason, kept verbatim. */
    FAILED,
    /** "Blocked from self-service password reset": the portal throttled the user for 24 hours. */
    LOCKED_OUT,
    /** "Unlock user account (self-service)": an on-premises unlock without a reset, so not a reset success. */
    UNLOCKED,
    /** A step of the portal whose text we do not know: shown verbatim, never dropped. */
    OTHER_STEP,
    /**
     * An event of the service that is not the reset portal: registration ("Security info saved for self-service
     * password reset"), a password change, an admin's reset, writeback toggled. It does not mean the user reached
     * the portal, but the attempt detail still lists it.
     */
    ELSEWHERE;

    private static final String FLOW_PROGRESS = SsprActivities.FLOW_PROGRESS.toLowerCase(Locale.ROOT);
    private static final String RESET = SsprActivities.RESET.toLowerCase(Locale.ROOT);
    private static final String BLOCKED = SsprActivities.BLOCKED.toLowerCase(Locale.ROOT);
    private static final String UNLOCK = SsprActivities.UNLOCK.toLowerCase(Locale.ROOT);

    /** Activities of the service that happen outside the reset portal (lower case, matched by "contains"). */
    private static final List<String> ELSEWHERE_ACTIVITIES = List.of("change password", "by admin", "security info",
            "registered for self-service", "registered security info", "password writeback");

    /** Step texts of the portal's ordinary progress (lower case, matched by "contains"). */
    private static final List<String> PROGRESS_STEPS = List.of("submitted their user id",
            "presented with verification options", "started the", "completed the", "verification option");

    /**
     * Step texts that end an attempt without a reset, from the legacy result details: they count as failures even
     * when the event's {@code result} does not say so.
     */
    private static final List<String> FAILURE_STEPS = List.of("cancelled", "canceled", "abandoned", "contacted an admin",
            "not enabled", "insufficient authentication methods", "does not have a license", "not a member of",
            "managed on-premises", "could not reach", "encountered a problem", "disabled entirely", "too many times");

    /** The meaning of one event. */
    public static EventMeaning of(SsprAuditStore.Event event) {
        String activity = event.activityDisplayName().toLowerCase(Locale.ROOT);
        String step = event.resultReason().toLowerCase(Locale.ROOT);
        boolean failure = !event.result().isEmpty() && !event.succeeded();
        if (activity.contains(BLOCKED)) {
            return LOCKED_OUT;
        }
        if (activity.contains(UNLOCK)) {
            return UNLOCKED;
        }
        if (activity.contains(RESET)) {
            return failure ? FAILED : RESET_SUCCEEDED;
        }
        if (activity.contains(FLOW_PROGRESS)) {
            return step(step, failure);
        }
        if (ELSEWHERE_ACTIVITIES.stream().anyMatch(activity::contains)) {
            return ELSEWHERE;
        }
        // An activity name Microsoft added later: it belongs to the service, so the user was at the portal, and its
        // failures count as failures; it is listed verbatim.
        return failure ? FAILED : OTHER_STEP;
    }

    private static EventMeaning step(String step, boolean failure) {
        if (failure || FAILURE_STEPS.stream().anyMatch(step::contains)) {
            return FAILED;
        }
        if (step.contains("successfully reset")) {
            return RESET_SUCCEEDED;
        }
        // Microsoft's portal asks for the new password only after every required verification passed.
        if (step.contains("completed all verification") || step.contains("submitted a new password")) {
            return VERIFIED;
        }
        if (PROGRESS_STEPS.stream().anyMatch(step::contains)) {
            return PORTAL_STEP;
        }
        return OTHER_STEP;
    }

    /** Whether the event shows that the user was at Microsoft's reset portal. */
    public boolean atThePortal() {
        return this != ELSEWHERE;
    }

    /**
     * What the console shows as Entra's reason or step: the {@code resultReason} verbatim, or, when Microsoft wrote
     * none, the activity with its result.
     */
    public static String entraText(SsprAuditStore.Event event) {
        if (!event.resultReason().isBlank()) {
            return event.resultReason();
        }
        return event.result().isEmpty() ? event.activityDisplayName()
                : event.activityDisplayName() + " (" + event.result() + ")";
    }
}
