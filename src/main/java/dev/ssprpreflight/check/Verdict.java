package dev.ssprpreflight.check;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of one preflight check.
 *
 * @param outcome how it ended
 * @param reasons every blocking reason, in catalogue order; empty unless {@link Outcome#BLOCKED}
 * @param user the user's facts as seen at check time; empty when the user was not found or the
 *        directory failed
 * @param tenant the organisation's facts as seen at check time, when known
 * @param unavailableCause why the checks could not run; only for {@link Outcome#CHECKS_UNAVAILABLE}
 * @param directoryRequestIds the directory's request ids, for correlation with its logs
 * @param duration how long the check took
 */
public record Verdict(
        Outcome outcome,
        List<Reason> reasons,
        Optional<UserFacts> user,
        Optional<TenantFacts> tenant,
        Optional<String> unavailableCause,
        List<String> directoryRequestIds,
        Duration duration) {

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        directoryRequestIds = List.copyOf(directoryRequestIds);
        if ((outcome == Outcome.BLOCKED) == reasons.isEmpty()) {
            throw new IllegalArgumentException("A BLOCKED verdict needs reasons, and only it has them");
        }
    }

    static Verdict judged(UserFacts user, TenantFacts tenant, List<Reason> reasons, List<String> requestIds,
            Duration duration) {
        Outcome outcome = reasons.isEmpty() ? Outcome.READY : Outcome.BLOCKED;
        return new Verdict(outcome, reasons, Optional.of(user), Optional.of(tenant), Optional.empty(), requestIds,
                duration);
    }

    static Verdict unknownUser(List<String> requestIds, Duration duration) {
        return new Verdict(Outcome.UNKNOWN_USER, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                requestIds, duration);
    }

    static Verdict checksUnavailable(String cause, List<String> requestIds, Duration duration) {
        return new Verdict(Outcome.CHECKS_UNAVAILABLE, List.of(), Optional.empty(), Optional.empty(),
                Optional.of(cause), requestIds, duration);
    }
}
