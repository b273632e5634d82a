package dev.ssprpreflight.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.ssprpreflight.audit.FactsSnapshot;

/** The facts kept with an attempt, as labelled rows for the detail page. */
final class FactRows {

    /** @param label what the fact is; @param value its value as text */
    public record FactRow(String label, String value) {
    }

    private FactRows() {
    }

    static List<FactRow> user(FactsSnapshot.UserSnapshot user, AdminMessages msg) {
        List<FactRow> rows = new ArrayList<>();
        rows.add(new FactRow(msg.factDisplayName(), user.displayName()));
        rows.add(new FactRow(msg.factUpn(), user.userPrincipalName()));
        rows.add(new FactRow(msg.factAccountEnabled(), yesNo(user.accountEnabled(), msg)));
        rows.add(new FactRow(msg.factUserType(), user.userType()));
        rows.add(new FactRow(msg.factSynced(),
                user.syncedFromOnPremises() == null ? msg.factNever() : yesNo(user.syncedFromOnPremises(), msg)));
        rows.add(new FactRow(msg.factProvisioningErrors(), list(user.provisioningErrors(), msg)));
        rows.add(new FactRow(msg.factPlans(), list(user.assignedPlans(), msg)));
        rows.add(new FactRow(msg.factLicences(), list(user.licences(), msg)));
        rows.add(new FactRow(msg.factAdminRoles(), list(user.adminRoles(), msg)));
        rows.add(new FactRow(msg.factOtherRoles(), list(user.otherRoleTemplateIds(), msg)));
        rows.add(new FactRow(msg.factPrefilledContact(), yesNo(user.prefilledContactInfo(), msg)));
        FactsSnapshot.ReportSnapshot report = user.report();
        if (report == null) {
            rows.add(new FactRow(msg.factReport(), msg.factReportMissing()));
        } else {
            rows.add(new FactRow(msg.factReport(), msg.factReportLine(yesNo(report.ssprEnabled(), msg),
                    yesNo(report.ssprRegistered(), msg), time(report.updatedAt(), msg))));
            rows.add(new FactRow(msg.factReportMethods(), list(report.methods(), msg)));
        }
        rows.add(new FactRow(msg.factLiveMethods(),
                user.liveMethods() == null ? msg.factLiveNone() : list(user.liveMethods(), msg)));
        return rows;
    }

    static List<FactRow> tenant(FactsSnapshot.TenantSnapshot tenant, AdminMessages msg) {
        return List.of(
                new FactRow(msg.factTenant(), tenant.displayName() + " (" + tenant.tenantId() + ")"),
                new FactRow(msg.factLastSync(), time(tenant.lastSyncAt(), msg)),
                new FactRow(msg.factFederatedDomains(), list(tenant.federatedDomains(), msg)),
                new FactRow(msg.factAdminSspr(), yesNo(tenant.allowedToUseSspr(), msg)),
                new FactRow(msg.factWriteback(), tenant.passwordWritebackEnabled() == null ? msg.factUndeclared()
                        : yesNo(tenant.passwordWritebackEnabled(), msg)));
    }

    private static String yesNo(boolean value, AdminMessages msg) {
        return value ? msg.yes() : msg.no();
    }

    private static String list(Collection<?> values, AdminMessages msg) {
        return values == null || values.isEmpty() ? msg.factNone()
                : String.join(", ", values.stream().map(Object::toString).toList());
    }

    private static String time(Instant instant, AdminMessages msg) {
        return instant == null ? msg.factNever() : AttemptRow.TIME.format(instant) + " UTC";
    }
}
