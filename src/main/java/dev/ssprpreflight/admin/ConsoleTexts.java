package dev.ssprpreflight.admin;

import java.time.Duration;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/** Texts for values of the core, composed in Java; the switches fail to compile when a value lacks one. */
final class ConsoleTexts {

    private ConsoleTexts() {
    }

    static String outcome(Outcome outcome, AdminMessages msg) {
        return switch (outcome) {
            case READY -> msg.outcomeReady();
            case BLOCKED -> msg.outcomeBlocked();
            case UNKNOWN_USER -> msg.outcomeUnknownUser();
            case CHECKS_UNAVAILABLE -> msg.outcomeChecksUnavailable();
        };
    }

    static String scanStatus(ScanStatus status, AdminMessages msg) {
        return switch (status) {
            case RUNNING -> msg.scanStatusRunning();
            case COMPLETE -> msg.scanStatusComplete();
            case FAILED -> msg.scanStatusFailed();
        };
    }

    static String scanScope(ScanScope scope, AdminMessages msg) {
        return scope.groupName().map(msg::scanScopeGroupNamed).orElseGet(msg::scanScopeWholeTenant);
    }

    /** A duration in whole seconds, minutes or hours, as "42 s", "3 min 05 s" or "2 h 10 min" in the language. */
    static String duration(Duration duration, AdminMessages msg, LocaleFormats formats) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return msg.durationSeconds(formats.number(seconds));
        }
        if (seconds < 3600) {
            return msg.durationMinutes(formats.number(seconds / 60), formats.number(seconds % 60));
        }
        return msg.durationHours(formats.number(seconds / 3600), formats.number(seconds / 60 % 60));
    }

    static String reasonTitle(Reason reason, AdminMessages msg) {
        return advice(reason, msg, UiLanguage.DEFAULT).title();
    }

    static ReasonAdvice advice(Reason reason, AdminMessages msg, UiLanguage language) {
        String link = reason.docLink().forLocale(language.microsoftLocale());
        String code = reason.name();
        return switch (reason) {
            case WRITEBACK_NOT_ENABLED -> new ReasonAdvice(code, msg.writebackNotEnabledTitle(),
                    msg.writebackNotEnabledCause(), msg.writebackNotEnabledFix(), link);
            case LICENSE_MISSING -> new ReasonAdvice(code, msg.licenseMissingTitle(), msg.licenseMissingCause(),
                    msg.licenseMissingFix(), link);
            case SYNC_ERRORS -> new ReasonAdvice(code, msg.syncErrorsTitle(), msg.syncErrorsCause(),
                    msg.syncErrorsFix(), link);
            case SYNC_STALE -> new ReasonAdvice(code, msg.syncStaleTitle(), msg.syncStaleCause(), msg.syncStaleFix(),
                    link);
            case METHODS_NOT_REGISTERED -> new ReasonAdvice(code, msg.methodsNotRegisteredTitle(),
                    msg.methodsNotRegisteredCause(), msg.methodsNotRegisteredFix(), link);
            case ADMIN_WRITEBACK_UNSUPPORTED -> new ReasonAdvice(code, msg.adminWritebackUnsupportedTitle(),
                    msg.adminWritebackUnsupportedCause(), msg.adminWritebackUnsupportedFix(), link);
            case ADMIN_NEEDS_TWO_METHODS -> new ReasonAdvice(code, msg.adminNeedsTwoMethodsTitle(),
                    msg.adminNeedsTwoMethodsCause(), msg.adminNeedsTwoMethodsFix(), link);
            case ADMIN_SSPR_DISABLED -> new ReasonAdvice(code, msg.adminSsprDisabledTitle(),
                    msg.adminSsprDisabledCause(), msg.adminSsprDisabledFix(), link);
            case ACCOUNT_DISABLED -> new ReasonAdvice(code, msg.accountDisabledTitle(), msg.accountDisabledCause(),
                    msg.accountDisabledFix(), link);
            case SSPR_NOT_ENABLED -> new ReasonAdvice(code, msg.ssprNotEnabledTitle(), msg.ssprNotEnabledCause(),
                    msg.ssprNotEnabledFix(), link);
            case GUEST_ACCOUNT -> new ReasonAdvice(code, msg.guestAccountTitle(), msg.guestAccountCause(),
                    msg.guestAccountFix(), link);
        };
    }
}
