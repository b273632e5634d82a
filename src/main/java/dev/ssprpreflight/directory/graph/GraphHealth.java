package dev.ssprpreflight.directory.graph;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.directory.FailureKind;
import io.quarkus.logging.Log;

/**
 * What went wrong with Graph since start, counted by kind, with the application permissions Graph
 * said are missing, the role objects nobody could read and the users whose two admin signals disagreed:
 * the numbers behind the health page. Plain values only.
 */
final class GraphHealth {

    private final Map<FailureKind, Long> failures = new EnumMap<>(FailureKind.class);
    private final Set<String> missingPermissions = new TreeSet<>();
    private String lastFailure;
    private long unreadableRoles;
    private long adminSignalDisagreements;

    /** Records and logs a failure. The description never holds tokens, secrets or the user's name. */
    synchronized void failed(GraphFailure failure) {
        failures.merge(failure.kind(), 1L, Long::sum);
        lastFailure = failure.describe();
        if (failure.kind() == FailureKind.FORBIDDEN) {
            missingPermissions.add(failure.call().permission());
        }
        Log.warnf("Microsoft Graph: %s", lastFailure);
    }

    /**
     * A lookup read role objects that neither carried a template id or name nor matched the cached list of activated
     * roles: Graph gave "limited information", and the holder cannot be recognised as an administrator. Names the
     * permission that reads role objects, so that it never passes as "not an admin" silently.
     */
    synchronized void rolesUnreadable(int count) {
        if (count <= 0) {
            return;
        }
        if (unreadableRoles == 0) {
            Log.warnf("Microsoft Graph returned directory roles without roleTemplateId or displayName: their holders "
                    + "cannot be recognised as administrators; grant the application permission %s and admin consent",
                    GraphCall.DIRECTORY_ROLES.permission());
        }
        unreadableRoles += count;
        missingPermissions.add(GraphCall.DIRECTORY_ROLES.permission());
    }

    /**
     * Compares the two admin signals of one lookup and counts a disagreement: the registration report's {@code isAdmin}
     * says admin while the user holds no role object at all, or a role on the two-gate list was read while the report
     * says not admin. The report counts every admin role and lags by hours, so this is a health signal only, never a
     * rule's ground; a role Graph would not describe ({@link DirectoryRoles#unreadable()}) is no disagreement, it is
     * counted as unreadable.
     */
    synchronized void compareAdminSignals(DirectoryRoles roles, RegistrationReport report) {
        boolean noRoleAtAll = roles.templateIds().isEmpty() && roles.displayNames().isEmpty() && roles.unreadable() == 0;
        if ((report.admin() && noRoleAtAll) || (!report.admin() && roles.anyTwoGate())) {
            adminSignalDisagreements++;
            Log.debugf("The registration report's isAdmin (%s) disagrees with the directory roles read", report.admin());
        }
    }

    synchronized Map<FailureKind, Long> failureCounts() {
        return Map.copyOf(failures);
    }

    synchronized Set<String> missingPermissions() {
        return Set.copyOf(missingPermissions);
    }

    synchronized Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** Role objects since start that could not be read, see {@link #rolesUnreadable(int)}. */
    synchronized long unreadableRoles() {
        return unreadableRoles;
    }

    /** Lookups since start whose admin signals disagreed, see {@link #compareAdminSignals}. */
    synchronized long adminSignalDisagreements() {
        return adminSignalDisagreements;
    }
}
