package dev.ssprpreflight.directory.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.directory.DirectoryStatus;

/**
 * The status port lists the failure kinds by name for the health page and the metrics, which may not see
 * the Graph adapter's enum; the two lists must not drift apart, or a kind would go uncounted on the page.
 */
class GraphFailureKindsTest {

    @Test
    void theStatusPortNamesEveryKindTheAdapterCounts() {
        assertThat(DirectoryStatus.Remote.FAILURE_KINDS)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(GraphFailure.Kind.values()).map(Enum::name).toList());
    }
}
