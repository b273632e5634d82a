package dev.ssprpreflight.scan;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckContext;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.RegistrationFacts;
import dev.ssprpreflight.check.UserFacts;

/**
 * Runs the real check catalogue over a listed user, ahead of time.
 * <p>
 * One difference from a live check: a scan takes no live look at anybody's methods (the reports throttle
 * allows about 5 requests per 10 s; a 100,000-user tenant would need days), so where the registration
 * report knows the user it stands in for the live look. A user blocked on that ground alone is marked,
 * because a registration of the last few hours may not be in the report yet.
 */
final class ScanJudge {

    private final CheckCatalogue catalogue;
    private final CheckSettings settings;

    ScanJudge(CheckCatalogue catalogue, CheckSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** Whether the user's account is at home elsewhere (counted, not judged, like a live check would not judge it). */
    boolean isExternal(ListedUser listed, Instant now) {
        return new CheckContext(listed.user(), listed.tenant(), settings, now).userIsExternal();
    }

    /** The user with every reason raised, blocks and findings, or empty when there is none. */
    Optional<FlaggedUser> judge(ListedUser listed, Instant now) {
        UserFacts user = listed.user();
        RegistrationFacts registration = user.registration();
        boolean reportStandsIn = registration.liveMethods().isEmpty() && registration.report().isPresent();
        CheckContext asListed = new CheckContext(user, listed.tenant(), settings, now);
        if (reportStandsIn) {
            user = user.withRegistration(registration.withLiveMethods(registration.report().get().methods()));
        }
        List<Reason> reasons = catalogue.raisedReasons(new CheckContext(user, listed.tenant(), settings, now));
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        boolean fromReport = reportStandsIn && restsOnALiveLook(reasons, asListed);
        return Optional.of(new FlaggedUser(user.objectId().toLowerCase(Locale.ROOT), user.userPrincipalName(),
                user.displayName() == null ? "" : user.displayName(), reasons, fromReport));
    }

    /**
     * Whether a raised reason's check would have asked for a live look at the methods before raising it:
     * then the report alone stood in for what a live check confirms. Asked of the checks, so that no reason
     * is named here.
     */
    private boolean restsOnALiveLook(List<Reason> raised, CheckContext asListed) {
        return catalogue.checks().stream()
                .anyMatch(check -> raised.contains(check.reason()) && check.wantsLiveMethods(asListed));
    }
}
