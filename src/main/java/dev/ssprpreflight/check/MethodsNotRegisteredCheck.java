package dev.ssprpreflight.check;

/**
 * The user has no method that SSPR can use to verify them (SSPR_0014 at the portal).
 * <p>
 * The registration report lags by hours, so it only raises the suspicion; the block needs a live
 * look at the user's methods to confirm it. Without a live look (no budget for it) the check stays
 * silent: a user who registered an hour ago must not be told to register. Contact data an admin
 * filled in on the user object (mobile, office phone, alternate e-mail) also counts, as SSPR uses it
 * without registration.
 */
final class MethodsNotRegisteredCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.METHODS_NOT_REGISTERED;
    }

    @Override
    public boolean wantsLiveMethods(CheckContext context) {
        RegistrationFacts registration = context.user().registration();
        return registration.liveMethods().isEmpty() && suspectsNoMethod(context);
    }

    @Override
    public boolean blocks(CheckContext context) {
        RegistrationFacts registration = context.user().registration();
        if (registration.liveMethods().isEmpty() || !suspectsNoMethod(context)) {
            return false;
        }
        return registration.bestKnownMethods().orElseThrow().stream().noneMatch(AuthMethod::usableForReset);
    }

    private static boolean suspectsNoMethod(CheckContext context) {
        UserFacts user = context.user();
        if (user.hasPrefilledContactInfo()) {
            return false;
        }
        return user.registration().report().map(report -> !report.ssprRegistered()).orElse(true);
    }
}
