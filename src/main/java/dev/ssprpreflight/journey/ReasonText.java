package dev.ssprpreflight.journey;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.web.UiLanguage;

/**
 * What the explanation page says about one reason, in the reader's language.
 *
 * @param code the stable reason code, for {@code data-reason}
 * @param title what is wrong, in a few words
 * @param meaning what it means for the reader
 * @param action what the reader can do
 * @param link the Microsoft page that explains or fixes it
 * @param linkLabel what the link says
 */
public record ReasonText(String code, String title, String meaning, String action, String link, String linkLabel) {

    /** Picks the texts of a reason from the bundle; the switch fails to compile when a reason lacks texts. */
    static ReasonText of(Reason reason, JourneyMessages msg, UiLanguage language) {
        String link = reason.docLink().forLocale(language.microsoftLocale());
        String label = reason == Reason.METHODS_NOT_REGISTERED ? msg.openSecurityInfo() : msg.learnMore();
        String code = reason.name();
        return switch (reason) {
            case WRITEBACK_NOT_ENABLED -> new ReasonText(code, msg.writebackNotEnabledTitle(),
                    msg.writebackNotEnabledMeaning(), msg.writebackNotEnabledAction(), link, label);
            case LICENSE_MISSING -> new ReasonText(code, msg.licenseMissingTitle(), msg.licenseMissingMeaning(),
                    msg.licenseMissingAction(), link, label);
            case SYNC_ERRORS -> new ReasonText(code, msg.syncErrorsTitle(), msg.syncErrorsMeaning(),
                    msg.syncErrorsAction(), link, label);
            case SYNC_STALE -> new ReasonText(code, msg.syncStaleTitle(), msg.syncStaleMeaning(),
                    msg.syncStaleAction(), link, label);
            case METHODS_NOT_REGISTERED -> new ReasonText(code, msg.methodsNotRegisteredTitle(),
                    msg.methodsNotRegisteredMeaning(), msg.methodsNotRegisteredAction(), link, label);
            case ADMIN_WRITEBACK_UNSUPPORTED -> new ReasonText(code, msg.adminWritebackUnsupportedTitle(),
                    msg.adminWritebackUnsupportedMeaning(), msg.adminWritebackUnsupportedAction(), link, label);
            case ADMIN_NEEDS_TWO_METHODS -> new ReasonText(code, msg.adminNeedsTwoMethodsTitle(),
                    msg.adminNeedsTwoMethodsMeaning(), msg.adminNeedsTwoMethodsAction(), link, label);
            case ADMIN_SSPR_DISABLED -> new ReasonText(code, msg.adminSsprDisabledTitle(),
                    msg.adminSsprDisabledMeaning(), msg.adminSsprDisabledAction(), link, label);
            case ACCOUNT_DISABLED -> new ReasonText(code, msg.accountDisabledTitle(), msg.accountDisabledMeaning(),
                    msg.accountDisabledAction(), link, label);
            case SSPR_NOT_ENABLED -> new ReasonText(code, msg.ssprNotEnabledTitle(), msg.ssprNotEnabledMeaning(),
                    msg.ssprNotEnabledAction(), link, label);
            case GUEST_ACCOUNT -> new ReasonText(code, msg.guestAccountTitle(), msg.guestAccountMeaning(),
                    msg.guestAccountAction(), link, label);
        };
    }
}
