package dev.ssprpreflight.check;

/**
 * Microsoft's portal blocks the user from self-service password reset right now: Entra's audit log recorded "Blocked
 * from self-service password reset" for the user less than 24 hours ago. Microsoft throttles a user who tries to
 * validate a phone number, use the security questions gate or reset the password of the same account five times in
 * an hour, and "they must wait 24 hours after the last attempt"; the audit activity is logged when the user "tried to
 * reset a password, use a specific gate, or validate a phone number more than five total times in 24 hours".
 * Sending the user back to the portal would only show the same wall, so the page says when to try again (the block's
 * time plus 24 hours) and that the help desk can reset the password meanwhile.
 * <p>
 * Judged from the {@link UserFacts#ssprLockout()} fact only, which the directory fills from the audit events it keeps
 * (no request per check); without those events (the registration feed switched off) the fact is empty and this check
 * never raises. Not for external users: they reset in their home organisation, whose audit log this one cannot see.
 *
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr">Troubleshoot self-service
 *      password reset ("must wait 24 hours after the last attempt")</a>
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/howto-sspr-reporting">SSPR reporting:
 *      "Blocked from self-service password reset"</a>
 * @see <a href="https://learn.microsoft.com/entra/identity/monitoring-health/reference-audit-activities">Audit
 *      activities: Self-service password management</a>
 */
final class ResetLockedOutCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.RESET_LOCKED_OUT;
    }

    @Override
    public boolean raises(CheckContext context) {
        return context.user().ssprLockout().holdsAt(context.now());
    }
}
