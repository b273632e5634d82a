package dev.ssprpreflight.operations;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.ssprpreflight.directory.DirectoryHealth.ProbeAnswer;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;

/**
 * The directory's probe as the readiness check asks for it: at most one call per {@code interval}, one
 * call shared by every health request that arrives while it runs, and never a wait longer than
 * {@code wait}. A probe that takes longer goes on in the background (bounded by {@code timeout}); the
 * health request meanwhile gets the previous answer, or none before the first. One instance serves the
 * readiness check and the console's health page ({@link SharedDirectoryHealth}).
 */
final class CachedProbe {

    private final DirectoryStatus status;
    private final Clock clock;
    private final Duration interval;
    private final Duration timeout;
    private final Duration wait;
    private final Executor executor;
    private ProbeAnswer latest;
    private boolean answeredSinceStart;
    private CompletableFuture<Optional<ProbeAnswer>> running;

    /**
     * @param interval how long an answer is reused
     * @param timeout how long the probe itself may take
     * @param wait how long a caller waits for a probe that is running
     * @param executor where probes run, off the callers' threads
     */
    CachedProbe(DirectoryStatus status, Clock clock, Duration interval, Duration timeout, Duration wait,
            Executor executor) {
        this.status = status;
        this.clock = clock;
        this.interval = interval;
        this.timeout = timeout;
        this.wait = wait;
        this.executor = executor;
    }

    /** The latest answer: a fresh one if it comes within the wait, else the previous one; empty before the first. */
    Optional<ProbeAnswer> latest() {
        CompletableFuture<Optional<ProbeAnswer>> call;
        synchronized (this) {
            if (latest != null && clock.instant().isBefore(latest.at().plus(interval))) {
                return Optional.of(latest);
            }
            if (running == null || running.isDone()) {
                running = CompletableFuture.supplyAsync(this::probe, executor);
            }
            call = running;
        }
        try {
            return call.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return previous();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return previous();
        } catch (ExecutionException e) {
            return previous();
        }
    }

    /** Whether any probe since start was answered successfully. */
    synchronized boolean answeredSinceStart() {
        return answeredSinceStart;
    }

    private synchronized Optional<ProbeAnswer> previous() {
        return Optional.ofNullable(latest);
    }

    private Optional<ProbeAnswer> probe() {
        DirectoryStatus.Probe probe;
        try {
            Optional<DirectoryStatus.Probe> answered = status.probe(timeout);
            if (answered.isEmpty()) {
                return Optional.empty();
            }
            probe = answered.get();
        } catch (RuntimeException e) {
            // The adapter translates its failures; anything past that is still an unreachable directory.
            probe = DirectoryStatus.Probe.failed(Duration.ZERO, FailureKind.NETWORK,
                    "probe failed: " + e.getClass().getSimpleName());
        }
        ProbeAnswer answer = new ProbeAnswer(probe, clock.instant());
        synchronized (this) {
            latest = answer;
            answeredSinceStart |= probe.reachable();
        }
        return Optional.of(answer);
    }
}
