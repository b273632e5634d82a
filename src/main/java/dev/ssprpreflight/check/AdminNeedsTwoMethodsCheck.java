package dev.ssprpreflight.check;

import java.util.Set;

/**
 * An administrator with fewer methods than the administrator policy accepts: two ("The two-gate policy
 * requires two pieces of authentication data ... and it prohibits security questions"), or one in an
 * organisation with no custom domain and no sync ({@link AdminRoles#methodsRequired}). Security questions
 * and the alternate mobile phone never count; the policy "doesn't depend upon the Authentication methods
 * policy", so {@code sspr.policy.methods} does not narrow it. Like {@link MethodsNotRegisteredCheck}, it
 * blocks only when a live look, or the audit log showing no registration since the report row, confirms what
 * the report suggests.
 *
 * @see <a href=
 *      "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences">
 *      Administrator reset policy differences</a>
 * @see <a href="https://learn.microsoft.com/entra/identity/monitoring-health/reference-audit-activities">Audit log
 *      activities: "User registered security info", "Admin registered security info" (Authentication Methods),
 *      "Security info saved for self-service password reset" (Self-service Password Management), which the
 *      registration feed reads to confirm the report</a>
 */
final class AdminNeedsTwoMethodsCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.ADMIN_NEEDS_TWO_METHODS;
    }

    @Override
    public boolean wantsLiveMethods(CheckContext context) {
        RegistrationFacts registration = context.user().registration();
        if (!context.userIsAdmin() || !registration.worthALiveLook()) {
            return false;
        }
        return registration.report().map(report -> tooFew(report.methods(), context)).orElse(true);
    }

    @Override
    public boolean raises(CheckContext context) {
        var confirmed = context.user().registration().confirmedMethods();
        return context.userIsAdmin() && confirmed.isPresent() && tooFew(confirmed.get(), context);
    }

    private static boolean tooFew(Set<AuthMethod> methods, CheckContext context) {
        return methods.stream().filter(AuthMethod::usableForAdminReset).count() < AdminRoles.methodsRequired(context.tenant());
    }
}
