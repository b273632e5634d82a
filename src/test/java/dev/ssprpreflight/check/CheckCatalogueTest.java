package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CheckCatalogueTest {

    private static final String PROTECTED_GROUP = "6f1c9d2e-8a4b-4c3d-9e2f-1a2b3c4d5e6f";

    private final CheckCatalogue catalogue = CheckCatalogue.standard();

    @Test
    void hasExactlyOneCheckPerReasonThatIsNotRetiredInReasonOrder() {
        assertThat(catalogue.checks()).extracting(Check::reason).containsExactly(
                Arrays.stream(Reason.values()).filter(reason -> !reason.retired()).toArray(Reason[]::new));
    }

    @Test
    void retiresTheTwoRulesThatBlockedPeopleThePortalLetsThrough() {
        assertThat(Arrays.stream(Reason.values()).filter(Reason::retired))
                .containsExactly(Reason.SYNC_ERRORS, Reason.ADMIN_WRITEBACK_UNSUPPORTED);
    }

    @Test
    void findingsAreTheThreeAdminOnlyReasons() {
        assertThat(Arrays.stream(Reason.values()).filter(reason -> !reason.blocks()))
                .containsExactly(Reason.LICENSE_NOT_ASSIGNED, Reason.PROVISIONING_ERRORS, Reason.SYNC_LATE);
    }

    @Test
    void findsNothingWrongWithReadyUser() {
        var context = Facts.ready().context();

        assertThat(catalogue.raisedReasons(context)).isEmpty();
        assertThat(catalogue.wantsLiveMethods(context)).isFalse();
    }

    @Test
    void reportsEveryFailingReasonInCatalogueOrder() {
        var context = Facts.ready().synced().writebackOff().plans().licenses().subscriptions()
                .withProvisioningError().lastSyncAgo(Duration.ofDays(2)).admin().adminSsprDisallowed().disabled()
                .protectedGroups(PROTECTED_GROUP).memberOf(PROTECTED_GROUP)
                .report(false, false, "").liveMethods("").context();

        assertThat(catalogue.raisedReasons(context)).containsExactly(
                Reason.WRITEBACK_NOT_ENABLED,
                Reason.LICENSE_MISSING,
                Reason.SYNC_STALE,
                Reason.ONPREM_PROTECTED_ACCOUNT,
                Reason.ADMIN_NEEDS_TWO_METHODS,
                Reason.ADMIN_SSPR_DISABLED,
                Reason.ACCOUNT_DISABLED,
                Reason.LICENSE_NOT_ASSIGNED,
                Reason.PROVISIONING_ERRORS);
    }

    @Test
    void reportsTheUserPolicyReasonsOfAnOrdinaryUser() {
        var context = Facts.ready().synced().lastSyncAgo(Duration.ofHours(5)).report(false, false, "")
                .liveMethods("").context();

        assertThat(catalogue.raisedReasons(context)).containsExactly(Reason.METHODS_NOT_REGISTERED,
                Reason.SSPR_NOT_ENABLED, Reason.SYNC_LATE);
    }

    @Test
    void judgesGuestsOnlyByChecksThatApplyToGuests() {
        var context = Facts.ready().guest().synced().writebackOff().plans().licenses().withProvisioningError()
                .admin().adminSsprDisallowed().disabled().report(false, false, "").context();

        assertThat(catalogue.raisedReasons(context)).containsExactly(Reason.ACCOUNT_DISABLED, Reason.GUEST_ACCOUNT);
        assertThat(catalogue.wantsLiveMethods(context)).isFalse();
    }

    @Test
    void onlyAccountAndGuestChecksApplyToGuests() {
        assertThat(catalogue.checks()).filteredOn(Check::appliesToExternalUsers).extracting(Check::reason)
                .containsExactly(Reason.ACCOUNT_DISABLED, Reason.GUEST_ACCOUNT);
    }

    @Test
    void wantsLiveLookWhenAnyCheckWantsIt() {
        assertThat(catalogue.wantsLiveMethods(Facts.ready().reportSaysNotRegistered().context())).isTrue();
        assertThat(catalogue.wantsLiveMethods(Facts.ready().admin().report(true, true, "EMAIL").context())).isTrue();
    }

    @Test
    void everyReasonHasItsOwnCode() {
        assertThat(Arrays.stream(Reason.values()).map(Reason::name)).containsExactly(
                "WRITEBACK_NOT_ENABLED", "LICENSE_MISSING", "SYNC_STALE", "METHODS_NOT_REGISTERED",
                "ONPREM_PROTECTED_ACCOUNT", "ADMIN_NEEDS_TWO_METHODS", "ADMIN_SSPR_DISABLED", "ACCOUNT_DISABLED",
                "SSPR_NOT_ENABLED", "GUEST_ACCOUNT", "RESET_LOCKED_OUT", "LICENSE_NOT_ASSIGNED", "PROVISIONING_ERRORS",
                "SYNC_LATE",
                "SYNC_ERRORS", "ADMIN_WRITEBACK_UNSUPPORTED");
    }
}
