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
 * <p>
 * Why a loop of our own rather than the SDK's: the Kiota retry handler retries only 429, 503 and 504 (its status
 * check is fixed; a {@code RetryHandlerOption}'s callback can narrow it, not widen it), never a timeout, a network
 * error or a 500/502, reads {@code Retry-After} only as whole seconds or a date, and waits with a sleep nobody can
 * replace; a scan that failed on the one timeout of a 100-page listing would be a worse scan. The SDK's
 * {@code PageIterator} hands on items one at a time and lets a failed next page end the iteration, where the scan
 * wants the page as its unit and the same link asked again. So the SDK builds every request (its request builders,
 * with their query options and headers), and this class decides when to send one again. The checks' requests carry
 * no retry at all (their {@link Deadline} leaves no room), the lookup's {@code $batch} retries its throttled inner
 * requests itself ({@link BatchLookup}), and the reports API's readers wait through the shared
 * {@link ReportsBudget} instead, which also pauses the other replicas.
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
     * Follows the chain of pages from the first request's answer, handing each page to {@code each} before asking
     * for the next; a page is held only while {@code each} runs. Each request, the first and every next link, is sent
     * again as it was after throttling or a transient error ({@link #call}), so no page is lost or repeated.
     *
     * @param firstPage sends the request for the first page (the SDK's request builder with its query options)
     * @param nextPage sends the request for a page's {@code @odata.nextLink} (the same builder, {@code withUrl})
     * @param nextLink the page's {@code @odata.nextLink}, null on the last page
     */
    <P> void pages(GraphCall call, Request<P> firstPage, Function<String, P> nextPage, Function<P, String> nextLink,
            PageConsumer<P> each) throws ListingFailure, InterruptedException {
        P page = call(call, firstPage);
        while (true) {
            each.accept(page);
            String next = nextLink.apply(page);
            if (next == null) {
                return;
            }
            page = call(call, () -> nextPage.apply(next));
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
