package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CheckCatalogueTest {

    private final CheckCatalogue catalogue = CheckCatalogue.standard();

    @Test
    void hasExactlyOneCheckPerReasonInReasonOrder() {
        assertThat(catalogue.checks()).extracting(Check::reason).containsExactly(Reason.values());
    }

    @Test
    void findsNothingWrongWithReadyUser() {
        var context = Facts.ready().context();

        assertThat(catalogue.failingReasons(context)).isEmpty();
        assertThat(catalogue.wantsLiveMethods(context)).isFalse();
    }

    @Test
    void reportsEveryFailingReasonInCatalogueOrder() {
        var context = Facts.ready().synced().writebackOff().plans().licenses().withProvisioningError()
                .lastSyncAgo(Duration.ofDays(2)).admin().adminSsprDisallowed().disabled()
                .report(false, false, "").liveMethods("").context();

        assertThat(catalogue.failingReasons(context)).containsExactly(
                Reason.WRITEBACK_NOT_ENABLED,
                Reason.LICENSE_MISSING,
                Reason.SYNC_ERRORS,
                Reason.SYNC_STALE,
                Reason.METHODS_NOT_REGISTERED,
                Reason.ADMIN_WRITEBACK_UNSUPPORTED,
                Reason.ADMIN_NEEDS_TWO_METHODS,
                Reason.ADMIN_SSPR_DISABLED,
                Reason.ACCOUNT_DISABLED,
                Reason.SSPR_NOT_ENABLED);
    }

    @Test
    void judgesGuestsOnlyByChecksThatApplyToGuests() {
        var context = Facts.ready().guest().synced().writebackOff().plans().licenses().withProvisioningError()
                .admin().adminSsprDisallowed().disabled().report(false, false, "").context();

        assertThat(catalogue.failingReasons(context)).containsExactly(Reason.ACCOUNT_DISABLED, Reason.GUEST_ACCOUNT);
        assertThat(catalogue.wantsLiveMethods(context)).isFalse();
    }

    @Test
    void onlyAccountAndGuestChecksApplyToGuests() {
        assertThat(catalogue.checks()).filteredOn(Check::appliesToGuests).extracting(Check::reason)
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
                "WRITEBACK_NOT_ENABLED", "LICENSE_MISSING", "SYNC_ERRORS", "SYNC_STALE", "METHODS_NOT_REGISTERED",
                "ADMIN_WRITEBACK_UNSUPPORTED", "ADMIN_NEEDS_TWO_METHODS", "ADMIN_SSPR_DISABLED", "ACCOUNT_DISABLED",
                "SSPR_NOT_ENABLED", "GUEST_ACCOUNT");
    }
}
