package dev.ssprpreflight.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.ssprpreflight.audit.FactsSnapshot;
import dev.ssprpreflight.audit.FactsSnapshot.PolicySnapshot;
import dev.ssprpreflight.audit.FactsSnapshot.SubscriptionSnapshot;
import dev.ssprpreflight.audit.FactsSnapshot.TenantSnapshot;
import dev.ssprpreflight.audit.FactsSnapshot.UserSnapshot;
import dev.ssprpreflight.check.SsprLockout;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * The facts kept with an attempt, as labelled rows for the detail page.
 *
 * @param user the user's facts; empty when none were kept
 * @param tenant the organisation's facts; empty when none were kept
 * @param olderRecord what the attempt lacks because it was recorded before the facts of
 *        {@link FactsSnapshot#CURRENT_VERSION} were kept (their rows are left out rather than shown as "none"); null
 *        when it has them all. Microsoft's SSPR block (version 4) is the exception: its row is always there, and says
 *        "unknown" for a record that did not keep it
 */
public record FactRows(List<FactRow> user, List<FactRow> tenant, String olderRecord) {

    /**
     * @param key stable, for tests; @param label what the fact is; @param value its value as text
     */
    public record FactRow(String key, String label, String value) {
    }

    public boolean isEmpty() {
        return user.isEmpty() && tenant.isEmpty();
    }

    static FactRows of(Optional<FactsSnapshot> facts, AttemptMessages msg, AdminMessages console, LocaleFormats formats) {
        if (facts.isEmpty()) {
            return new FactRows(List.of(), List.of(), null);
        }
        FactsSnapshot kept = facts.get();
        boolean current = kept.hasVersion2Facts();
        String olderRecord = !current ? msg.factsOlderRecord()
                : kept.hasVersion3Facts() ? null : msg.factsOlderRecordActivity();
        List<FactRow> user = user(kept.user(), current, kept.hasVersion3Facts(), msg, console);
        user.add(new FactRow("sspr-lockout", msg.factSsprLockout(), lockout(kept, msg, formats)));
        return new FactRows(user, tenant(kept.tenant(), current, msg, console, formats), olderRecord);
    }

    private static List<FactRow> user(UserSnapshot user, boolean current, boolean withActivity, AttemptMessages msg,
            AdminMessages console) {
        List<FactRow> rows = new ArrayList<>();
        rows.add(new FactRow("display-name", msg.factDisplayName(), user.displayName()));
        rows.add(new FactRow("upn", msg.factUpn(), user.userPrincipalName()));
        rows.add(new FactRow("account-enabled", msg.factAccountEnabled(), yesNo(user.accountEnabled(), console)));
        rows.add(new FactRow("user-type", msg.factUserType(), user.userType()));
        if (current) {
            rows.add(new FactRow("identity-issuers", msg.factIdentityIssuers(), list(user.identityIssuers(), msg)));
            rows.add(new FactRow("creation-type", msg.factCreationType(),
                    user.creationType() == null ? msg.factNone() : user.creationType()));
        }
        rows.add(new FactRow("synced", msg.factSynced(),
                user.syncedFromOnPremises() == null ? msg.factNever() : yesNo(user.syncedFromOnPremises(), console)));
        rows.add(new FactRow("provisioning-errors", msg.factProvisioningErrors(), list(user.provisioningErrors(), msg)));
        rows.add(new FactRow("plans", msg.factPlans(), list(user.assignedPlans(), msg)));
        rows.add(new FactRow("licences", msg.factLicences(), list(user.licences(), msg)));
        rows.add(new FactRow("admin-roles", msg.factAdminRoles(), list(user.adminRoles(), msg)));
        if (current) {
            rows.add(new FactRow("role-names", msg.factRoleNames(), list(user.roleNames(), msg)));
        }
        rows.add(new FactRow("other-roles", msg.factOtherRoles(), list(user.otherRoleTemplateIds(), msg)));
        if (current) {
            rows.add(new FactRow("unreadable-roles", msg.factUnreadableRoles(),
                    user.unreadableRoles() == 0 ? msg.factNone() : msg.factUnreadableRolesCount(user.unreadableRoles())));
            rows.add(new FactRow("declared-groups", msg.factDeclaredGroups(), user.declaredGroupMemberships() == null
                    ? msg.factNotLookedUp()
                    : list(user.declaredGroupMemberships(), msg)));
        }
        rows.add(new FactRow("prefilled-contact", msg.factPrefilledContact(), yesNo(user.prefilledContactInfo(), console)));
        FactsSnapshot.ReportSnapshot report = user.report();
        if (report == null) {
            rows.add(new FactRow("report", msg.factReport(), msg.factReportMissing()));
        } else {
            rows.add(new FactRow("report", msg.factReport(), msg.factReportLine(yesNo(report.ssprEnabled(), console),
                    yesNo(report.ssprRegistered(), console), time(report.updatedAt(), msg))));
            rows.add(new FactRow("report-methods", msg.factReportMethods(), list(report.methods(), msg)));
            if (current) {
                rows.add(new FactRow("report-admin", msg.factReportAdmin(), yesNo(report.admin(), console)));
            }
            if (withActivity) {
                rows.add(new FactRow("registration-activity", msg.factRegistrationActivity(),
                        activity(user.registrationActivity(), msg)));
            }
        }
        rows.add(new FactRow("live-methods", msg.factLiveMethods(),
                user.liveMethods() == null ? msg.factLiveNone() : list(user.liveMethods(), msg)));
        return rows;
    }

    private static List<FactRow> tenant(TenantSnapshot tenant, boolean current, AttemptMessages msg, AdminMessages console,
            LocaleFormats formats) {
        List<FactRow> rows = new ArrayList<>();
        rows.add(new FactRow("tenant", msg.factTenant(), tenant.displayName() + " (" + tenant.tenantId() + ")"));
        if (current) {
            rows.add(new FactRow("custom-domain", msg.factCustomDomain(), yesNo(tenant.customDomain(), console)));
            rows.add(new FactRow("directory-sync", msg.factDirectorySync(), yesNo(tenant.directorySyncEnabled(), console)));
        }
        rows.add(new FactRow("last-sync", msg.factLastSync(), time(tenant.lastSyncAt(), msg)));
        rows.add(new FactRow("federated-domains", msg.factFederatedDomains(), list(tenant.federatedDomains(), msg)));
        rows.add(new FactRow("admin-sspr", msg.factAdminSspr(), yesNo(tenant.allowedToUseSspr(), console)));
        rows.add(new FactRow("writeback", msg.factWriteback(), tenant.passwordWritebackEnabled() == null
                ? msg.factUndeclared()
                : yesNo(tenant.passwordWritebackEnabled(), console)));
        if (current) {
            rows.add(new FactRow("subscriptions", msg.factSubscriptions(), subscriptions(tenant.subscriptions(), msg,
                    formats)));
            policy(tenant.policy(), msg, rows);
        }
        return rows;
    }

    private static String subscriptions(List<SubscriptionSnapshot> subscriptions, AttemptMessages msg,
            LocaleFormats formats) {
        if (subscriptions == null) {
            return msg.factSubscriptionsUnread();
        }
        if (subscriptions.isEmpty()) {
            return msg.factNone();
        }
        return String.join("; ", subscriptions.stream().map(sku -> msg.factSubscriptionLine(
                sku.skuPartNumber() == null ? sku.skuId() : sku.skuPartNumber(),
                sku.inForce() ? msg.factInForce() : msg.factNotInForce(sku.status()),
                formats.number(sku.enabledUnits()),
                sku.entraIdPremium() ? msg.factEntraIdPremium() : msg.factNoEntraIdPremium())).toList());
    }

    private static void policy(PolicySnapshot policy, AttemptMessages msg, List<FactRow> rows) {
        if (policy == null) {
            return;
        }
        rows.add(new FactRow("policy-methods-required", msg.factPolicyMethodsRequired(),
                Integer.toString(policy.methodsRequired())));
        rows.add(new FactRow("policy-methods", msg.factPolicyMethods(), list(policy.methods(), msg)));
        rows.add(new FactRow("policy-enabled-group", msg.factPolicyEnabledGroup(),
                policy.enabledGroupId() == null ? msg.factUndeclared() : policy.enabledGroupId()));
        rows.add(new FactRow("policy-protected-groups", msg.factPolicyProtectedGroups(),
                policy.protectedAccountGroupIds().isEmpty() ? msg.factUndeclared()
                        : list(policy.protectedAccountGroupIds(), msg)));
    }

    /** What the audit log said since the report row; a name this version does not know is shown as it was kept. */
    private static String activity(String activity, AttemptMessages msg) {
        if (activity == null) {
            return msg.factActivityUnknown();
        }
        return switch (activity) {
            case "NONE_SINCE_REPORT" -> msg.factActivityNone();
            case "SINCE_REPORT" -> msg.factActivitySince();
            case "UNKNOWN" -> msg.factActivityUnknown();
            default -> activity;
        };
    }

    /**
     * Microsoft's 24-hour block as the SSPR audit log showed it at check time, with when the user may try again. A
     * record from before version 4 says the block is unknown rather than "not blocked", since nobody kept it then; its
     * row is shown anyway, unlike the other facts an older record lacks, because a RESET_LOCKED_OUT attempt from
     * before version 4 is read by its row.
     */
    private static String lockout(FactsSnapshot kept, AttemptMessages msg, LocaleFormats formats) {
        if (!kept.hasVersion4Facts()) {
            return msg.factSsprLockoutNotKept();
        }
        Instant blockedAt = kept.user().ssprBlockedAt();
        if (blockedAt == null) {
            return kept.ssprLockoutKnown() ? msg.factSsprLockoutNone() : msg.factSsprLockoutNotKnown();
        }
        SsprLockout lockout = new SsprLockout(blockedAt);
        return msg.factSsprLockoutBlocked(formats.dateTimeUtc(lockout.blockedAt()),
                formats.dateTimeUtc(lockout.retryAt()));
    }

    private static String yesNo(boolean value, AdminMessages console) {
        return value ? console.yes() : console.no();
    }

    private static String list(Collection<?> values, AttemptMessages msg) {
        return values == null || values.isEmpty() ? msg.factNone()
                : String.join(", ", values.stream().map(Object::toString).toList());
    }

    private static String time(Instant instant, AttemptMessages msg) {
        return instant == null ? msg.factNever() : AttemptRow.TIME.format(instant) + " UTC";
    }
}
