package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.directory.DirectoryHealth;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.testsupport.MovableClock;

class CachedProbeTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Duration WAIT = Duration.ofMillis(200);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final ExecutorService prober = Executors.newSingleThreadExecutor();
    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    private final AtomicInteger calls = new AtomicInteger();
    private volatile DirectoryStatus.Probe next = DirectoryStatus.Probe.answered(Duration.ofMillis(12));
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private final DirectoryStatus status = new DirectoryStatus() {
        @Override
        public String adapter() {
            return "graph";
        }

        @Override
        public Optional<Remote> remote() {
            return Optional.empty();
        }

        @Override
        public Optional<Probe> probe(Duration timeout) {
            calls.incrementAndGet();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(next);
        }
    };

    private final CachedProbe probe = new CachedProbe(status, clock, INTERVAL, Duration.ofSeconds(5), WAIT, prober);

    @AfterEach
    void stop() {
        gate.countDown();
        prober.shutdownNow();
        callers.shutdownNow();
    }

    @Test
    void callsTheDirectoryAtMostOncePerInterval() {
        assertThat(probe.latest()).hasValueSatisfying(answer -> {
            assertThat(answer.probe().reachable()).isTrue();
            assertThat(answer.at()).isEqualTo(clock.instant());
        });
        clock.move(INTERVAL.minusSeconds(1));
        probe.latest();
        probe.latest();
        assertThat(calls).hasValue(1);

        clock.move(Duration.ofSeconds(1));
        next = DirectoryStatus.Probe.failed(Duration.ofMillis(3), FailureKind.SERVER_ERROR, "GET organization failed: 503");

        assertThat(probe.latest()).hasValueSatisfying(answer -> {
            assertThat(answer.probe().reachable()).isFalse();
            assertThat(answer.probe().failureKind()).contains(FailureKind.SERVER_ERROR);
        });
        assertThat(calls).hasValue(2);
    }

    @Test
    void concurrentRequestsShareOneCall() throws Exception {
        gate = new CountDownLatch(1);
        List<Future<Optional<DirectoryHealth.ProbeAnswer>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(callers.submit(probe::latest));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 1);
        gate.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> answers.stream().allMatch(Future::isDone));

        assertThat(calls).hasValue(1);
    }

    @Test
    void aSlowProbeIsNotWaitedForLongerThanTheWait() {
        gate = new CountDownLatch(1);
        long start = System.nanoTime();

        Optional<DirectoryHealth.ProbeAnswer> first = probe.latest();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WAIT.plusMillis(800));
        assertThat(first).as("nothing to report before the first answer").isEmpty();

        gate.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> probe.latest().isPresent());
        assertThat(calls).hasValue(1);
    }

    @Test
    void aSlowProbeLeavesThePreviousAnswerInPlace() {
        probe.latest();
        clock.move(INTERVAL);
        gate = new CountDownLatch(1);

        Optional<DirectoryHealth.ProbeAnswer> stale = probe.latest();

        assertThat(stale).hasValueSatisfying(answer -> assertThat(answer.at()).isEqualTo(clock.instant().minus(INTERVAL)));
        assertThat(calls).hasValue(2);
    }

    @Test
    void remembersWhetherAnyProbeWasAnsweredSinceStart() {
        next = DirectoryStatus.Probe.failed(Duration.ZERO, FailureKind.UNAUTHENTICATED, "401");
        probe.latest();
        assertThat(probe.answeredSinceStart()).isFalse();

        clock.move(INTERVAL);
        next = DirectoryStatus.Probe.answered(Duration.ofMillis(5));
        probe.latest();
        clock.move(INTERVAL);
        next = DirectoryStatus.Probe.failed(Duration.ZERO, FailureKind.UNAUTHENTICATED, "401");
        probe.latest();

        assertThat(probe.answeredSinceStart()).isTrue();
    }
}
