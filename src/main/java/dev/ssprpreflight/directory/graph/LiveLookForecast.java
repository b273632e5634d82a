package dev.ssprpreflight.directory.graph;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckContext;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.check.RegistrationActivity;
import dev.ssprpreflight.check.RegistrationFacts;
import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;

/**
 * Predicts, before a lookup's {@code $batch} is sent, whether the checks will want a live look at the user's
 * methods, so that the look can travel in the same round trip. It does not restate the rules: it asks the
 * catalogue itself ({@link CheckCatalogue#wantsLiveMethods}) about the user as the registration report knows them,
 * under the organisation's cached facts and declared policy (methods required, methods offered, the administrator
 * policy's one or two methods).
 * <p>
 * Only a guess, made before the user's own facts arrive: the report's {@code isAdmin} stands in for the roles, and
 * contact data an admin filled in is assumed absent. A wrong guess costs one reports-budget slot or one extra round
 * trip, never a wrong verdict: the checks decide on the full facts.
 */
final class LiveLookForecast {

    /** Global Administrator, a two-gate role, stands in for whatever admin role the report's {@code isAdmin} saw. */
    private static final String ANY_TWO_GATE_ROLE = "62e90394-69f5-4237-9190-012177145e10";

    private final CheckCatalogue catalogue = CheckCatalogue.standard();
    private final TenantFactsCache tenantCache;

    LiveLookForecast(TenantFactsCache tenantCache) {
        this.tenantCache = tenantCache;
    }

    /**
     * Whether the checks will probably want a live look at the methods of the user this report row describes, given
     * what the audit log says about the row.
     */
    boolean wantsLiveLook(RegistrationReport report, RegistrationActivity activity) {
        CheckContext context = new CheckContext(asReported(report, activity), tenant(), CheckSettings.defaults(),
                Instant.now());
        return catalogue.wantsLiveMethods(context);
    }

    private static UserFacts asReported(RegistrationReport report, RegistrationActivity activity) {
        DirectoryRoles roles = report.admin() ? DirectoryRoles.ofTemplateIds(Set.of(ANY_TWO_GATE_ROLE))
                : DirectoryRoles.none();
        return new UserFacts("forecast", "forecast@forecast.invalid", "", true, UserFacts.UserType.MEMBER,
                Optional.empty(), List.of(), List.of(), List.of(), roles, false,
                RegistrationFacts.fromReport(report).withActivity(activity),
                Set.of(), Optional.empty(), Optional.empty(), SsprLockoutFact.NOT_KNOWN);
    }

    /**
     * The cached facts; before the first read, an organisation that syncs, so that the administrator policy is taken
     * at its stricter two methods and the forecast errs towards a look.
     */
    private TenantFacts tenant() {
        return tenantCache.current().orElseGet(() -> new TenantFacts("", "", Optional.empty(), Set.of(), true,
                Optional.empty(), Set.of(), true, Optional.empty(), tenantCache.policy()));
    }
}
