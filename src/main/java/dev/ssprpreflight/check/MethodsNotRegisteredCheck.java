package dev.ssprpreflight.check;

import java.util.Set;

/**
 * The user has fewer usable methods than the user policy requires (SSPR_0014 at the portal: "Additional
 * security info is needed to reset your password").
 * <p>
 * Usable means a method SSPR can take ("Users can only reset their password if they have registered an
 * authentication method that the administrator has enabled"), offered by the declared policy
 * ({@code sspr.policy.methods}), and never the alternate mobile phone ("Alternate phone methods are only
 * available for MFA"). The policy asks for one or two ({@code sspr.policy.methods-required}).
 * <p>
 * The registration report lags by hours, so it only raises the suspicion; the block needs confirmation:
 * a live look at the user's methods, or Entra's audit log showing no security-info registration of the
 * user since the report row was made ({@link RegistrationFacts#confirmedMethods()}). Without either (no
 * budget, feed not fresh) the check stays silent: a user who registered an hour ago must not be told to
 * register; a registration event since the row silences it too. Contact data an admin filled in on the user
 * object (mobile, office phone, alternate e-mail) also counts, as SSPR uses it without registration.
 * Administrators follow the administrator policy instead ({@code ADMIN_NEEDS_TWO_METHODS}), which "doesn't
 * depend upon the Authentication methods policy".
 *
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks">How SSPR
 *      works: authentication methods, number of methods required</a>
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/concept-authentication-phone-options">Phone
 *      authentication methods</a>
 * @see <a href="https://learn.microsoft.com/entra/identity/monitoring-health/reference-audit-activities">Audit log
 *      activities: "User registered security info", "Admin registered security info" (Authentication Methods),
 *      "Security info saved for self-service password reset" (Self-service Password Management), which the
 *      registration feed reads to confirm the report</a>
 */
final class MethodsNotRegisteredCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.METHODS_NOT_REGISTERED;
    }

    @Override
    public boolean wantsLiveMethods(CheckContext context) {
        return context.user().registration().worthALiveLook() && suspectsTooFew(context);
    }

    @Override
    public boolean raises(CheckContext context) {
        var confirmed = context.user().registration().confirmedMethods();
        return confirmed.isPresent() && suspectsTooFew(context) && tooFew(confirmed.get(), context.tenant().policy());
    }

    private static boolean suspectsTooFew(CheckContext context) {
        UserFacts user = context.user();
        if (context.userIsAdmin() || user.hasPrefilledContactInfo()) {
            return false;
        }
        SsprPolicy policy = context.tenant().policy();
        return user.registration().report()
                .map(report -> !report.ssprRegistered() || tooFew(report.methods(), policy))
                .orElse(true);
    }

    static boolean tooFew(Set<AuthMethod> methods, SsprPolicy policy) {
        long usable = methods.stream()
                .filter(method -> method.usableForReset() && policy.enabledMethods().contains(method))
                .count();
        return usable < policy.methodsRequired();
    }
}
