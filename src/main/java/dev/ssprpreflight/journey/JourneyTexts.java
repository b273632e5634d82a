package dev.ssprpreflight.journey;

import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The journey's message bundle in one language, for texts composed in Java rather than in a template. */
final class JourneyTexts {

    private JourneyTexts() {
    }

    static JourneyMessages in(UiLanguage language) {
        if (language == UiLanguage.DEFAULT) {
            return MessageBundles.get(JourneyMessages.class);
        }
        return MessageBundles.get(JourneyMessages.class, Localized.Literal.of(language.code()));
    }

    static String problem(UsernameInput.Problem problem, UiLanguage language) {
        JourneyMessages msg = in(language);
        return switch (problem) {
            case EMPTY -> msg.problemEmpty();
            case TOO_LONG -> msg.problemTooLong(UsernameInput.MAX_LENGTH);
            case CONTROL_CHARACTERS -> msg.problemControlCharacters();
            case NOT_A_UPN -> msg.problemNotAUpn();
        };
    }
}
