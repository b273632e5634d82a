package dev.ssprpreflight.check;

import java.util.Optional;

/**
 * The user's password lives on-premises and the user belongs to a group that the admins declared as
 * mirroring on-premises AD protected groups ({@code sspr.tenant.protected-account-groups}): "The
 * on-premises service account that handles password write-back requests cannot change the passwords for
 * users that belong to protected groups" (portal code SSPR_0029, cause 1: "behavior is by design"). Graph
 * cannot see AD protected-group membership or {@code adminCount}, so without declared groups this check
 * never raises (the health page says it is off), and a failed membership lookup raises nothing either.
 * <p>
 * It replaces {@code ADMIN_WRITEBACK_UNSUPPORTED}: an Entra role never blocks here, as Microsoft lists
 * "any administrator self-service password reset that originates from the password reset portal" as a
 * supported writeback operation.
 *
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/concept-sspr-writeback">How password
 *      writeback works (protected groups note, supported operations)</a>
 * @see <a href=
 *      "https://learn.microsoft.com/troubleshoot/azure/entra/entra-id/user-prov-sync/password-writeback-error-code-sspr-0029">
 *      SSPR_0029</a>
 */
final class OnPremProtectedAccountCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.ONPREM_PROTECTED_ACCOUNT;
    }

    @Override
    public boolean raises(CheckContext context) {
        if (!context.passwordManagedOnPremises()) {
            return false;
        }
        return context.tenant().policy().protectedAccountGroupIds().stream()
                .map(context::userIsMemberOf)
                .anyMatch(member -> member.equals(Optional.of(true)));
    }
}
