package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The 24-hour block of Microsoft's SSPR throttle ("must wait 24 hours after the last attempt", troubleshoot-sspr),
 * judged at the check's time against the time of the audit log's "Blocked from self-service password reset".
 */
class ResetLockedOutCheckTest {

    private final ResetLockedOutCheck check = new ResetLockedOutCheck();

    @Test
    void blocksOneMinuteBeforeTheTwentyFourHoursAreOver() {
        assertThat(check.raises(Facts.ready().ssprBlockedAgo(Duration.ofHours(23).plusMinutes(59)).context()))
                .isTrue();
    }

    @Test
    void letsThroughOneMinuteAfterTheTwentyFourHoursAreOver() {
        assertThat(check.raises(Facts.ready().ssprBlockedAgo(Duration.ofHours(24).plusMinutes(1)).context()))
                .isFalse();
    }

    @Test
    void letsThroughExactlyTwentyFourHoursAfterTheBlock() {
        assertThat(check.raises(Facts.ready().ssprBlockedAgo(Duration.ofHours(24)).context())).isFalse();
    }

    @Test
    void doesNotBlockWhenTheAuditLogShowsNoBlock() {
        assertThat(check.raises(Facts.ready().context())).isFalse();
    }

    @Test
    void theRetryTimeIsTwentyFourHoursAfterTheBlock() {
        SsprLockout lockout = new SsprLockout(Facts.NOW.minus(Duration.ofHours(2)));

        assertThat(lockout.retryAt()).isEqualTo(Facts.NOW.plus(Duration.ofHours(22)));
    }

    @Test
    void isABlockThatDiscreetModeShows() {
        assertThat(Reason.RESET_LOCKED_OUT.blocks()).isTrue();
        assertThat(Reason.RESET_LOCKED_OUT.revealsSensitiveState()).as("the portal itself tells anyone").isFalse();
        assertThat(check.appliesToExternalUsers()).isFalse();
    }

    @Test
    void theCatalogueRaisesItAlongsideOtherBlocks() {
        var context = Facts.ready().disabled().ssprBlockedAgo(Duration.ofHours(1)).context();

        assertThat(CheckCatalogue.standard().raisedReasons(context))
                .containsExactly(Reason.ACCOUNT_DISABLED, Reason.RESET_LOCKED_OUT);
    }
}
