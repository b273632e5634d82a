package dev.ssprpreflight.admin;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.web.UiLanguage;

/**
 * {@code sspr.tenant.password-writeback-enabled}, which Graph cannot tell, against whether the organisation
 * syncs from on-premises, which Graph does.
 *
 * @param verdict declared; missing while the organisation syncs; not needed; or not known before the facts are read
 * @param setting the setting as configured
 * @param fix what to do; null unless the setting is missing
 * @param link how to enable writeback, in the reader's language
 */
public record WritebackSection(HealthVerdict verdict, String setting, String fix, String link) {

    static WritebackSection of(DirectoryStatus.Remote seen, HealthMessages msg, UiLanguage language) {
        String setting = seen.passwordWritebackEnabled()
                .map(on -> on ? msg.healthWritebackTrue() : msg.healthWritebackFalse()).orElse(msg.healthWritebackUnset());
        String link = Reason.WRITEBACK_NOT_ENABLED.docLink().forLocale(language.microsoftLocale());
        if (seen.passwordWritebackEnabled().isPresent()) {
            return new WritebackSection(HealthVerdict.of(HealthStatus.OK, msg.healthWritebackSet(), msg), setting, null,
                    link);
        }
        if (seen.writebackSettingMissing()) {
            return new WritebackSection(HealthVerdict.of(HealthStatus.PROBLEM, msg.healthWritebackMissing(), msg),
                    setting, msg.healthWritebackFix(), link);
        }
        HealthVerdict verdict = seen.lastSuccessfulRead().isPresent()
                ? HealthVerdict.of(HealthStatus.OK, msg.healthWritebackNotNeeded(), msg)
                : HealthVerdict.of(HealthStatus.PENDING, msg.healthWritebackUnknown(), msg);
        return new WritebackSection(verdict, setting, null, link);
    }
}
