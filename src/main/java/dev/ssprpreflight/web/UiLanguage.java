package dev.ssprpreflight.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the pages are written in, with the locale forms the Microsoft sites expect.
 *
 * @param code the short code used in our URLs, cookie and message bundle files
 * @param microsoftLocale the form of Learn's locale path segment and the portal's {@code mkt}
 * @param nativeName the language's name for itself, for the language switch
 */
public enum UiLanguage {

    ENGLISH("en", "en-us", "English"),
    SWEDISH("sv", "sv-se", "Svenska"),
    GERMAN("de", "de-de", "Deutsch"),
    FRENCH("fr", "fr-fr", "Français"),
    SPANISH("es", "es-es", "Español"),
    DUTCH("nl", "nl-nl", "Nederlands"),
    FINNISH("fi", "fi-fi", "Suomi"),
    DANISH("da", "da-dk", "Dansk"),
    /** Norwegian Bokmål; browsers also send the macro-language "no" and Nynorsk "nn", which read it well. */
    NORWEGIAN_BOKMAL("nb", "nb-no", "Norsk bokmål", "no", "nn"),
    POLISH("pl", "pl-pl", "Polski"),
    /** Brazilian Portuguese; offered to every Portuguese browser, as Microsoft's pt-br pages are. */
    PORTUGUESE_BRAZIL("pt-BR", "pt-br", "Português (Brasil)", "pt"),
    JAPANESE("ja", "ja-jp", "日本語");

    public static final UiLanguage DEFAULT = ENGLISH;

    private final String code;
    private final String microsoftLocale;
    private final String nativeName;
    private final List<String> alsoFor;

    UiLanguage(String code, String microsoftLocale, String nativeName, String... alsoFor) {
        this.code = code;
        this.microsoftLocale = microsoftLocale;
        this.nativeName = nativeName;
        this.alsoFor = List.of(alsoFor);
    }

    public String nativeName() {
        return nativeName;
    }

    public String code() {
        return code;
    }

    public String microsoftLocale() {
        return microsoftLocale;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<UiLanguage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (UiLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language that serves a browser's locale: same language, or one it reads (pt-PT gets pt-BR). */
    static Optional<UiLanguage> forBrowserLocale(Locale locale) {
        String language = locale.getLanguage();
        for (UiLanguage candidate : values()) {
            if (candidate.locale().getLanguage().equals(language) || candidate.alsoFor.contains(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The language for a request: an explicit choice (the switch, then its cookie) wins over the
     * browser's {@code Accept-Language} preferences, which are tried in order.
     */
    public static UiLanguage choose(String explicitChoice, String remembered, List<Locale> browserPreferences) {
        return fromCode(explicitChoice)
                .or(() -> fromCode(remembered))
                .or(() -> browserPreferences.stream()
                        .map(UiLanguage::forBrowserLocale)
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElse(DEFAULT);
    }
}
