package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountDisabledCheckTest {

    private final AccountDisabledCheck check = new AccountDisabledCheck();

    @Test
    void blocksDisabledAccount() {
        assertThat(check.raises(Facts.ready().disabled().context())).isTrue();
    }

    @Test
    void doesNotBlockEnabledAccount() {
        assertThat(check.raises(Facts.ready().context())).isFalse();
    }
}
