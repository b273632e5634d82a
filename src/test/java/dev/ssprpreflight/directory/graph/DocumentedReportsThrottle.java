package dev.ssprpreflight.directory.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;

/**
 * The identity and access reports throttle as Graph documents it, for the fakes: 5 requests in any 10 s per app and
 * tenant; the next one is answered 429 with a fractional {@code Retry-After} until the oldest leaves the window (a
 * throttled request does not count). Counts the 429s it answered.
 */
final class DocumentedReportsThrottle {

    private static final long WINDOW_NANOS = 10_000_000_000L;
    private static final int LIMIT = 5;

    private final Deque<Long> admitted = new ArrayDeque<>();
    final AtomicLong throttled = new AtomicLong();

    /** Admits the request now, or says how long Graph would ask it to wait (seconds, fractional). */
    synchronized Optional<String> retryAfter() {
        long now = System.nanoTime();
        while (!admitted.isEmpty() && now - admitted.peekFirst() >= WINDOW_NANOS) {
            admitted.removeFirst();
        }
        if (admitted.size() >= LIMIT) {
            throttled.incrementAndGet();
            double seconds = (admitted.peekFirst() + WINDOW_NANOS - now) / 1e9;
            return Optional.of(String.format(Locale.ROOT, "%.3f", Math.max(0.001, seconds)));
        }
        admitted.addLast(now);
        return Optional.empty();
    }

    /**
     * The most requests of {@code arrivalNanos} ({@link System#nanoTime()} stamps) within any 10 s, throttled ones included.
     */
    static long mostInAnyWindow(Collection<Long> arrivalNanos) {
        List<Long> times = new ArrayList<>(arrivalNanos);
        times.sort(Long::compare);
        long most = 0;
        int from = 0;
        for (int to = 0; to < times.size(); to++) {
            while (times.get(to) - times.get(from) >= WINDOW_NANOS) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    /** Graph's answer to a request past the limit. */
    static Response tooManyRequests(Response like, String retryAfter) {
        return Response.Builder.like(like).but().status(429)
                .headers(new HttpHeaders(new HttpHeader("Retry-After", retryAfter),
                        new HttpHeader("Content-Type", "application/json")))
                .body(GraphJson.error("TooManyRequests", "Please retry again later.")).build();
    }
}
