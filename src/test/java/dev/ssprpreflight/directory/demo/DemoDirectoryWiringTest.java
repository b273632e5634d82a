package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Directory;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Reason;
import io.quarkus.test.junit.QuarkusTest;

/** With no configuration, the application answers from the bundled demo tenant. */
@QuarkusTest
class DemoDirectoryWiringTest {

    @Inject
    Directory directory;

    @Inject
    PreflightService preflight;

    @Test
    void theDemoIsTheDefaultDirectory() {
        assertThat(directory).isInstanceOf(DemoDirectory.class);
    }

    @Test
    void aDemoUserGetsTheirVerdictThroughTheWiredService() {
        var verdict = preflight.check("allan.deyoung@contoso.example");

        assertThat(verdict.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(verdict.blocks()).containsExactly(Reason.METHODS_NOT_REGISTERED, Reason.ACCOUNT_DISABLED,
                Reason.SSPR_NOT_ENABLED);
        assertThat(verdict.findings()).containsExactly(Reason.LICENSE_NOT_ASSIGNED, Reason.PROVISIONING_ERRORS);
        assertThat(verdict.directoryRequestIds()).allMatch(id -> id.startsWith("demo-"));
    }
}
