package dev.ssprpreflight.check;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The full list of checks: one per reason that is not retired. Adding a reason means a {@link Reason}
 * constant, its check class here, its texts and its tests; nothing in the journey, the console or the
 * scans switches on reasons.
 */
public final class CheckCatalogue {

    private final List<Check> checks;

    CheckCatalogue(List<Check> checks) {
        this.checks = checks.stream().sorted(Comparator.comparing(Check::reason)).toList();
    }

    /** Every check of DESIGN.md §2, blocks and findings, in the order of {@link Reason}. */
    public static CheckCatalogue standard() {
        List<Check> all = List.of(
                new WritebackNotEnabledCheck(),
                new LicenseMissingCheck(),
                new SyncStaleCheck(),
                new MethodsNotRegisteredCheck(),
                new OnPremProtectedAccountCheck(),
                new AdminNeedsTwoMethodsCheck(),
                new AdminSsprDisabledCheck(),
                new AccountDisabledCheck(),
                new SsprNotEnabledCheck(),
                new GuestAccountCheck(),
                new ResetLockedOutCheck(),
                new LicenseNotAssignedCheck(),
                new ProvisioningErrorsCheck(),
                new SyncLateCheck());
        Set<Reason> covered = all.stream().map(Check::reason).collect(Collectors.toSet());
        Set<Reason> active = EnumSet.noneOf(Reason.class);
        for (Reason reason : Reason.values()) {
            if (!reason.retired()) {
                active.add(reason);
            }
        }
        if (covered.size() != all.size() || !covered.equals(active)) {
            throw new IllegalStateException("Every reason that is not retired needs exactly one check");
        }
        return new CheckCatalogue(all);
    }

    public List<Check> checks() {
        return checks;
    }

    /** Every reason that holds for the user of this context, blocks and findings, in catalogue order. */
    public List<Reason> raisedReasons(CheckContext context) {
        return applicable(context).stream()
                .filter(check -> check.raises(context))
                .map(Check::reason)
                .toList();
    }

    /** Whether any applicable check needs a live look at the user's methods before it can decide. */
    public boolean wantsLiveMethods(CheckContext context) {
        return applicable(context).stream().anyMatch(check -> check.wantsLiveMethods(context));
    }

    private List<Check> applicable(CheckContext context) {
        if (!context.userIsExternal()) {
            return checks;
        }
        return checks.stream().filter(Check::appliesToExternalUsers).toList();
    }
}
