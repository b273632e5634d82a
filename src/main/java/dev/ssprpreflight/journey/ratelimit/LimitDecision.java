package dev.ssprpreflight.journey.ratelimit;

import java.time.Duration;

/**
 * Whether one more check fits into a bucket.
 *
 * @param allowed whether the check may go ahead
 * @param retryAfter when the next check would fit; zero when allowed
 */
public record LimitDecision(boolean allowed, Duration retryAfter) {

    static final LimitDecision ALLOWED = new LimitDecision(true, Duration.ZERO);

    static LimitDecision refused(long nanosToWait) {
        return new LimitDecision(false, Duration.ofNanos(nanosToWait));
    }

    /** {@code Retry-After} in whole seconds, rounded up so that a client that waits that long gets through. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
