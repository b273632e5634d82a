package dev.ssprpreflight.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.ssprpreflight.check.SsprPolicy;

/**
 * What health checks, metrics and the console's health page may watch of the chosen directory, as plain
 * values. {@link #remote()}
 * reads what the adapter has already seen; {@link #probe(Duration)} is the one call of its own, cheap,
 * for the readiness check, which caches it.
 */
public interface DirectoryStatus {

    /** The adapter named by {@code sspr.directory}. */
    String adapter();

    /** What the adapter has seen of its remote service; empty for adapters without one (demo). */
    Optional<Remote> remote();

    /**
     * Asks the remote service one cheap question now and waits for the answer at most {@code timeout}.
     * Blocks the caller; empty for adapters without a remote service (demo), which have nothing to probe.
     */
    default Optional<Probe> probe(Duration timeout) {
        return Optional.empty();
    }

    /**
     * How the adapter confirms registration verdicts within Graph's reports throttle; empty for adapters without one.
     */
    default Optional<Confirmation> confirmation() {
        return Optional.empty();
    }

    /**
     * The reports budget and the registration feed, as one replica sees them.
     *
     * @param granted slots of the reports budget taken since start, by consumer ({@code mirror},
     *        {@code registration-feed}, {@code report-row}, {@code live-look})
     * @param refused slots refused since start, by consumer: a check that did without, a background wait given up
     * @param capacity slots per window ({@code sspr.graph.reports-throttle.requests})
     * @param reservedForChecks slots of each window a refresh of the mirror leaves to the checks
     * @param mirrorFirstOver whether the mirror's first copy is complete, so that it no longer goes before everyone
     * @param shared whether the replicas share the budget through the database
     * @param ledgerFailures statements against the shared budget that failed since start (slots refused meanwhile)
     * @param feed the registration feed
     */
    record Confirmation(Map<String, Long> granted, Map<String, Long> refused, int capacity, int reservedForChecks,
            boolean mirrorFirstOver, boolean shared, long ledgerFailures, Feed feed) {

        public Confirmation {
            granted = Map.copyOf(granted);
            refused = Map.copyOf(refused);
        }
    }

    /**
     * The feed of security-info registrations from Entra's audit log.
     *
     * @param enabled whether it runs ({@code sspr.graph.registration-feed.enabled})
     * @param fresh whether it decides now: its last complete read is recent enough
     * @param coveredFrom the oldest time its events reach back to
     * @param lastCompleteReadAt when it last read the audit log up to then
     * @param events registration events it holds
     * @param lastFailure why its last read failed, if it did
     */
    record Feed(boolean enabled, boolean fresh, Optional<Instant> coveredFrom, Optional<Instant> lastCompleteReadAt,
            long events, Optional<String> lastFailure) {

        /** The feed when it is switched off. */
        public static Feed off() {
            return new Feed(false, false, Optional.empty(), Optional.empty(), 0, Optional.empty());
        }
    }

    /**
     * One probe's answer.
     *
     * @param reachable whether the service answered successfully
     * @param latency how long the call took
     * @param failureKind how it failed; empty when reachable
     * @param failure the failure described for operators, without secrets
     */
    record Probe(boolean reachable, Duration latency, Optional<FailureKind> failureKind, Optional<String> failure) {

        /** A successful probe. */
        public static Probe answered(Duration latency) {
            return new Probe(true, latency, Optional.empty(), Optional.empty());
        }

        /** A failed probe. */
        public static Probe failed(Duration latency, FailureKind kind, String description) {
            return new Probe(false, latency, Optional.of(kind), Optional.of(description));
        }
    }

    /**
     * @param failures failed calls since start by kind; a kind not yet seen may be missing
     * @param throttled 429 answers of the reports APIs since start
     * @param lastFailure the latest failure, described without secrets or user names
     * @param lastSuccessfulRead when the organisation's facts were last read successfully
     * @param mirrorUsers rows in the registration-report mirror
     * @param mirrorAge time since the mirror's last complete refresh; empty before the first
     * @param missingPermissions application permissions that the service's refusals (403) pointed to, by name
     *        (e.g. {@code AuditLog.Read.All})
     * @param passwordWritebackEnabled {@code sspr.tenant.password-writeback-enabled} as the adapter runs with it
     * @param writebackSettingMissing the organisation syncs from on-premises (or has federated domains) while
     *        that setting is unset
     * @param lastSyncAt the organisation's last on-premises sync as last read; empty when never synced or
     *        never read (see {@code lastSuccessfulRead})
     * @param unreadableRoles directory roles that Graph returned without template id or name since start ("limited
     *        information": the app may not read role objects), so that their holders could not be recognised as
     *        administrators; each one also names RoleManagement.Read.Directory in {@code missingPermissions}
     * @param adminSignalDisagreements users since start whose registration report's {@code isAdmin} disagreed with
     *        the roles read for them (report says admin, no role read; or a two-gate role read, report says not)
     * @param declaredPolicy the SSPR policy as configured ({@code sspr.policy.*},
     *        {@code sspr.tenant.protected-account-groups}), which the checks rely on
     */
    record Remote(Map<FailureKind, Long> failures, long throttled, Optional<String> lastFailure,
            Optional<Instant> lastSuccessfulRead, int mirrorUsers, Optional<Duration> mirrorAge,
            Set<String> missingPermissions, Optional<Boolean> passwordWritebackEnabled,
            boolean writebackSettingMissing, Optional<Instant> lastSyncAt, long unreadableRoles,
            long adminSignalDisagreements, SsprPolicy declaredPolicy) {

        public Remote {
            failures = Map.copyOf(failures);
            missingPermissions = Set.copyOf(missingPermissions);
        }

        /** Failures of one kind since start. */
        public long failures(FailureKind kind) {
            return failures.getOrDefault(kind, 0L);
        }
    }
}
