package dev.ssprpreflight.journey.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.testsupport.CapturedLog;
import dev.ssprpreflight.testsupport.MovableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The database store never fails open: while it is down, the limits count in memory, and say so once. */
class FallbackBucketStoreTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FailingStore database = new FailingStore();
    private StoreFallbacks fallbacks;
    private RateLimiter limiter;

    @BeforeEach
    void aDatabaseThatIsDown() {
        fallbacks = new StoreFallbacks(registry, clock);
        FallbackBucketStore store = new FallbackBucketStore(database, new MemoryBucketStore(1000, HOUR), fallbacks,
                clock);
        limiter = new RateLimiter(store, TestLimiters.config(Map.of()), registry);
    }

    @Test
    void theLimitStillRefusesOnceItsCapacityIsSpent() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("client:203.0.113.7", 3, HOUR).allowed()).isTrue();
        }

        assertThat(limiter.take("client:203.0.113.7", 3, HOUR).allowed()).as("counted in memory").isFalse();
        assertThat(limiter.take("client:203.0.113.8", 3, HOUR).allowed()).as("another client's bucket").isTrue();
        assertThat(registry.counter(StoreFallbacks.FALLBACKS_METRIC).count()).isEqualTo(5);
        assertThat(registry.get("sspr.rate.limit.rejections").tag("limit", "client").counter().count()).isEqualTo(1);
    }

    @Test
    void theOutageIsReportedWithItsStartAndCause() {
        limiter.take("client:203.0.113.7", 3, HOUR);

        assertThat(fallbacks.outage()).hasValueSatisfying(outage -> {
            assertThat(outage.since()).isEqualTo(clock.instant());
            assertThat(outage.failure()).contains("IllegalStateException", "Acquisition timeout");
        });
    }

    @Test
    void theOutageIsLoggedOnceAndTheDatabaseLeftAloneForAWhile() {
        try (CapturedLog log = CapturedLog.of(StoreFallbacks.class.getName())) {
            for (int i = 0; i < 10; i++) {
                limiter.take("client:203.0.113.7", 100, HOUR);
            }
            clock.move(FallbackBucketStore.RETRY_EVERY.plusSeconds(1));
            limiter.take("client:203.0.113.7", 100, HOUR);

            assertThat(database.asked()).as("once, and again after the pause").isEqualTo(2);
            assertThat(log.messages(Level.WARNING)).singleElement().asString()
                    .contains("limits count in this instance's memory");
        }
    }

    @Test
    void theDatabaseIsUsedAgainOnceItAnswersAndTheEndIsLoggedOnce() {
        limiter.take("client:203.0.113.7", 100, HOUR);
        database.comeBack();
        clock.move(FallbackBucketStore.RETRY_EVERY.plusSeconds(1));

        try (CapturedLog log = CapturedLog.of(StoreFallbacks.class.getName())) {
            limiter.take("client:203.0.113.7", 100, HOUR);
            limiter.take("client:203.0.113.7", 100, HOUR);

            assertThat(fallbacks.outage()).isEmpty();
            assertThat(database.asked()).isEqualTo(3);
            assertThat(log.messages(Level.INFO)).singleElement().asString().contains("answers again");
        }
        assertThat(registry.counter(StoreFallbacks.FALLBACKS_METRIC).count()).isEqualTo(1);
    }

    @Test
    void aBucketSpentInMemoryStaysSpentAfterTheDatabaseComesBack() {
        // A challenge's nonce, spent while the database was down: the database never heard of it.
        assertThat(limiter.take("challenge:nonce", 1, HOUR).allowed()).isTrue();
        database.comeBack();
        clock.move(FallbackBucketStore.RETRY_EVERY.plusSeconds(1));

        assertThat(limiter.take("challenge:nonce", 1, HOUR).allowed()).as("replayed after the outage").isFalse();
        assertThat(limiter.take("challenge:other-nonce", 1, HOUR).allowed()).isTrue();
        assertThat(limiter.take("challenge:other-nonce", 1, HOUR).allowed()).as("counted by the database").isFalse();
    }

    @Test
    void aStoreThatFailsEvenInMemoryRefusesTheCheck() {
        RateLimiter overNothing = new RateLimiter(new FailingStore(), TestLimiters.config(Map.of()), registry);

        LimitDecision decision = overNothing.take("client:203.0.113.7", 100, HOUR);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.retryAfterSeconds()).isPositive();
    }
}
