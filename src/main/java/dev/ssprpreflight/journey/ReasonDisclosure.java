package dev.ssprpreflight.journey;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.web.UiLanguage;

/** Turns a verdict's reasons into what the explanation page shows, as {@code sspr.disclosure} allows. */
@ApplicationScoped
public class ReasonDisclosure {

    /** The {@code data-reason} code of the neutral reason that stands in for those that reveal a privileged account. */
    public static final String SUPPORT_REQUIRED = "SUPPORT_REQUIRED";

    private final Disclosure disclosure;

    ReasonDisclosure(@ConfigProperty(name = "sspr.disclosure", defaultValue = "discreet") Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    List<ReasonText> shown(List<Reason> reasons, JourneyMessages msg, UiLanguage language) {
        List<ReasonText> shown = new ArrayList<>();
        boolean neutralShown = false;
        for (Reason reason : reasons) {
            if (disclosure == Disclosure.DISCREET && reason.revealsPrivilegedAccount()) {
                if (!neutralShown) {
                    shown.add(neutral(msg, language));
                    neutralShown = true;
                }
                continue;
            }
            shown.add(ReasonText.of(reason, msg, language));
        }
        return shown;
    }

    private static ReasonText neutral(JourneyMessages msg, UiLanguage language) {
        // Microsoft's general SSPR troubleshooting page: for any user, silent about administrators.
        String link = Reason.ACCOUNT_DISABLED.docLink().forLocale(language.microsoftLocale());
        return new ReasonText(SUPPORT_REQUIRED, msg.supportRequiredTitle(), msg.supportRequiredMeaning(),
                msg.supportRequiredAction(), link, msg.learnMore());
    }
}
