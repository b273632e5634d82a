package dev.ssprpreflight.check;

import java.util.Set;

/**
 * An administrator with fewer than two methods that the administrator policy accepts (security
 * questions do not count). Like {@link MethodsNotRegisteredCheck}, it blocks only when a live look
 * confirms what the report suggests.
 */
final class AdminNeedsTwoMethodsCheck implements Check {

    static final int REQUIRED_METHODS = AdminRoles.TWO_GATE_METHODS;

    @Override
    public Reason reason() {
        return Reason.ADMIN_NEEDS_TWO_METHODS;
    }

    @Override
    public boolean wantsLiveMethods(CheckContext context) {
        RegistrationFacts registration = context.user().registration();
        if (!context.userIsAdmin() || registration.liveMethods().isPresent()) {
            return false;
        }
        return registration.report().map(report -> tooFew(report.methods())).orElse(true);
    }

    @Override
    public boolean blocks(CheckContext context) {
        RegistrationFacts registration = context.user().registration();
        return context.userIsAdmin() && registration.liveMethods().isPresent()
                && tooFew(registration.bestKnownMethods().orElseThrow());
    }

    private static boolean tooFew(Set<AuthMethod> methods) {
        return methods.stream().filter(AuthMethod::usableForAdminReset).count() < REQUIRED_METHODS;
    }
}
