package dev.ssprpreflight.journey;

import dev.ssprpreflight.web.Texts;
import dev.ssprpreflight.web.UiLanguage;

/** The codes page's bundle in one language, for texts composed in Java rather than in the template. */
final class CodesTexts {

    private CodesTexts() {
    }

    static CodesMessages in(UiLanguage language) {
        return Texts.in(CodesMessages.class, language);
    }
}
