package dev.ssprpreflight.journey;

import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Verdict;

/**
 * Runs the preflight check and answers no sooner than {@code sspr.pacing.minimum-check-duration}.
 * <p>
 * An unknown user gets the same redirect as a ready one, but Graph may take a different time to say
 * "no such user" than to return a user and their methods; without a floor, the clock would tell
 * what the page does not (the Keycloak reset timing leak). The floor applies to every outcome, and
 * the verdict keeps the check's real duration for the attempt log.
 */
@ApplicationScoped
public class PacedPreflight {

    private final PreflightService preflight;
    private final PacingConfig config;

    PacedPreflight(PreflightService preflight, PacingConfig config) {
        this.preflight = preflight;
        this.config = config;
    }

    public Verdict check(String userPrincipalName) {
        long deadline = System.nanoTime() + config.minimumCheckDuration().toNanos();
        Verdict verdict = preflight.check(userPrincipalName);
        // parkNanos may wake early, so wait until the floor has really passed.
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        return verdict;
    }
}
