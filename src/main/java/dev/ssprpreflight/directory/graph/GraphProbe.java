package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;

import dev.ssprpreflight.directory.DirectoryStatus;

/**
 * The readiness probe's one call: {@code GET /organization?$select=id}, the cheapest request that needs
 * both a valid token and a permission the lookups need anyway (Organization.Read.All), so that it fails
 * for the same reasons a check would. Not a reports API: it costs nothing of the reports budget.
 * Failures are recorded like any other Graph failure, so that the failure metrics move even when no user
 * is checking.
 */
final class GraphProbe {

    private GraphProbe() {
    }

    static DirectoryStatus.Probe probe(GraphServiceClient client, GraphHealth health, Duration timeout) {
        long start = System.nanoTime();
        Deadline deadline = new Deadline(Instant.now().plus(timeout));
        GraphFailure failure;
        try {
            client.organization().get(config -> {
                config.queryParameters.select = new String[] { "id" };
                config.options.add(deadline);
            });
            return DirectoryStatus.Probe.answered(since(start));
        } catch (ApiException e) {
            failure = GraphFailure.fromStatus(GraphCall.ORGANIZATION, e.getResponseStatusCode(), Optional.empty(),
                    GraphResponses.header(e.getResponseHeaders(), "Retry-After"));
        } catch (RuntimeException e) {
            failure = GraphFailure.fromException(GraphCall.ORGANIZATION, e);
        }
        health.failed(failure);
        return DirectoryStatus.Probe.failed(since(start), failure.kind(), failure.describe());
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
