package dev.ssprpreflight.directory.graph;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.microsoft.graph.models.AuthenticationMethodCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.MethodsAnswer;
import dev.ssprpreflight.directory.FailureKind;

/**
 * The live look at a user's authentication methods, which confirms what the lagging registration
 * report suggests, as a request of its own: for when the lookup could not foresee the need and put it
 * into its batch (see {@link BatchLookup}). It counts against the reports throttle, so it runs only when the budget has a slot
 * free; otherwise it declines and the checks do without it. A recent answer for the user is reused from the
 * {@link LiveLookCache} without a slot.
 */
final class LiveMethodsLookup {

    private final GraphServiceClient client;
    private final ReportsBudget budget;
    private final GraphHealth health;
    private final LiveLookCache cache;

    LiveMethodsLookup(GraphServiceClient client, ReportsBudget budget, GraphHealth health, LiveLookCache cache) {
        this.client = client;
        this.budget = budget;
        this.health = health;
        this.cache = cache;
    }

    MethodsAnswer methods(String userObjectId, Instant deadline) {
        Optional<Set<AuthMethod>> cached = cache.byObjectId(userObjectId);
        if (cached.isPresent()) {
            return new MethodsAnswer(cached, List.of());
        }
        Deadline limit = new Deadline(deadline);
        if (limit.passed() || !budget.tryAcquire(ReportsConsumer.LIVE_LOOK)) {
            return MethodsAnswer.declined(List.of());
        }
        try {
            AuthenticationMethodCollectionResponse response = client.users().byUserId(userObjectId).authentication()
                    .methods().get(config -> config.options.add(limit));
            var methods = GraphFacts.liveMethods(response);
            cache.remember(userObjectId, Optional.empty(), methods);
            return new MethodsAnswer(Optional.of(methods), List.of());
        } catch (ApiException e) {
            GraphFailure failure = GraphFailure.fromStatus(GraphCall.AUTHENTICATION_METHODS, e.getResponseStatusCode(),
                    Optional.empty(), GraphResponses.header(e.getResponseHeaders(), "Retry-After"));
            if (failure.kind() == FailureKind.THROTTLED) {
                budget.throttled(failure);
            }
            health.failed(failure);
            return MethodsAnswer.declined(List.of());
        } catch (RuntimeException e) {
            health.failed(GraphFailure.fromException(GraphCall.AUTHENTICATION_METHODS, e));
            return MethodsAnswer.declined(List.of());
        }
    }
}
