package dev.ssprpreflight.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the console's tenant health page, in {@code messages/hlt_<lang>.properties}. A bundle of its
 * own rather than more keys in {@link AdminMessages}: past 300 keys Quarkus 3.33 generates a bundle class
 * that fails verification at start (quarkusio/quarkus#55584, fixed by #55653 in a later release).
 */
@MessageBundle(value = "hlt", locale = "en")
public interface HealthMessages {

    @Message
    String healthHeading();

    @Message
    String healthIntro();

    @Message
    String healthStatusOk();

    @Message
    String healthStatusWarning();

    @Message
    String healthStatusProblem();

    @Message
    String healthStatusPending();

    @Message
    String healthStatusLabel();

    @Message
    String healthAdapterHeading();

    @Message
    String healthAdapterGraph();

    @Message
    String healthAdapterDemo();

    @Message
    String healthReachabilityHeading();

    @Message
    String healthProbeAnswered();

    @Message
    String healthProbeFailed(String kind);

    @Message
    String healthProbePending();

    @Message
    String healthFieldLatency();

    @Message
    String healthMilliseconds(String ms);

    @Message
    String healthFieldAnsweredAt();

    @Message
    String healthFieldDetail();

    @Message
    String healthFailuresHeading();

    @Message
    String healthFailuresNone();

    @Message
    String healthFailuresSome();

    @Message
    String healthFailuresRefused();

    @Message
    String healthColumnKind();

    @Message
    String healthColumnCount();

    @Message
    String healthFieldThrottled();

    @Message
    String healthFieldLastFailure();

    @Message
    String healthNone();

    @Message
    String healthPermissionsHeading();

    @Message
    String healthPermissionsNone();

    @Message
    String healthPermissionsMissing();

    @Message
    String healthColumnPermission();

    @Message
    String healthColumnNeededFor();

    @Message
    String healthColumnDocs();

    @Message
    String healthPermissionDocs(String permission);

    @Message
    String healthConsentLink();

    @Message
    String healthNeedUserReadAll();

    @Message
    String healthNeedAuditLogReadAll();

    @Message
    String healthNeedUserAuthenticationMethodReadAll();

    @Message
    String healthNeedPolicyReadAll();

    @Message
    String healthNeedOrganizationReadAll();

    @Message
    String healthNeedDomainReadAll();

    @Message
    String healthNeedRoleManagementReadDirectory();

    @Message
    String healthNeedGroupMemberReadAll();

    @Message
    String healthNeedDirectoryReadAll();

    @Message
    String healthNeedOther();

    @Message
    String healthWritebackHeading();

    @Message
    String healthFieldWritebackSetting();

    @Message
    String healthWritebackTrue();

    @Message
    String healthWritebackFalse();

    @Message
    String healthWritebackUnset();

    @Message
    String healthWritebackSet();

    @Message
    String healthWritebackMissing();

    @Message
    String healthWritebackFix();

    @Message
    String healthWritebackNotNeeded();

    @Message
    String healthWritebackUnknown();

    @Message
    String healthWritebackLink();

    @Message
    String healthSyncHeading();

    @Message
    String healthSyncFresh(String age, String limit);

    @Message
    String healthSyncStale(String age, String limit);

    @Message
    String healthSyncNever();

    @Message
    String healthSyncUnknown();

    @Message
    String healthFieldLastSync();

    @Message
    String healthFieldStaleAfter();

    @Message
    String healthFieldFactsReadAt();

    @Message
    String healthNever();

    @Message
    String healthSyncLink();

    @Message
    String healthMirrorHeading();

    @Message
    String healthMirrorFresh(String age, String limit);

    @Message
    String healthMirrorStale(String limit);

    @Message
    String healthMirrorFirstRefresh();

    @Message
    String healthFieldMirrorUsers();

    @Message
    String healthFieldMirrorAge();

    @Message
    String healthFieldMirrorMaxAge();

    @Message
    String healthRolesHeading();

    @Message
    String healthRolesReadable();

    @Message
    String healthRolesUnreadable(String count);

    @Message
    String healthFieldUnreadableRoles();

    @Message
    String healthRolesGrant();

    @Message
    String healthAdminSignalHeading();

    @Message
    String healthAdminSignalAgrees();

    @Message
    String healthAdminSignalDisagrees(String count);

    @Message
    String healthFieldDisagreements();

    @Message
    String healthSettingsHeading();

    @Message
    String healthSettingsIntro();

    @Message
    String healthColumnSetting();

    @Message
    String healthColumnValue();

    @Message
    String healthColumnMeaning();

    @Message
    String healthSettingsAllOn();

    @Message
    String healthSettingsOff(String checks);

    @Message
    String healthSettingsOffUnknown(String checks);

    @Message
    String healthSettingsOffNotNeeded(String checks);

    @Message
    String healthSettingNotSet();

    @Message
    String healthSettingCheckOff();

    @Message
    String healthSettingEveryMethod();

    @Message
    String healthSettingWritebackSet();

    @Message
    String healthSettingWritebackUnset();

    @Message
    String healthSettingSyncStale();

    @Message
    String healthSettingSyncLate();

    @Message
    String healthSettingProtectedGroupsSet();

    @Message
    String healthSettingProtectedGroupsUnset();

    @Message
    String healthSettingMethodsRequired();

    @Message
    String healthSettingMethods();

    @Message
    String healthSettingEnabledGroupSet();

    @Message
    String healthSettingEnabledGroupUnset();

    @Message
    String healthSettingSkusSet();

    @Message
    String healthSettingSkusUnset();

    @Message
    String healthConfirmationHeading();

    @Message
    String healthConfirmationIntro();

    @Message
    String healthConfirmationFresh(String age);

    @Message
    String healthConfirmationOff();

    @Message
    String healthConfirmationWaitsForMirror();

    @Message
    String healthConfirmationFirstRead();

    @Message
    String healthConfirmationStale(String age);

    @Message
    String healthConfirmationFailing();

    @Message
    String healthFeedHeading();

    @Message
    String healthFieldFeedSetting();

    @Message
    String healthFeedOn();

    @Message
    String healthFeedOff();

    @Message
    String healthFieldFeedFresh();

    @Message
    String healthFieldFeedCoveredFrom();

    @Message
    String healthFieldFeedLastRead();

    @Message
    String healthFieldFeedEvents();

    @Message
    String healthFieldFeedLastFailure();

    @Message
    String healthBudgetHeading();

    @Message
    String healthFieldBudgetCapacity();

    @Message
    String healthFieldBudgetReserved();

    @Message
    String healthFieldBudgetMirrorFirst();

    @Message
    String healthBudgetMirrorFirstOver();

    @Message
    String healthBudgetMirrorFirstRunning();

    @Message
    String healthFieldBudgetKeeping();

    @Message
    String healthBudgetShared();

    @Message
    String healthBudgetPerReplica();

    @Message
    String healthFieldBudgetLedgerFailures();

    @Message
    String healthBudgetCaption();

    @Message
    String healthColumnConsumer();

    @Message
    String healthColumnGranted();

    @Message
    String healthColumnRefused();

    @Message
    String healthColumnShare();

    @Message
    String healthConsumerMirror();

    @Message
    String healthConsumerFeed();

    @Message
    String healthConsumerReportRow();

    @Message
    String healthConsumerLiveLook();

    @Message
    String healthConsumerOther();

    @Message
    String healthConsumersAll();

    @Message
    String healthBudgetRefusedNote();
}
