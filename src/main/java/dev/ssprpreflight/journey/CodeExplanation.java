package dev.ssprpreflight.journey;

import java.util.Optional;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.web.UiLanguage;

/**
 * What the codes page says about one of Microsoft's codes, in the reader's language.
 *
 * @param portalCode the code as the portal prints it ({@code SSPR_0014})
 * @param reasonCode the reason whose explanation this is, for {@code data-reason}; null for a code of its own
 * @param text title, meaning, action and Microsoft's link: for a reason, exactly what the explanation page shows
 * @param adminNote the neutral line about administrator accounts, or null
 * @param adminNoteLink Microsoft's page on the administrator policy, with the note
 */
public record CodeExplanation(String portalCode, String reasonCode, ReasonText text, String adminNote,
        String adminNoteLink) {

    /** Microsoft's page on how the policy for administrators differs (two methods, reset may be off for them). */
    private static final Reason ADMIN_POLICY = Reason.ADMIN_SSPR_DISABLED;

    static CodeExplanation of(PortalCode code, JourneyMessages msg, UiLanguage language) {
        CodesMessages cod = CodesTexts.in(language);
        String locale = language.microsoftLocale();
        String note = code.adminNote().map(cod::adminNote).orElse(null);
        String noteLink = note == null ? null : ADMIN_POLICY.docLink().forLocale(locale);
        if (code.reason().isPresent()) {
            Reason reason = code.reason().get();
            return new CodeExplanation(code.shown(), reason.name(), ReasonText.of(reason, msg, language), note, noteLink);
        }
        PortalCode.OwnExplanation own = code.ownExplanation().orElseThrow();
        ReasonText text = new ReasonText(code.name(), cod.title(own), cod.meaning(own), cod.action(own),
                code.ownLink().orElseThrow().forLocale(locale), msg.learnMore(), Optional.empty());
        return new CodeExplanation(code.shown(), null, text, note, noteLink);
    }
}
