package dev.ssprpreflight.journey;

import java.util.Optional;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.web.Texts;
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
 * @param retry when the reader may try Microsoft's reset again; only for a reason that passes with time
 *        ({@link Reason#RESET_LOCKED_OUT})
 */
public record ReasonText(String code, String title, String meaning, String action, String link, String linkLabel,
        Optional<RetryTime> retry) {

    /** The texts of a reason in the language, without a retry time. */
    static ReasonText of(Reason reason, JourneyMessages msg, UiLanguage language) {
        return of(reason, msg, language, Optional.empty());
    }

    /** The texts of a reason in the language; a page off Learn (the security-info page) is one to act on. */
    static ReasonText of(Reason reason, JourneyMessages msg, UiLanguage language, Optional<RetryTime> retry) {
        ReasonMessages texts = Texts.in(ReasonMessages.class, language);
        String label = reason.docLink().onLearn() ? msg.learnMore() : msg.openSecurityInfo();
        return new ReasonText(reason.name(), texts.title(reason), texts.meaning(reason), texts.action(reason),
                reason.docLink().forLocale(language.microsoftLocale()), label, retry);
    }
}
