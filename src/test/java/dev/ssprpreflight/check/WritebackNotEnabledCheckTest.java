package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WritebackNotEnabledCheckTest {

    private final WritebackNotEnabledCheck check = new WritebackNotEnabledCheck();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                  onPremisesSyncEnabled, upn,                writeback, blocks
            synced user with writeback off,          true,                  adele@contoso.com,  false,     true
            federated-domain user with writeback off, -,                    adele@fabrikam.com, false,     true
            federated domain in other case,          -,                     Adele@FABRIKAM.COM, false,     true
            cloud-only user with writeback off,      -,                     adele@contoso.com,  false,     false
            formerly synced user with writeback off, false,                 adele@contoso.com,  false,     false
            synced user with writeback on,           true,                  adele@contoso.com,  true,      false
            federated-domain user with writeback on, -,                     adele@fabrikam.com, true,      false
            synced user with writeback undeclared,   true,                  adele@contoso.com,  -,         false
            federated user with writeback undeclared, -,                    adele@fabrikam.com, -,         false
            """)
    void blocksOnPremisesPasswordsOnlyWhenWritebackIsDeclaredOff(String description, Boolean onPremisesSyncEnabled,
            String upn, Boolean writeback, boolean blocks) {
        var context = Facts.ready()
                .onPremisesSyncEnabled(Optional.ofNullable(onPremisesSyncEnabled))
                .userPrincipalName(upn)
                .passwordWriteback(Optional.ofNullable(writeback))
                .context();

        assertThat(check.raises(context)).isEqualTo(blocks);
    }
}
