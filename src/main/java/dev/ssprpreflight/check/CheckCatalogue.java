package dev.ssprpreflight.check;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The full list of checks, one per {@link Reason}. Adding a check means adding a reason, its class
 * here, its messages and its tests.
 */
public final class CheckCatalogue {

    private final List<Check> checks;

    CheckCatalogue(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Every check of DESIGN.md §2, in the order of {@link Reason}. */
    public static CheckCatalogue standard() {
        List<Check> all = List.of(
                new WritebackNotEnabledCheck(),
                new LicenseMissingCheck(),
                new SyncErrorsCheck(),
                new SyncStaleCheck(),
                new MethodsNotRegisteredCheck(),
                new AdminWritebackUnsupportedCheck(),
                new AdminNeedsTwoMethodsCheck(),
                new AdminSsprDisabledCheck(),
                new AccountDisabledCheck(),
                new SsprNotEnabledCheck(),
                new GuestAccountCheck());
        Map<Reason, Check> byReason = all.stream().collect(Collectors.toMap(Check::reason, Function.identity()));
        if (byReason.size() != Reason.values().length) {
            throw new IllegalStateException("Every reason needs exactly one check");
        }
        return new CheckCatalogue(Arrays.stream(Reason.values()).map(byReason::get).toList());
    }

    public List<Check> checks() {
        return checks;
    }

    /** Every reason that blocks the user of this context, in catalogue order. */
    public List<Reason> failingReasons(CheckContext context) {
        return applicable(context).stream()
                .filter(check -> check.blocks(context))
                .map(Check::reason)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** Whether any applicable check needs a live look at the user's methods before it can decide. */
    public boolean wantsLiveMethods(CheckContext context) {
        return applicable(context).stream().anyMatch(check -> check.wantsLiveMethods(context));
    }

    private List<Check> applicable(CheckContext context) {
        if (!context.user().isGuest()) {
            return checks;
        }
        return checks.stream().filter(Check::appliesToGuests).toList();
    }
}
