package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.kiota.ApiException;

import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.scan.TenantListing.ListingFailure;
import io.quarkus.logging.Log;

/**
 * Sends the readiness scan's requests: one answer, or a chain of pages linked by {@code @odata.nextLink}.
 * Unlike a check, a scan has time but must not lose or repeat a page, so a failed request is sent again
 * as it was, the same URL, never the next one:
 * <ul>
 * <li>429: after the server's {@code Retry-After} (fractional seconds allowed), else after a growing
 * backoff, at most {@link Patience#throttledRetries()} times in a row;</li>
 * <li>5xx, timeout, network error: after a backoff that doubles, at most {@link Patience#errorRetries()}
 * times;</li>
 * <li>anything else (401, 403, 404, 400) at once not: the listing fails with
 * {@link GraphFailure#describe()}, which names the missing permission on a 403.</li>
 * </ul>
 * An interrupt stops it before each request and during each wait.
 */
final class GraphPager {

    /** How the pager waits; tests replace it so that they need not wait. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    static final Pause SLEEP = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    /**
     * @param throttledRetries how often one request is sent again after a 429
     * @param errorRetries how often one request is sent again after a 5xx, a timeout or a network error
     * @param firstBackoff the wait before the first retry without {@code Retry-After}; doubled each time
     */
    record Patience(int throttledRetries, int errorRetries, Duration firstBackoff) {

        /**
         * Ten 429s in a row on one page means Graph is busy for minutes; three server errors, that something
         * is broken. Both end the scan with the reason rather than keep the scan's lease for nothing.
         */
        static final Patience DEFAULT = new Patience(10, 3, Duration.ofSeconds(1));
    }

    /** One request through the SDK; its exceptions say how it failed. */
    @FunctionalInterface
    interface Request<T> {
        T send();
    }

    /** Receives one page. */
    @FunctionalInterface
    interface PageConsumer<P> {
        void accept(P page) throws ListingFailure, InterruptedException;
    }

    private final GraphHealth health;
    private final Patience patience;
    private final Pause pause;

    GraphPager(GraphHealth health, Patience patience, Pause pause) {
        this.health = health;
        this.patience = patience;
        this.pause = pause;
    }

    /**
     * Follows the chain of pages from {@code firstUrl}, handing each page to {@code each} before asking
     * for the next; a page is held only while {@code each} runs.
     *
     * @param fetch sends the request for one page's URL
     * @param nextLink the page's {@code @odata.nextLink}, null on the last page
     */
    <P> void pages(GraphCall call, String firstUrl, Function<String, P> fetch, Function<P, String> nextLink,
            PageConsumer<P> each) throws ListingFailure, InterruptedException {
        String url = firstUrl;
        while (url != null) {
            String current = url;
            P page = call(call, () -> fetch.apply(current));
            each.accept(page);
            url = nextLink.apply(page);
        }
    }

    /** Sends one request, again after throttling or a transient error, until it is answered or fails. */
    <T> T call(GraphCall call, Request<T> request) throws ListingFailure, InterruptedException {
        int throttled = 0;
        int errors = 0;
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            GraphFailure failure;
            try {
                return request.send();
            } catch (RuntimeException e) {
                if (Thread.interrupted()) {
                    // The HTTP client gave up because of the interrupt; that is no network error.
                    throw new InterruptedException();
                }
                failure = failure(call, e);
            }
            Optional<Duration> wait = Optional.empty();
            if (failure.kind() == FailureKind.THROTTLED && throttled < patience.throttledRetries()) {
                throttled++;
                wait = Optional.of(failure.retryAfter().orElse(backoff(throttled)));
            } else if (transientFailure(failure) && errors < patience.errorRetries()) {
                errors++;
                wait = Optional.of(backoff(errors));
            }
            if (wait.isEmpty()) {
                health.failed(failure);
                String tries = throttled + errors == 0 ? "" : " (after " + (throttled + errors) + " retries)";
                throw new ListingFailure(failure.describe() + tries);
            }
            Log.debugf("Microsoft Graph: %s; asking again in %d ms", failure.describe(), wait.get().toMillis());
            pause.pause(wait.get());
        }
    }

    /** Worth another try: the server or the network failed, not the request. */
    private static boolean transientFailure(GraphFailure failure) {
        return switch (failure.kind()) {
            case SERVER_ERROR -> failure.status() >= 500;
            case TIMEOUT, NETWORK -> true;
            default -> false;
        };
    }

    private Duration backoff(int attempt) {
        return patience.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    /** Translates what the SDK threw: status, Graph's error code and Retry-After, or the kind of I/O failure. */
    static GraphFailure failure(GraphCall call, RuntimeException e) {
        if (e instanceof ApiException api && api.getResponseStatusCode() > 0) {
            Optional<String> code = e instanceof ODataError odata && odata.getError() != null
                    ? Optional.ofNullable(odata.getError().getCode())
                    : Optional.empty();
            return GraphFailure.fromStatus(call, api.getResponseStatusCode(), code,
                    GraphResponses.header(api.getResponseHeaders(), "Retry-After"));
        }
        return GraphFailure.fromException(call, e);
    }
}
