package dev.ssprpreflight.admin;

import java.time.Duration;
import java.time.Instant;

import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/**
 * The organisation's last Entra Connect sync as the adapter last read it, judged by the same rule as
 * {@code SYNC_STALE}, and when the organisation's facts were read.
 *
 * @param verdict within the limit, stale, never synced, or not read yet
 * @param lastSync the last sync; null when none is known
 * @param staleAfter {@code sspr.tenant.sync-stale-after}, written out
 * @param factsReadAt when the organisation's facts were last read; null before the first read
 * @param link troubleshooting Entra Connect, in the reader's language
 */
public record SyncSection(HealthVerdict verdict, ShownTime lastSync, String staleAfter, ShownTime factsReadAt,
        String link) {

    static SyncSection of(DirectoryStatus.Remote seen, CheckSettings settings, Instant now, HealthMessages msg,
            AdminMessages console, LocaleFormats formats, UiLanguage language) {
        String limit = ConsoleTexts.duration(settings.syncStaleAfter(), console, formats);
        ShownTime factsReadAt = seen.lastSuccessfulRead().map(at -> ShownTime.of(at, formats)).orElse(null);
        ShownTime lastSync = seen.lastSyncAt().map(at -> ShownTime.of(at, formats)).orElse(null);
        String link = Reason.SYNC_STALE.docLink().forLocale(language.microsoftLocale());
        HealthVerdict verdict;
        if (seen.lastSuccessfulRead().isEmpty()) {
            verdict = HealthVerdict.of(HealthStatus.PENDING, msg.healthSyncUnknown(), msg);
        } else if (seen.lastSyncAt().isEmpty()) {
            verdict = HealthVerdict.of(HealthStatus.OK, msg.healthSyncNever(), msg);
        } else {
            Instant synced = seen.lastSyncAt().get();
            String age = ConsoleTexts.duration(Duration.between(synced, now), console, formats);
            verdict = settings.syncIsStale(synced, now)
                    ? HealthVerdict.of(HealthStatus.PROBLEM, msg.healthSyncStale(age, limit), msg)
                    : HealthVerdict.of(HealthStatus.OK, msg.healthSyncFresh(age, limit), msg);
        }
        return new SyncSection(verdict, lastSync, limit, factsReadAt, link);
    }
}
