package dev.ssprpreflight.check;

/**
 * The user policy does not cover the user (SSPR_0009, SSPR_0011 or SSPR_0013 at the portal): SSPR is off,
 * or the user is outside the one group it is enabled for ("Only one Microsoft Entra group can currently be
 * enabled for SSPR"; nested groups count).
 * <p>
 * When the admins declare that group ({@code sspr.policy.enabled-group}), a live, transitive membership
 * lookup in the same round trip decides; otherwise the registration report's {@code isSsprEnabled}, the
 * only per-user signal Graph offers. Without either answer the check stays silent.
 * <p>
 * Never for administrators: they follow the administrator policy whatever the user scope ("By default,
 * administrator accounts are enabled for self-service password reset"); {@code ADMIN_SSPR_DISABLED} is
 * their equivalent.
 *
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr">Troubleshoot SSPR</a>
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy">SSPR policies</a>
 */
final class SsprNotEnabledCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.SSPR_NOT_ENABLED;
    }

    @Override
    public boolean raises(CheckContext context) {
        if (context.userIsAdmin()) {
            return false;
        }
        var enabledGroup = context.tenant().policy().enabledGroupId();
        if (enabledGroup.isPresent()) {
            return context.userIsMemberOf(enabledGroup.get()).map(member -> !member).orElse(false);
        }
        return context.user().registration().report().map(report -> !report.ssprEnabled()).orElse(false);
    }
}
