package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminWritebackUnsupportedCheckTest {

    private final AdminWritebackUnsupportedCheck check = new AdminWritebackUnsupportedCheck();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                              roleTemplateId,                       onPremisesSyncEnabled, blocks
            synced Global Administrator,         62e90394-69f5-4237-9190-012177145e10, true,                  true
            synced Helpdesk Administrator,       729827E3-9C14-49F7-BB1B-9608F156BBB8, true,                  true
            cloud-only Global Administrator,     62e90394-69f5-4237-9190-012177145e10, -,                     false
            formerly synced Global Administrator, 62e90394-69f5-4237-9190-012177145e10, false,                false
            synced Global Reader,                f2ef992c-3afb-46b9-b7cf-a126ee74c451, true,                  false
            """)
    void blocksSyncedAdministrators(String description, String roleTemplateId, Boolean onPremisesSyncEnabled,
            boolean blocks) {
        var context = Facts.ready()
                .roles(roleTemplateId)
                .onPremisesSyncEnabled(Optional.ofNullable(onPremisesSyncEnabled))
                .context();

        assertThat(check.blocks(context)).isEqualTo(blocks);
    }

    @Test
    void doesNotBlockSyncedUserWithoutRoles() {
        assertThat(check.blocks(Facts.ready().synced().context())).isFalse();
    }
}
