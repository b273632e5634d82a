package dev.ssprpreflight.check;

/**
 * The organisation switched SSPR off for administrators ({@code allowedToUseSSPR == false}): "When the
 * password reset policy for administrators is disabled, administrators can't reset their passwords via
 * SSPR, even if they are in scope of the password reset policy for users."
 *
 * @see <a href=
 *      "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences">
 *      Administrator reset policy differences</a>
 */
final class AdminSsprDisabledCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.ADMIN_SSPR_DISABLED;
    }

    @Override
    public boolean raises(CheckContext context) {
        return context.userIsAdmin() && !context.tenant().allowedToUseSspr();
    }
}
