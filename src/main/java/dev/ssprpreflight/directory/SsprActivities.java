package dev.ssprpreflight.directory;

/**
 * The activity names of Entra's audit service "Self-service Password Management", as Microsoft writes them
 * (MicrosoftDocs/entra-docs {@code docs/identity/monitoring-health/reference-audit-activities.md}, commit 092dd5c1,
 * section "Self-service password management"; {@code docs/identity/authentication/howto-sspr-reporting.md}, commit
 * 07cd7acd), in one place for the adapters that read or stage them and the console that interprets them. Compare
 * without regard to case ({@link SsprAuditStore.Event#is}): Microsoft's casing is not a contract.
 */
public final class SsprActivities {

    /** One event per step of the reset portal; its {@code resultReason} is the step. */
    public static final String FLOW_PROGRESS = "Self-service password reset flow activity progress";
    /** A reset at Microsoft's portal. */
    public static final String RESET = "Reset password (self-service)";
    /** Microsoft's 24-hour block after too many attempts. */
    public static final String BLOCKED = "Blocked from self-service password reset";
    /** An on-premises account unlocked without a reset. */
    public static final String UNLOCK = "Unlock user account (self-service)";
    /** A password changed by its user. */
    public static final String CHANGE = "Change password (self-service)";
    /** An administrator's reset. */
    public static final String RESET_BY_ADMIN = "Reset password (by admin)";
    /** Security info registered for SSPR, and its older name. */
    public static final String SECURITY_INFO_SAVED = "Security info saved for self-service password reset";
    public static final String REGISTERED_OLD_NAME = "User registered for self-service password reset";

    private SsprActivities() {
    }
}
