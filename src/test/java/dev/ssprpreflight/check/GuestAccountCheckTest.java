package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuestAccountCheckTest {

    private final GuestAccountCheck check = new GuestAccountCheck();

    @Test
    void blocksGuest() {
        assertThat(check.blocks(Facts.ready().guest().context())).isTrue();
    }

    @Test
    void doesNotBlockMember() {
        assertThat(check.blocks(Facts.ready().context())).isFalse();
    }
}
