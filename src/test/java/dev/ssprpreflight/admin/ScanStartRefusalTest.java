package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.scan.StartResult;
import dev.ssprpreflight.scan.TenantListing;

/** Why a scan did not start becomes a status, a message, and the running scan or the groups to choose from. */
class ScanStartRefusalTest {

    private final ScanMessages msg = KeyTexts.scans();

    @Test
    void anotherRunningScanIsAConflictWithALinkToIt() {
        ScanStartRefusal refusal = ScanStartRefusal.of(new StartResult.AlreadyRunning(7), msg);

        assertThat(refusal.statusCode()).isEqualTo(409);
        assertThat(refusal.runningScanId()).isEqualTo(7L);
    }

    @Test
    void anUnknownGroupIsABadRequest() {
        assertThat(ScanStartRefusal.of(new StartResult.GroupNotFound("Nobody"), msg).statusCode()).isEqualTo(400);
    }

    @Test
    void groupsSharingTheNameAreOfferedByTheirIds() {
        ScanStartRefusal refusal = ScanStartRefusal.of(new StartResult.GroupAmbiguous("Project Falcon",
                List.of(new TenantListing.Group("a1", "Project Falcon"), new TenantListing.Group("b2", "Project Falcon"))),
                msg);

        assertThat(refusal.statusCode()).isEqualTo(400);
        assertThat(refusal.groupName()).isEqualTo("Project Falcon");
        assertThat(refusal.choices()).extracting(ScanStartRefusal.GroupChoice::id).containsExactly("a1", "b2");
    }

    @Test
    void anUnreachableDirectoryIsServiceUnavailableWithTheCause() {
        ScanStartRefusal refusal = ScanStartRefusal.of(new StartResult.DirectoryUnavailable("GET /groups: 403"), msg);

        assertThat(refusal.statusCode()).isEqualTo(503);
        assertThat(refusal.message()).isEqualTo("scanErrorDirectory [GET /groups: 403]");
    }

    @Test
    void aStartedScanIsNoRefusal() {
        assertThatThrownBy(() -> ScanStartRefusal.of(new StartResult.Started(1), msg))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
