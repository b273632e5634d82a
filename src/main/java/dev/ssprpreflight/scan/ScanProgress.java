package dev.ssprpreflight.scan;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How far a scan has got, for the progress bar.
 *
 * @param listed users read so far
 * @param total users in the scope, when the directory could say (it counts with a lag, so {@code listed}
 *        may pass it)
 * @param elapsed time since the start, or the scan's whole duration once finished
 * @param remaining estimated time left at the pace so far; empty before the first page, without a total,
 *        and once finished
 * @param finished whether the scan completed or failed
 */
public record ScanProgress(long listed, Optional<Long> total, Duration elapsed, Optional<Duration> remaining,
        boolean finished) {

    public static ScanProgress of(ScanRecord scan, Instant now) {
        boolean finished = scan.status() != ScanStatus.RUNNING;
        Instant end = scan.finishedAt().orElse(now);
        Duration elapsed = end.isBefore(scan.startedAt()) ? Duration.ZERO : Duration.between(scan.startedAt(), end);
        Optional<Long> total = scan.usersTotal().isPresent() ? Optional.of(scan.usersTotal().getAsLong())
                : Optional.empty();
        Optional<Duration> remaining = Optional.empty();
        if (!finished && total.isPresent() && scan.usersListed() > 0) {
            long left = Math.max(0, total.get() - scan.usersListed());
            remaining = Optional.of(Duration.ofMillis(elapsed.toMillis() * left / scan.usersListed()));
        }
        return new ScanProgress(scan.usersListed(), total, elapsed, remaining, finished);
    }

    /**
     * Percent done, 0–100: 100 once finished; empty while running without a total; at most 99 while
     * running, because the directory's count lags and the last page may still be on its way.
     */
    public OptionalInt percent() {
        if (finished) {
            return OptionalInt.of(100);
        }
        if (total.isEmpty()) {
            return OptionalInt.empty();
        }
        if (total.get() <= 0) {
            return OptionalInt.of(0);
        }
        return OptionalInt.of((int) Math.min(99, listed * 100 / total.get()));
    }
}
