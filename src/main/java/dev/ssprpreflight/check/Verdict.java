package dev.ssprpreflight.check;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The answer of one preflight check.
 *
 * @param outcome how it ended
 * @param blocks every blocking reason, in catalogue order; empty unless {@link Outcome#BLOCKED}
 * @param findings every admin-only finding, in catalogue order; never shown to the user, never changes the
 *        outcome
 * @param user the user's facts as seen at check time; empty when the user was not found or the
 *        directory failed
 * @param tenant the organisation's facts as seen at check time, when known
 * @param unavailableCause why the checks could not run; only for {@link Outcome#CHECKS_UNAVAILABLE}
 * @param directoryRequestIds the directory's request ids, for correlation with its logs
 * @param duration how long the check took
 */
public record Verdict(
        Outcome outcome,
        List<Reason> blocks,
        List<Reason> findings,
        Optional<UserFacts> user,
        Optional<TenantFacts> tenant,
        Optional<String> unavailableCause,
        List<String> directoryRequestIds,
        Duration duration) {

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        blocks = List.copyOf(blocks);
        findings = List.copyOf(findings);
        directoryRequestIds = List.copyOf(directoryRequestIds);
        if ((outcome == Outcome.BLOCKED) == blocks.isEmpty()) {
            throw new IllegalArgumentException("A BLOCKED verdict needs blocks, and only it has them");
        }
        if (!blocks.stream().allMatch(Reason::blocks) || findings.stream().anyMatch(Reason::blocks)) {
            throw new IllegalArgumentException("Blocks and findings must be of their tier: " + blocks + findings);
        }
    }

    /** The verdict on a user whose checks raised these reasons, blocks and findings mixed. */
    static Verdict judged(UserFacts user, TenantFacts tenant, List<Reason> raised, List<String> requestIds,
            Duration duration) {
        List<Reason> blocks = raised.stream().filter(Reason::blocks).toList();
        List<Reason> findings = raised.stream().filter(reason -> !reason.blocks()).toList();
        Outcome outcome = blocks.isEmpty() ? Outcome.READY : Outcome.BLOCKED;
        return new Verdict(outcome, blocks, findings, Optional.of(user), Optional.of(tenant), Optional.empty(),
                requestIds, duration);
    }

    /** Blocks and findings together, in catalogue order: what the attempt log stores. */
    public List<Reason> reasons() {
        return Stream.concat(blocks.stream(), findings.stream()).sorted().toList();
    }

    static Verdict unknownUser(List<String> requestIds, Duration duration) {
        return new Verdict(Outcome.UNKNOWN_USER, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                requestIds, duration);
    }

    static Verdict checksUnavailable(String cause, List<String> requestIds, Duration duration) {
        return new Verdict(Outcome.CHECKS_UNAVAILABLE, List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(cause), requestIds, duration);
    }
}
