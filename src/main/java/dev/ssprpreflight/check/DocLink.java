package dev.ssprpreflight.check;

import java.util.Locale;

/**
 * A documentation link that follows the reader's language where the target site supports it.
 * <p>
 * Learn pages take a locale segment right after the host ({@code /sv-se/entra/...}); anchors stay
 * English in every translation, so the same fragment works everywhere. Other sites (the security-info
 * page) pick the language themselves and are linked as they are.
 */
public record DocLink(String target, boolean onLearn) {

    private static final String LEARN = "https://learn.microsoft.com/";

    /** A page on Microsoft Learn, by its path after the locale segment. */
    public static DocLink learn(String path) {
        return new DocLink(path, true);
    }

    static DocLink absolute(String url) {
        return new DocLink(url, false);
    }

    /**
     * The link for a reader of the given language.
     *
     * @param learnLocale a Learn locale segment such as {@code sv-se}; {@code en-us} is the fallback
     */
    public String forLocale(String learnLocale) {
        if (!onLearn) {
            return target;
        }
        return LEARN + learnLocale.toLowerCase(Locale.ROOT) + "/" + target;
    }
}
