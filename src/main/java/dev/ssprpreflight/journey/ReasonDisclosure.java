package dev.ssprpreflight.journey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ssprpreflight.check.DocLink;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.SsprLockout;
import dev.ssprpreflight.web.UiLanguage;

/** Turns a verdict's reasons into what the explanation page shows, as {@code sspr.disclosure} allows. */
@ApplicationScoped
public class ReasonDisclosure {

    /** The {@code data-reason} code of the neutral reason that stands in for those that reveal a sensitive state. */
    public static final String SUPPORT_REQUIRED = "SUPPORT_REQUIRED";

    /** Microsoft's general SSPR troubleshooting page: for any user, silent about what kind of account it is. */
    static final DocLink GENERAL_TROUBLESHOOTING = DocLink.learn("entra/identity/authentication/troubleshoot-sspr");

    private final Disclosure disclosure;

    ReasonDisclosure(@ConfigProperty(name = "sspr.disclosure", defaultValue = "discreet") Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    /** How much the explanation page may say, as configured. */
    Disclosure mode() {
        return disclosure;
    }

    /**
     * @param lockout Microsoft's 24-hour block of the user, when the facts hold one: {@link Reason#RESET_LOCKED_OUT}
     *        then says when to try again
     * @param now the time of the page, for "in about N hours"
     */
    List<ReasonText> shown(List<Reason> reasons, Optional<SsprLockout> lockout, Instant now, JourneyMessages msg,
            UiLanguage language) {
        // The neutral reason alone, not beside the others: "support required + no methods" would tell an
        // administrator with no methods apart from a disabled account, and so mark the account again.
        if (disclosure == Disclosure.DISCREET && reasons.stream().anyMatch(Reason::revealsSensitiveState)) {
            return List.of(neutral(msg, language));
        }
        return reasons.stream().map(reason -> ReasonText.of(reason, msg, language, reason == Reason.RESET_LOCKED_OUT
                ? lockout.map(block -> RetryTime.of(block, now, language))
                : Optional.empty())).toList();
    }

    private static ReasonText neutral(JourneyMessages msg, UiLanguage language) {
        String link = GENERAL_TROUBLESHOOTING.forLocale(language.microsoftLocale());
        return new ReasonText(SUPPORT_REQUIRED, msg.supportRequiredTitle(), msg.supportRequiredMeaning(),
                msg.supportRequiredAction(), link, msg.learnMore(), Optional.empty());
    }
}
