package dev.ssprpreflight.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the admin console. The texts live in {@code messages/adm_<lang>.properties};
 * English is the default and the build fails when it lacks one of these keys.
 */
@MessageBundle(value = "adm", locale = "en")
public interface AdminMessages {

    // Frame

    @Message
    String consoleTitle();

    @Message
    String skipToContent();

    @Message
    String languageSwitchLabel();

    @Message
    String languageSwitchButton();

    @Message
    String navDashboard();

    @Message
    String navAttempts();

    @Message
    String signedInAs(String name);

    @Message
    String signOut();

    // Dashboard

    @Message
    String dashboardHeading();

    @Message
    String periodLabel();

    @Message
    String periodDays(int days);

    @Message
    String showPeriod();

    @Message
    String totalsHeading();

    @Message
    String chartHeading();

    @Message
    String chartSummary(String from, String to);

    @Message
    String chartEmpty();

    @Message
    String tableDay();

    @Message
    String tableReason();

    @Message
    String tableCount();

    @Message
    String reasonTotalsHeading();

    @Message
    String retiredTag();

    @Message
    String findingTag();

    @Message
    String findingTotalsHeading();

    @Message
    String findingsIntro();

    @Message
    String findingsSummary(String from, String to);

    @Message
    String findingsEmpty();

    @Message
    String searchLabel();

    @Message
    String searchButton();

    @Message
    String searchNotFound(String code);

    @Message
    String searchInvalid();

    // Outcomes

    @Message
    String outcomeReady();

    @Message
    String outcomeBlocked();

    @Message
    String outcomeUnknownUser();

    @Message
    String outcomeChecksUnavailable();

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
    String filterReason();

    @Message
    String filterUsername();

    @Message
    String filterAny();

    @Message
    String filterApply();

    @Message
    String exportCsv();

    @Message
    String columnTime();

    @Message
    String columnReference();

    @Message
    String columnUsername();

    @Message
    String columnOutcome();

    /** The scans' list of a blocked user's reasons. */
    @Message
    String columnReasons();

    @Message
    String columnBlocks();

    @Message
    String columnFindings();

    @Message
    String reasonGroupBlocks();

    @Message
    String reasonGroupFindings();

    @Message
    String reasonGroupRetired();

    @Message
    String columnDuration();

    @Message
    String sortBy(String column);

    @Message
    String noAttempts();

    @Message
    String matching(String total);

    @Message
    String pageOf(String page, String pages);

    @Message
    String previousPage();

    @Message
    String nextPage();

    @Message
    String pagination();

    @Message
    String errorSummaryHeading();

    @Message
    String errorDate();

    @Message
    String errorPeriod();

    @Message
    String errorOutcome();

    @Message
    String errorReason();

    @Message
    String errorUsername();

    @Message
    String errorPage();

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
    String causeLabel();

    @Message
    String fixLabel();

    @Message
    String docLink();

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
    String yes();

    @Message
    String no();

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

    // Sign-in (demo only) and refusals

    @Message
    String signInHeading();

    @Message
    String signInDemoNote();

    @Message
    String signInUsername();

    @Message
    String signInPassword();

    @Message
    String signInButton();

    @Message
    String signInFailed();

    @Message
    String forbiddenHeading();

    @Message
    String forbiddenText(String role);

    @Message
    String signInUnavailableHeading();

    @Message
    String signInUnavailableText();

    // Readiness scans

    @Message
    String navScans();

    @Message
    String navHealth();

    @Message
    String scansHeading();

    @Message
    String scansIntro();

    @Message
    String scanStartHeading();

    @Message
    String scanScopeLegend();

    @Message
    String scanScopeTenant();

    @Message
    String scanScopeGroup();

    @Message
    String scanGroupLabel();

    @Message
    String scanGroupChoiceLegend();

    @Message
    String scanStartButton();

    @Message
    String scanRunningHeading();

    @Message
    String scanNoneRunning();

    @Message
    String scanOpenRunning();

    @Message
    String scanTrendHeading();

    @Message
    String scanTrendSummary(String from, String to);

    @Message
    String scanTrendByReasonSummary(String from, String to);

    @Message
    String scanTrendEmpty();

    @Message
    String scanTrendShowTotal();

