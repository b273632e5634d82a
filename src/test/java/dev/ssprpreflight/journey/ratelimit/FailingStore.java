package dev.ssprpreflight.journey.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** A shared store whose database is down until a test brings it back; counts how often it was asked. */
final class FailingStore implements BucketStore {

    private final MemoryBucketStore buckets = new MemoryBucketStore(1000, Duration.ofHours(1));
    private final AtomicInteger asked = new AtomicInteger();
    private volatile boolean down = true;

    @Override
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
        asked.incrementAndGet();
        if (down) {
            throw new IllegalStateException("Acquisition timeout while waiting for new connection");
        }
        return buckets.tryConsume(key, configuration);
    }

    void comeBack() {
        down = false;
    }

    int asked() {
        return asked.get();
    }
}
