package dev.ssprpreflight.journey;

import dev.ssprpreflight.web.Texts;
import dev.ssprpreflight.web.UiLanguage;

/** The journey's message bundle in one language, for texts composed in Java rather than in a template. */
final class JourneyTexts {

    private JourneyTexts() {
    }

    static JourneyMessages in(UiLanguage language) {
        return Texts.in(JourneyMessages.class, language);
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
