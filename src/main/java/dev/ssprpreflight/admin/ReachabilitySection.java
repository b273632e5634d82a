package dev.ssprpreflight.admin;

import java.util.Optional;

import dev.ssprpreflight.directory.DirectoryHealth;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * Whether Graph answers, from the probe the readiness check caches (never a call of the page's own).
 *
 * @param verdict answered, failed, or pending before the first answer
 * @param latency how long the probe took; null while pending
 * @param answeredAt when the answer came; null while pending
 * @param detail the failure described; null unless it failed
 */
public record ReachabilitySection(HealthVerdict verdict, String latency, ShownTime answeredAt, String detail) {

    static ReachabilitySection of(Optional<DirectoryHealth.ProbeAnswer> answer, HealthMessages msg,
            LocaleFormats formats) {
        if (answer.isEmpty()) {
            return new ReachabilitySection(HealthVerdict.of(HealthStatus.PENDING, msg.healthProbePending(), msg), null,
                    null, null);
        }
        DirectoryStatus.Probe probe = answer.get().probe();
        HealthVerdict verdict = probe.reachable() ? HealthVerdict.of(HealthStatus.OK, msg.healthProbeAnswered(), msg)
                : HealthVerdict.of(HealthStatus.PROBLEM, msg.healthProbeFailed(probe.failureKind().map(Enum::name).orElse("?")),
                        msg);
        return new ReachabilitySection(verdict, msg.healthMilliseconds(formats.number(probe.latency().toMillis())),
                ShownTime.of(answer.get().at(), formats), probe.failure().orElse(null));
    }
}
