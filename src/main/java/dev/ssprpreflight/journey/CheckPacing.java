package dev.ssprpreflight.journey;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.check.PreflightService;
import io.quarkus.logging.Log;

/**
 * Makes every check answer no sooner than a floor: by default the check's budget, which no outcome can
 * exceed.
 * <p>
 * An unknown user gets the same redirect as a ready one, but Graph takes a different time to say "no such
 * user" than to return a user, their methods and sometimes a live look; without a floor, the clock would
 * tell what the page does not (the Keycloak reset timing leak). The floor covers the check <em>and</em> the
 * attempt-log write, which writes more for known users: both run inside it, so neither shows. The verdict
 * keeps the check's real duration for the attempt log.
 */
@ApplicationScoped
public class CheckPacing {

    private final Duration floor;

    CheckPacing(PacingConfig config, PreflightService preflight) {
        this.floor = config.minimumCheckDuration().orElse(preflight.budget());
        Log.infof("Every check answers after at least %s (%s)", floor,
                config.minimumCheckDuration().isPresent() ? "sspr.pacing.minimum-check-duration" : "the check budget");
    }

    /** Runs {@code work} and returns its result no sooner than the floor after it began. */
    public <T> T atLeastFloor(Supplier<T> work) {
        long deadline = System.nanoTime() + floor.toNanos();
        T result = work.get();
        // parkNanos may wake early, so wait until the floor has really passed.
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        return result;
    }

    /** How long every check takes at least. */
    public Duration floor() {
        return floor;
    }
}
