package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvisioningErrorsCheckTest {

    private final ProvisioningErrorsCheck check = new ProvisioningErrorsCheck();

    @Test
    void findsProvisioningErrors() {
        assertThat(check.raises(Facts.ready().synced().withProvisioningError().context())).isTrue();
    }

    @Test
    void findsNothingWithoutThem() {
        assertThat(check.raises(Facts.ready().synced().context())).isFalse();
    }

    @Test
    void isAFindingThatNeverBlocks() {
        assertThat(check.reason().tier()).isEqualTo(Reason.Tier.FINDING);
    }
}
