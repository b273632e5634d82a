package dev.ssprpreflight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class UiLanguageTest {

    private static final List<Locale> SWEDISH_BROWSER = List.of(Locale.forLanguageTag("sv-SE"), Locale.ENGLISH);

    @Test
    void followsTheBrowsersFirstSupportedLanguage() {
        assertThat(UiLanguage.choose(null, null, List.of(Locale.ITALIAN, Locale.forLanguageTag("sv-FI"))))
                .isEqualTo(UiLanguage.SWEDISH);
    }

    @Test
    void aRememberedChoiceBeatsTheBrowser() {
        assertThat(UiLanguage.choose(null, "en", SWEDISH_BROWSER)).isEqualTo(UiLanguage.ENGLISH);
    }

    @Test
    void anExplicitChoiceBeatsTheRememberedOne() {
        assertThat(UiLanguage.choose("sv", "en", List.of())).isEqualTo(UiLanguage.SWEDISH);
    }

    @Test
    void unknownCodesFallBackToEnglish() {
        assertThat(UiLanguage.choose("xx", "<script>", List.of(Locale.CHINESE))).isEqualTo(UiLanguage.ENGLISH);
    }

    @Test
    void portugueseBrowsersGetBrazilianPortuguese() {
        assertThat(UiLanguage.choose(null, null, List.of(Locale.forLanguageTag("pt-PT"))))
                .isEqualTo(UiLanguage.PORTUGUESE_BRAZIL);
        assertThat(UiLanguage.choose("pt-br", null, List.of())).isEqualTo(UiLanguage.PORTUGUESE_BRAZIL);
    }

    @Test
    void norwegianBrowsersGetBokmal() {
        assertThat(UiLanguage.choose(null, null, List.of(Locale.forLanguageTag("no-NO"))))
                .isEqualTo(UiLanguage.NORWEGIAN_BOKMAL);
        assertThat(UiLanguage.choose(null, null, List.of(Locale.forLanguageTag("nb-NO"))))
                .isEqualTo(UiLanguage.NORWEGIAN_BOKMAL);
    }

    @Test
    void japaneseBrowsersGetJapaneseWithItsMicrosoftLocale() {
        UiLanguage language = UiLanguage.choose(null, null, List.of(Locale.JAPAN));
        assertThat(language).isEqualTo(UiLanguage.JAPANESE);
        assertThat(language.microsoftLocale()).isEqualTo("ja-jp");
    }
}
