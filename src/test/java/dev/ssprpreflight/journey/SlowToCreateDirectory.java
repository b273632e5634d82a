package dev.ssprpreflight.journey;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.ssprpreflight.check.Directory;
import io.smallrye.common.annotation.Identifier;

/**
 * The demo's directory, created only once the test lets it go, as the demo's own is not ready until it has read its
 * tenant's file in the moments after the start: for the test that the form does not wait for the directory. An
 * alternative to the application's choice of adapter, enabled by {@link SlowToCreateDirectoryProfile} only.
 */
@Alternative
public class SlowToCreateDirectory {

    /** Opened by the test; the creation gives up waiting after {@link #AT_MOST}, so that a failing test ends. */
    static final CountDownLatch LET_GO = new CountDownLatch(1);
    static final Duration AT_MOST = Duration.ofSeconds(20);
    static volatile boolean created;

    @Produces
    @Singleton
    Directory directory(@Identifier("demo") Directory demo) throws InterruptedException {
        LET_GO.await(AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
        created = true;
        return demo;
    }
}
