package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyncErrorsCheckTest {

    private final SyncErrorsCheck check = new SyncErrorsCheck();

    @Test
    void blocksUserWithProvisioningErrors() {
        assertThat(check.blocks(Facts.ready().synced().withProvisioningError().context())).isTrue();
    }

    @Test
    void doesNotBlockUserWithoutProvisioningErrors() {
        assertThat(check.blocks(Facts.ready().synced().context())).isFalse();
    }
}
