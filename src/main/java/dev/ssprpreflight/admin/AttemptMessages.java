package dev.ssprpreflight.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the console's attempt list and attempt detail, with the facts the checks saw, in
 * {@code messages/atm_<lang>.properties}. Filters, paging and outcomes shared with other pages are in
 * {@link AdminMessages}.
 */
@MessageBundle(value = "atm", locale = "en")
public interface AttemptMessages {

    // Attempt list

    @Message
    String attemptsHeading();

    @Message
    String filterHeading();

    @Message
    String filterFrom();

    @Message
    String filterTo();

    @Message
    String filterOutcome();

    @Message
    String filterUsername();

    @Message
    String columnTime();

    @Message
    String columnReference();

    @Message
    String columnUsername();

    @Message
    String columnOutcome();

    @Message
    String columnBlocks();

    @Message
    String columnFindings();

    @Message
    String columnDuration();

    @Message
    String sortBy(String column);

    @Message
    String noAttempts();

    @Message
    String matching(String total);

    @Message
    String errorDate();

    @Message
    String errorPeriod();

    @Message
    String errorOutcome();

    @Message
    String errorUsername();

    @Message
    String errorSort();

    // Attempt detail

    @Message
    String detailHeading(String code);

    @Message
    String fieldTime();

    @Message
    String fieldUsernameEntered();

    @Message
    String fieldObjectId();

    @Message
    String fieldOutcome();

    @Message
    String fieldDuration();

    @Message
    String fieldClientIp();

    @Message
    String fieldUserAgent();

    @Message
    String fieldLocale();

    @Message
    String fieldRequestIds();

    @Message
    String fieldUnavailableCause();

    @Message
    String notKept();

    @Message
    String durationMillis(String millis);

    @Message
    String reasonsHeading();

    @Message
    String findingsHeading();

    @Message
    String findingsExplanation();

    @Message
    String factsHeading();

    @Message
    String factsNone();

    @Message
    String factDisplayName();

    @Message
    String factUpn();

    @Message
    String factAccountEnabled();

    @Message
    String factUserType();

    @Message
    String factSynced();

    @Message
    String factProvisioningErrors();

    @Message
    String factPlans();

    @Message
    String factLicences();

    @Message
    String factAdminRoles();

    @Message
    String factOtherRoles();

    @Message
    String factPrefilledContact();

    @Message
    String factReport();

    @Message
    String factReportMissing();

    @Message
    String factReportLine(String enabled, String registered, String updated);

    @Message
    String factReportMethods();

    @Message
    String factLiveMethods();

    @Message
    String factLiveNone();

    @Message
    String factTenant();

    @Message
    String factLastSync();

    @Message
    String factFederatedDomains();

    @Message
    String factAdminSspr();

    @Message
    String factWriteback();

    @Message
    String factNever();

    @Message
    String factNone();

    @Message
    String factUndeclared();

    @Message
    String factIdentityIssuers();

    @Message
    String factCreationType();

    @Message
    String factRoleNames();

    @Message
    String factUnreadableRoles();

    @Message
    String factUnreadableRolesCount(int count);

    @Message
    String factDeclaredGroups();

    @Message
    String factNotLookedUp();

    @Message
    String factReportAdmin();

    @Message
    String factCustomDomain();

    @Message
    String factDirectorySync();

    @Message
    String factSubscriptions();

    @Message
    String factSubscriptionsUnread();

    @Message
    String factSubscriptionLine(String name, String state, String units, String premium);

    @Message
    String factInForce();

    @Message
    String factNotInForce(String status);

    @Message
    String factEntraIdPremium();

    @Message
    String factNoEntraIdPremium();

    @Message
    String factPolicyMethodsRequired();

    @Message
    String factPolicyMethods();

    @Message
    String factPolicyEnabledGroup();

    @Message
    String factPolicyProtectedGroups();

    @Message
    String factsOlderRecord();

    @Message
    String factsOlderRecordActivity();

    @Message
    String factRegistrationActivity();

    @Message
    String factActivityNone();

    @Message
    String factActivitySince();

    @Message
    String factActivityUnknown();

    @Message
    String factSsprLockout();

    @Message
    String factSsprLockoutBlocked(String blockedAt, String retryAt);

    @Message
    String factSsprLockoutNone();

    @Message
    String factSsprLockoutNotKept();

    @Message
    String factSsprLockoutNotKnown();

    @Message
    String recheckFindings();

    @Message
    String recheckHeading();

    @Message
    String recheckExplanation();

    @Message
    String recheckButton();

    @Message
    String recheckResult(String outcome);

    @Message
    String backToList();
}
