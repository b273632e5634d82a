package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.testsupport.DirectoryRequests;
import dev.ssprpreflight.web.LanguageChoice;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The codes page over HTTP: every code of Microsoft's table explained in every language, with the very texts and
 * link the journey's explanation page gives its reason; unknown codes answered plainly; input that cannot be a code
 * refused with 400; and never a look at the directory.
 */
@QuarkusTest
class CodesPageTest {

    @Inject
    DirectoryRequests directory;

    @BeforeEach
    void forgetEarlierLookups() {
        directory.clear();
    }

    static Stream<Arguments> codesInEveryLanguage() {
        List<Arguments> all = new ArrayList<>();
        for (PortalCode code : PortalCode.values()) {
            for (UiLanguage language : UiLanguage.values()) {
                all.add(Arguments.of(code, language));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("codesInEveryLanguage")
    void everyCodeIsExplainedInTheLanguageWithMicrosoftsLink(PortalCode code, UiLanguage language) {
        Response response = codes(code.shown(), language);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language.code());
        Element explanation = page.selectFirst("[data-portal-code]");
        assertThat(explanation).isNotNull();
        assertThat(explanation.attr("data-portal-code")).isEqualTo(code.shown());
        String lang = language.code();
        if (code.reason().isPresent()) {
            Reason reason = code.reason().get();
            assertThat(explanation.attr("data-reason")).isEqualTo(reason.name());
            assertThat(explanation.selectFirst("h2").text()).isEqualTo(rsn(lang, "title_$" + reason.name()));
            assertThat(explanation.selectFirst(".code-meaning").text()).isEqualTo(rsn(lang, "meaning_$" + reason.name()));
            assertThat(explanation.selectFirst(".code-action").text()).isEqualTo(rsn(lang, "action_$" + reason.name()));
            assertThat(explanation.selectFirst("a.doc-link").attr("href"))
                    .isEqualTo(reason.docLink().forLocale(language.microsoftLocale()));
        } else {
            String own = code.ownExplanation().orElseThrow().name();
            assertThat(explanation.hasAttr("data-reason")).as("no reason of ours").isFalse();
            assertThat(explanation.selectFirst("h2").text()).isEqualTo(cod(lang, "title_$" + own));
            assertThat(explanation.selectFirst(".code-meaning").text()).isEqualTo(cod(lang, "meaning_$" + own));
            assertThat(explanation.selectFirst(".code-action").text()).isEqualTo(cod(lang, "action_$" + own));
            assertThat(explanation.selectFirst("a.doc-link").attr("href"))
                    .isEqualTo(code.ownLink().orElseThrow().forLocale(language.microsoftLocale()))
                    .startsWith("https://learn.microsoft.com/" + language.microsoftLocale() + "/entra/");
        }
        if (code.adminNote().isPresent()) {
            assertThat(explanation.selectFirst(".admin-note").text())
                    .startsWith(cod(lang, "adminNote_$" + code.adminNote().get().name()));
            assertThat(explanation.selectFirst("a.admin-note-link").attr("href"))
                    .isEqualTo(Reason.ADMIN_SSPR_DISABLED.docLink().forLocale(language.microsoftLocale()));
        } else {
            assertThat(explanation.select(".admin-note")).isEmpty();
        }
        assertThat(page.select("[data-unknown-code]")).isEmpty();
        assertThat(directory.lookups()).as("the codes page never asks the directory").isEmpty();
    }

    /** The explanation page of a user blocked by LICENSE_MISSING, and the codes page for SSPR_0012, side by side. */
    @Test
    void aCodeOfAReasonReadsExactlyAsTheExplanationPageOfAUserBlockedByIt() {
        Document blocked = Jsoup.parse(JourneyClient.submit("dana.bell@woodgrove.example", "de").asString());
        Element onBlockedPage = blocked.selectFirst("[data-reason=LICENSE_MISSING]");
        assertThat(onBlockedPage).as("the demo user is blocked by LICENSE_MISSING").isNotNull();

        Element onCodesPage = Jsoup.parse(codes("sspr 12", UiLanguage.GERMAN).asString())
                .selectFirst("[data-reason=LICENSE_MISSING]");

        assertThat(onCodesPage.selectFirst("h2").text()).isEqualTo(onBlockedPage.selectFirst("h2").text());
        assertThat(onCodesPage.select("h3").eachText()).isEqualTo(onBlockedPage.select("h3").eachText());
        List<String> blockedParagraphs = onBlockedPage.select("p").eachText();
        assertThat(onCodesPage.selectFirst(".code-meaning").text()).isEqualTo(blockedParagraphs.get(0));
        assertThat(onCodesPage.selectFirst(".code-action").text()).isEqualTo(blockedParagraphs.get(1));
        assertThat(onCodesPage.selectFirst("a.doc-link").attr("href"))
                .isEqualTo(onBlockedPage.selectFirst("a.doc-link").attr("href"));
        assertThat(onCodesPage.selectFirst("a.doc-link").text())
                .isEqualTo(onBlockedPage.selectFirst("a.doc-link").text());
    }

    @ParameterizedTest
    @ValueSource(strings = { "SSPR_0015", "hello", "SSPR_", "0", "<script>alert(1)</script>" })
    void anUnknownCodeGetsWeDoNotKnowItAndMicrosoftsGeneralPageWith200(String typed) {
        Response response = codes(typed, UiLanguage.FRENCH);

        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.asString();
        assertThat(body).doesNotContain("<script>alert");
        Document page = Jsoup.parse(body);
        Element unknown = page.selectFirst("[data-unknown-code]");
        assertThat(unknown).isNotNull();
        assertThat(unknown.selectFirst("h2").text()).isEqualTo(cod("fr", "unknownHeading"));
        assertThat(unknown.selectFirst("a.doc-link").attr("href"))
                .isEqualTo(ReasonDisclosure.GENERAL_TROUBLESHOOTING.forLocale("fr-fr"))
                .isEqualTo("https://learn.microsoft.com/fr-fr/entra/identity/authentication/troubleshoot-sspr");
        assertThat(page.select("[data-portal-code], [data-reason]")).isEmpty();
        assertThat(page.selectFirst("#code").attr("value")).as("the typed code, to correct it").isEqualTo(typed);
        assertThat(directory.lookups()).isEmpty();
    }

    @Test
    void withoutACodeThePageIsTheFormAlone() {
        Response response = given().get("/codes");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst("h1").text()).isEqualTo(cod("en", "heading"));
        assertThat(page.select("form.code-form[method=get][action=/codes] input#code[name=code]")).hasSize(1);
        assertThat(page.select("[data-portal-code], [data-unknown-code], .error-summary")).isEmpty();
    }

    /** 41 characters, or control and format characters: the bare form with a 400, nothing of the input shown back. */
    @ParameterizedTest
    @ValueSource(strings = { "SSPR_0014SSPR_0014SSPR_0014SSPR_0014SSPR_0", "SSPR_\n0014", "SSPR\u00000014",
            "SSPR\u200B0014" })
    void inputThatCannotBeACodeGetsTheFormWith400(String typed) {
        Response response = codes(typed, UiLanguage.ENGLISH);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst(".error-summary[role=alert]").text()).contains("40");
        assertThat(page.selectFirst("#code").attr("value")).isEmpty();
        assertThat(page.selectFirst("#code").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("[data-portal-code], [data-unknown-code]")).isEmpty();
        assertThat(response.asString()).doesNotContain("SSPR_0014SSPR_0014");
        assertThat(directory.lookups()).isEmpty();
    }

