package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.scan.ScanRequest;

class ScanStartFormTest {

    @Test
    void theWholeOrganisationNeedsNoGroup() {
        assertThat(new ScanStartForm("tenant", "Finance", null).toRequest().request())
                .contains(ScanRequest.wholeTenant());
        assertThat(new ScanStartForm(null, "  ", null).toRequest().request()).contains(ScanRequest.wholeTenant());
    }

    @Test
    void aGroupIsAskedForByItsTrimmedNameAndOptionallyItsId() {
        assertThat(new ScanStartForm("group", "  Finance ", null).toRequest().request())
                .contains(new ScanRequest(Optional.of("Finance"), Optional.empty()));
        assertThat(new ScanStartForm(null, "Project Falcon", "0b5e-41aa").toRequest().request())
                .contains(new ScanRequest(Optional.of("Project Falcon"), Optional.of("0b5e-41aa")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "everything | Finance      |             | SCOPE",
            "group      |              |             | GROUP_MISSING",
            "group      | Fin\u0007ance |            | GROUP_NAME",
            "group      | Finance      | ../../users | GROUP_ID",
    })
    void refusesBadInputWhole(String scope, String group, String groupId, ScanStartForm.Problem problem) {
        ScanStartForm.Parsed parsed = new ScanStartForm(scope, group, groupId).toRequest();

        assertThat(parsed.request()).isEmpty();
        assertThat(parsed.problems()).containsExactly(problem);
    }

    @Test
    void refusesAGroupNameLongerThanEntraAllows() {
        assertThat(new ScanStartForm("group", "g".repeat(256), null).toRequest().problems()).isEmpty();
        assertThat(new ScanStartForm("group", "g".repeat(257), null).toRequest().problems())
                .containsExactly(ScanStartForm.Problem.GROUP_NAME);
    }
}
