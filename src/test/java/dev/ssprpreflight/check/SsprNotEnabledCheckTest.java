package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SsprNotEnabledCheckTest {

    private static final String SSPR_GROUP = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private static final String OTHER_GROUP = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";

    private final SsprNotEnabledCheck check = new SsprNotEnabledCheck();

    @Test
    void blocksUserTheReportShowsOutsideTheSsprPolicy() {
        assertThat(check.raises(Facts.ready().report(false, true, "EMAIL MOBILE_PHONE").context())).isTrue();
    }

    @Test
    void doesNotBlockUserInsideTheSsprPolicy() {
        assertThat(check.raises(Facts.ready().report(true, false, "").context())).isFalse();
    }

    @Test
    void staysSilentWhenTheReportDoesNotKnowTheUser() {
        assertThat(check.raises(Facts.ready().noReport().context())).isFalse();
    }

    @Test
    void neverJudgesAnAdministratorByTheUserPolicy() {
        assertThat(check.raises(Facts.ready().admin().report(false, true, "EMAIL MOBILE_PHONE").context())).isFalse();
        assertThat(check.raises(Facts.ready().admin().enabledGroup(SSPR_GROUP).memberOf(OTHER_GROUP).context()))
                .isFalse();
    }

    @Test
    void blocksAUserOutsideTheDeclaredGroupWhateverTheReportSays() {
        var context = Facts.ready().enabledGroup(SSPR_GROUP).memberOf(OTHER_GROUP).report(true, true, "EMAIL")
                .context();

        assertThat(check.raises(context)).isTrue();
    }

    @Test
    void letsAMemberOfTheDeclaredGroupThroughWhateverTheReportSays() {
        var context = Facts.ready().enabledGroup(SSPR_GROUP).memberOf(SSPR_GROUP.toUpperCase(java.util.Locale.ROOT))
                .report(false, true, "EMAIL").context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void staysSilentWhenTheMembershipCouldNotBeLookedUp() {
        var context = Facts.ready().enabledGroup(SSPR_GROUP).membershipsUnknown().report(false, true, "EMAIL")
                .context();

        assertThat(check.raises(context)).isFalse();
    }
}