    @Test
    void thePageFollowsTheBrowsersLanguageAndAnExplicitChoiceIsRemembered() {
        Response byBrowser = given().header("Accept-Language", "nb-NO, en;q=0.5").queryParam("code", "SSPR_0010")
                .get("/codes");
        assertThat(Jsoup.parse(byBrowser.asString()).selectFirst("h1").text()).isEqualTo(cod("nb", "heading"));
        assertThat(byBrowser.getCookie(LanguageChoice.COOKIE)).isNull();

        Response chosen = codes("SSPR_0010", UiLanguage.POLISH);
        assertThat(chosen.getCookie(LanguageChoice.COOKIE)).isEqualTo("pl");

        Response remembered = given().cookie(LanguageChoice.COOKIE, "ja").queryParam("code", "SSPR_0010").get("/codes");
        assertThat(Jsoup.parse(remembered.asString()).selectFirst("h1").text()).isEqualTo(cod("ja", "heading"));
    }

    /** Switching the language keeps the reader on this page with their code. */
    @Test
    void theLanguageSwitchStaysOnTheCodesPageWithTheCode() {
        Document page = Jsoup.parse(codes("sspr 14", UiLanguage.ENGLISH).asString());

        Element languageSwitch = page.selectFirst("form.language-switch");
        assertThat(languageSwitch.attr("action")).isEqualTo("/codes");
        assertThat(languageSwitch.selectFirst("input[type=hidden][name=code]").attr("value")).isEqualTo("sspr 14");
        Document form = Jsoup.parse(given().get("/").asString());
        assertThat(form.selectFirst("form.language-switch").attr("action")).as("the journey's own switch").isEqualTo("/");
    }

    @Test
    void theJourneyFormLinksTheCodesPage() {
        for (UiLanguage language : UiLanguage.values()) {
            Document form = Jsoup.parse(given().queryParam("lang", language.code()).get("/").asString());

            assertThat(form.selectFirst("a[href=/codes]").text()).isEqualTo(
                    JourneyBundles.text("msg", language.code(), "codesLink"));
        }
    }

    private static Response codes(String typed, UiLanguage language) {
        return given().queryParam("code", typed).queryParam("lang", language.code()).get("/codes");
    }

    private static String rsn(String language, String key) {
        return JourneyBundles.text("rsn", language, key);
    }

    private static String cod(String language, String key) {
        return JourneyBundles.text("cod", language, key);
    }
}
