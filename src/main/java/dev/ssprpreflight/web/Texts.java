package dev.ssprpreflight.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A message bundle in one UI language, for texts composed in Java rather than in a template. */
public final class Texts {

    private Texts() {
    }

    /** The bundle in the language; the default language is the bundle's own, not a localized variant. */
    public static <T> T in(Class<T> bundle, UiLanguage language) {
        if (language == UiLanguage.DEFAULT) {
            return MessageBundles.get(bundle);
        }
        return MessageBundles.get(bundle, Localized.Literal.of(language.code()));
    }
}
