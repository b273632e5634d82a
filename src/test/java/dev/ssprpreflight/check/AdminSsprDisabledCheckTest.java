package dev.ssprpreflight.check;

import static dev.ssprpreflight.check.Facts.GLOBAL_READER;
import static dev.ssprpreflight.check.Facts.HELPDESK_ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminSsprDisabledCheckTest {

    private final AdminSsprDisabledCheck check = new AdminSsprDisabledCheck();

    @Test
    void blocksAdministratorWhenOrganisationDisallowsSsprForAdmins() {
        assertThat(check.raises(Facts.ready().roles(HELPDESK_ADMINISTRATOR).adminSsprDisallowed().context())).isTrue();
    }

    @Test
    void doesNotBlockAdministratorWhenOrganisationAllowsSsprForAdmins() {
        assertThat(check.raises(Facts.ready().admin().context())).isFalse();
    }

    @Test
    void doesNotBlockNonAdministratorWhenOrganisationDisallowsSsprForAdmins() {
        assertThat(check.raises(Facts.ready().roles(GLOBAL_READER).adminSsprDisallowed().context())).isFalse();
    }
}
