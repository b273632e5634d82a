package dev.ssprpreflight.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * Graph's failed calls since start, by kind.
 *
 * @param verdict none; some (an outage: users went to the portal unchecked); or refused (credential or
 *        permission: configuration to fix)
 * @param counts every kind with its count, zeros included, so that a reader sees what was looked at
 * @param reportsThrottled 429 answers of the reports APIs
 * @param lastFailure the latest failure described, or null
 */
public record FailuresSection(HealthVerdict verdict, List<KindCount> counts, String reportsThrottled,
        String lastFailure) {

    /**
     * @param kind a {@link FailureKind}'s name: NETWORK, TIMEOUT, ...
     * @param count failures of that kind, written in the page's language
     */
    public record KindCount(String kind, String count) {
    }

    static FailuresSection of(DirectoryStatus.Remote seen, HealthMessages msg, LocaleFormats formats) {
        List<KindCount> counts = Arrays.stream(FailureKind.values())
                .map(kind -> new KindCount(kind.name(), formats.number(seen.failures(kind)))).toList();
        return new FailuresSection(verdict(seen.failures(), msg), counts, formats.number(seen.throttled()),
                seen.lastFailure().orElse(null));
    }

    private static HealthVerdict verdict(Map<FailureKind, Long> failures, HealthMessages msg) {
        boolean refused = failures.getOrDefault(FailureKind.UNAUTHENTICATED, 0L) > 0
                || failures.getOrDefault(FailureKind.FORBIDDEN, 0L) > 0;
        if (refused) {
            return HealthVerdict.of(HealthStatus.PROBLEM, msg.healthFailuresRefused(), msg);
        }
        // NOT_FOUND is not a fault of ours or Graph's: people type names that do not exist.
        boolean failed = failures.entrySet().stream()
                .anyMatch(e -> e.getKey() != FailureKind.NOT_FOUND && e.getValue() > 0);
        return failed ? HealthVerdict.of(HealthStatus.WARNING, msg.healthFailuresSome(), msg)
                : HealthVerdict.of(HealthStatus.OK, msg.healthFailuresNone(), msg);
    }
}
