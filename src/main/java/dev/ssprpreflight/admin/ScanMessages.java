package dev.ssprpreflight.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the console's readiness scans: the list with its start form and trend, and a scan's page, in
 * {@code messages/scn_<lang>.properties}. Filters, paging and durations shared with other pages are in
 * {@link AdminMessages}.
 */
@MessageBundle(value = "scn", locale = "en")
public interface ScanMessages {

    /** The scans' list of a blocked user's reasons. */
    @Message
    String columnReasons();

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
}
