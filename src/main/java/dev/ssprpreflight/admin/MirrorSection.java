package dev.ssprpreflight.admin;

import dev.ssprpreflight.directory.DirectoryHealth;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * The registration-report mirror's size and age, judged by the readiness check's own rule.
 *
 * @param verdict fresh, too old (reported; the instance stays ready, as every replica shares the mirror's age), or
 *        before its first refresh
 * @param users rows in the mirror
 * @param age time since its last complete refresh; null before the first
 * @param maxAge {@code sspr.health.mirror-max-age}, written out
 */
public record MirrorSection(HealthVerdict verdict, String users, String age, String maxAge) {

    static MirrorSection of(DirectoryStatus.Remote seen, DirectoryHealth health, HealthMessages msg,
            AdminMessages console, LocaleFormats formats) {
        String maxAge = ConsoleTexts.duration(health.mirrorMaxAge(), console, formats);
        String age = seen.mirrorAge().map(a -> ConsoleTexts.duration(a, console, formats)).orElse(null);
        HealthVerdict verdict;
        if (health.mirrorTooOld(seen)) {
            verdict = HealthVerdict.of(HealthStatus.PROBLEM, msg.healthMirrorStale(maxAge), msg);
        } else if (age == null) {
            verdict = HealthVerdict.of(HealthStatus.PENDING, msg.healthMirrorFirstRefresh(), msg);
        } else {
            verdict = HealthVerdict.of(HealthStatus.OK, msg.healthMirrorFresh(age, maxAge), msg);
        }
        return new MirrorSection(verdict, formats.number(seen.mirrorUsers()), age, maxAge);
    }
}
