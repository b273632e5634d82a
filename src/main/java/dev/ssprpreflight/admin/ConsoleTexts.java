package dev.ssprpreflight.admin;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
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
