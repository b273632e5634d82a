package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.ssprpreflight.web.LanguageChoice;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every UI language is really served: its own texts, its Microsoft locale in Learn links and the portal's mkt. */
@QuarkusTest
class JourneyLanguagesTest {

    @ParameterizedTest
    @EnumSource(UiLanguage.class)
    void theFormIsInTheChosenLanguage(UiLanguage language) {
        Response form = given().get("/?lang=" + language.code());

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.getCookie(LanguageChoice.COOKIE)).isEqualTo(language.code());
        Document page = Jsoup.parse(form.asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language.code());
        assertThat(page.selectFirst("h1").text()).isEqualTo(text(language, "formHeading"));
        assertThat(page.select("#language-choice option[selected]").attr("value")).isEqualTo(language.code());
        assertThat(page.select("#language-choice option")).hasSize(UiLanguage.values().length);
    }

    @ParameterizedTest
    @EnumSource(UiLanguage.class)
    void blockedPagesLinkMicrosoftsDocsInTheLanguageAndReadyUsersGetItsMkt(UiLanguage language) {
        Document blocked = Jsoup.parse(JourneyClient.submit("dana.bell@woodgrove.example", language.code()).asString());
        assertThat(blocked.selectFirst("h1").text()).isEqualTo(text(language, "blockedHeading"));
        assertThat(blocked.selectFirst("[data-reason=LICENSE_MISSING] h2").text())
                .isEqualTo(JourneyBundles.text("rsn", language.code(), "title_$LICENSE_MISSING"));
        assertThat(blocked.selectFirst("[data-reason=LICENSE_MISSING] a.doc-link").attr("href"))
                .contains("/" + language.microsoftLocale() + "/");

        Response ready = JourneyClient.submit("adele.vance@contoso.example", language.code());
        assertThat(ready.statusCode()).isEqualTo(303);
        assertThat(ready.header("Location")).endsWith("&mkt=" + language.microsoftLocale());
    }

    private static String text(UiLanguage language, String key) {
        return JourneyBundles.text("msg", language.code(), key);
    }
}
