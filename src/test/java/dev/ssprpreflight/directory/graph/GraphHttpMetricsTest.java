package dev.ssprpreflight.directory.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphHttpMetricsTest {

    @ParameterizedTest
    @CsvSource({
            "/v1.0/$batch, batch",
            "/v1.0/reports/authenticationMethods/userRegistrationDetails, report",
            "/v1.0/users/87d349ed-44d7-43e1-9a83-5f2406dee5bd/authentication/methods, methods",
            "/v1.0/organization, other",
            "/v1.0/users/o'brien@contoso.com, other" })
    void tagsRequestsByAFixedSetOfKindsNeverByUser(String path, String kind) {
        assertThat(GraphHttpMetrics.kind(path)).isEqualTo(kind);
    }
}
