package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SsprNotEnabledCheckTest {

    private final SsprNotEnabledCheck check = new SsprNotEnabledCheck();

    @Test
    void blocksUserTheReportShowsOutsideTheSsprPolicy() {
        assertThat(check.blocks(Facts.ready().report(false, true, "EMAIL MOBILE_PHONE").context())).isTrue();
    }

    @Test
    void doesNotBlockUserInsideTheSsprPolicy() {
        assertThat(check.blocks(Facts.ready().report(true, false, "").context())).isFalse();
    }

    @Test
    void staysSilentWhenTheReportDoesNotKnowTheUser() {
        assertThat(check.blocks(Facts.ready().noReport().context())).isFalse();
    }
}