    @Message
    String scanTrendShowReasons();

    @Message
    String scanTrendViewLabel();

    @Message
    String scanTrendBlockedUsers();

    @Message
    String scanRecentHeading();

    @Message
    String scanNoScans();

    @Message
    String scanColumnScan();

    @Message
    String scanColumnScope();

    @Message
    String scanColumnStatus();

    @Message
    String scanColumnStarted();

    @Message
    String scanColumnStartedBy();

    @Message
    String scanColumnUsers();

    @Message
    String scanColumnBlocked();

    @Message
    String scanColumnFailure();

    @Message
    String scanScopeWholeTenant();

    @Message
    String scanScopeGroupNamed(String name);

    @Message
    String scanStatusRunning();

    @Message
    String scanStatusComplete();

    @Message
    String scanStatusFailed();

    @Message
    String scanErrorHeading();

    @Message
    String scanErrorScope();

    @Message
    String scanErrorGroupMissing();

    @Message
    String scanErrorGroupName();

    @Message
    String scanErrorGroupId();

    @Message
    String scanErrorGroupNotFound(String name);

    @Message
    String scanErrorGroupAmbiguous(String name);

    @Message
    String scanErrorAlreadyRunning();

    @Message
    String scanErrorDirectory(String cause);

    @Message
    String scanHeading(long id);

    @Message
    String scanBackToScans();

    @Message
    String scanFieldScope();

    @Message
    String scanFieldStatus();

    @Message
    String scanFieldStarted();

    @Message
    String scanFieldStartedBy();

    @Message
    String scanFieldFinished();

    @Message
    String scanFieldDuration();

    @Message
    String scanFieldUsersListed();

    @Message
    String scanFieldGuestsSkipped();

    @Message
    String scanFieldMembersJudged();

    @Message
    String scanFieldBlocked();

    @Message
    String scanFieldFindingsOnly();

    @Message
    String scanProgressHeading();

    @Message
    String scanProgressLabel();

    @Message
    String scanProgressCount(String listed, String total);

    @Message
    String scanProgressCountNoTotal(String listed);

    @Message
    String scanProgressElapsed(String elapsed);

    @Message
    String scanProgressRemaining(String remaining);

    @Message
    String scanProgressEstimating();

    @Message
    String scanProgressNoScript();

    @Message
    String scanFailedHeading();

    @Message
    String scanFailedNoResult();

    @Message
    String scanFailureUnknown();

    @Message
    String scanReasonsHeading();

    @Message
    String scanReasonsNote();

    @Message
    String scanReasonsNone();

    @Message
    String scanBlocks();

    @Message
    String scanFindings();

    @Message
    String scanRetiredCodes();

    @Message
    String scanFindingsNote();

    @Message
    String scanRetiredNote();

    @Message
    String scanFindingsNone();

    @Message
    String scanAdviceHeading();

    @Message
    String scanChangesHeading();

    @Message
    String scanChangesSince(String started);

    @Message
    String scanChangesFirst();

    @Message
    String scanNewlyBlocked(String count);

    @Message
    String scanNoLongerBlocked(String count);

    @Message
    String scanChangesNone();

    @Message
    String scanBlockedHeading();

    @Message
    String scanFindingsOnlyHeading();

    @Message
    String scanFindingsOnlyNote();

    @Message
    String scanListLabel();

    @Message
    String scanListBlocked(String count);

    @Message
    String scanListFindingsOnly(String count);

    @Message
    String scanFilterSearch();

    @Message
    String scanBlockedMatching(String total);

    @Message
    String scanFindingsOnlyMatching(String total);

    @Message
    String scanRetired();

    @Message
    String scanColumnUser();

    @Message
    String scanColumnUpn();

    @Message
    String scanFromReport();

    @Message
    String scanFromReportNote();

    @Message
    String scanNoBlockedMatch();

    @Message
    String scanNoFindingsOnlyMatch();

    @Message
    String scanErrorList();

    @Message
    String scanErrorSearch();

    @Message
    String scanFilterHeading();

    @Message
    String durationSeconds(String seconds);

    @Message
    String durationMinutes(String minutes, String seconds);

    @Message
    String durationHours(String hours, String minutes);
}
