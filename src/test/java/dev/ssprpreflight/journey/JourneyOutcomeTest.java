package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.StoredAttempts;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The journey's answers for the demo tenant's users, as DESIGN.md §1 promises them. */
@QuarkusTest
class JourneyOutcomeTest {

    private static final String PORTAL = "https://passwordreset.microsoftonline.com/";

    static Stream<Arguments> oneUserPerReason() {
        return Stream.of(
                Arguments.of("kim.akers@fabrikam.example", List.of(Reason.WRITEBACK_NOT_ENABLED)),
                Arguments.of("lee.gu@contoso.example", List.of(Reason.LICENSE_MISSING)),
                Arguments.of("miriam.graham@contoso.example", List.of(Reason.SYNC_ERRORS)),
                Arguments.of("sam.taylor@tailspin.example", List.of(Reason.SYNC_STALE)),
                Arguments.of("pradeep.gupta@contoso.example", List.of(Reason.METHODS_NOT_REGISTERED)),
                Arguments.of("isaiah.langer@contoso.example", List.of(Reason.ADMIN_WRITEBACK_UNSUPPORTED)),
                Arguments.of("christie.cline@contoso.example", List.of(Reason.ADMIN_NEEDS_TWO_METHODS)),
                Arguments.of("max.admin@tailspin.example", List.of(Reason.ADMIN_SSPR_DISABLED)),
                Arguments.of("joni.sherman@contoso.example", List.of(Reason.ACCOUNT_DISABLED)),
                Arguments.of("henrietta.mueller@contoso.example", List.of(Reason.SSPR_NOT_ENABLED)),
                Arguments.of("alex_partner.example#EXT#@contoso.example", List.of(Reason.GUEST_ACCOUNT)),
                Arguments.of("allan.deyoung@contoso.example",
                        List.of(Reason.LICENSE_MISSING, Reason.SYNC_ERRORS, Reason.METHODS_NOT_REGISTERED)));
    }

    @ParameterizedTest
    @MethodSource("oneUserPerReason")
    void explainsEveryBlockingReason(String username, List<Reason> expected) {
        Response response = JourneyClient.submit(username);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());
        List<String> shown = page.select("[data-reason]").eachAttr("data-reason");
        assertThat(shown).containsExactlyElementsOf(expected.stream().map(Reason::name).toList());
        for (Element reason : page.select("[data-reason]")) {
            assertThat(reason.select("h2").text()).isNotBlank();
            assertThat(reason.select("p")).hasSizeGreaterThanOrEqualTo(3);
            assertThat(reason.select("a.doc-link").attr("href"))
                    .isEqualTo(Reason.valueOf(reason.attr("data-reason")).docLink().forLocale("en-us"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "adele.vance@contoso.example                  | adele.vance%40contoso.example",
            "Adele.Vance@Contoso.Example                  | Adele.Vance%40Contoso.Example",
            "o'brien@contoso.example                      | o%27brien%40contoso.example",
            "björn@contoso.example                        | bj%C3%B6rn%40contoso.example",
            "lynne.robbins@contoso.example                | lynne.robbins%40contoso.example",
    })
    void sendsReadyUsersToThePortal(String username, String encoded) {
        Response response = JourneyClient.submit(username);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo(PORTAL + "?username=" + encoded + "&mkt=en-us");
    }

    @Test
    void sendsUnknownUsersToThePortalExactlyLikeReadyOnes() {
        Response unknown = JourneyClient.submit("nobody.here@contoso.example");
        Response ready = JourneyClient.submit("megan.bowen@contoso.example");

        assertThat(unknown.statusCode()).isEqualTo(ready.statusCode()).isEqualTo(303);
        assertThat(unknown.header("Location"))
                .isEqualTo(PORTAL + "?username=nobody.here%40contoso.example&mkt=en-us");
        assertThat(unknown.asString()).isEqualTo(ready.asString());
    }

    @Test
    void sendsUsersToThePortalWhenOurChecksFail() {
        Response response = JourneyClient.submit("outage@contoso.example");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo(PORTAL + "?username=outage%40contoso.example&mkt=en-us");
        Attempt recorded = latestAttemptFor("outage@contoso.example");
        assertThat(recorded.outcome).isEqualTo(Outcome.CHECKS_UNAVAILABLE);
        assertThat(recorded.unavailableCause).contains("simulated Graph outage");
    }

    @Test
    void theSwedishPageLinksSwedishDocsAndTheSwedishPortal() {
        Response blocked = JourneyClient.submit("lee.gu@contoso.example", "sv");
        Response ready = JourneyClient.submit("adele.vance@contoso.example", "sv");

        Document page = Jsoup.parse(blocked.asString());
        assertThat(page.select("html").attr("lang")).isEqualTo("sv");
        assertThat(page.select("h1").text()).isEqualTo("Lösenordsåterställning fungerar inte för dig ännu");
        assertThat(page.select("[data-reason=LICENSE_MISSING] h2").text())
                .isEqualTo("Ditt konto saknar licensen som lösenordsåterställning kräver");
        assertThat(page.select("[data-reason=LICENSE_MISSING] a.doc-link").attr("href"))
                .isEqualTo("https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-sspr-licensing");
        assertThat(ready.header("Location")).endsWith("&mkt=sv-se");
    }

    @Test
    void theEnglishPageSpeaksEnglish() {
        Document page = Jsoup.parse(JourneyClient.submit("lee.gu@contoso.example", "en").asString());

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Password reset will not work for you yet");
        assertThat(page.select("[data-reason=LICENSE_MISSING] a.doc-link").attr("href"))
                .isEqualTo("https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-licensing");
    }

    @Test
    void theReferenceCodeOnThePageFindsTheRecordedAttempt() {
        Document page = Jsoup.parse(JourneyClient.submit("Debra.Berger@contoso.example").asString());
        String code = page.select("[data-reference-code]").attr("data-reference-code");

        Attempt attempt = StoredAttempts.byReferenceCode(code);

        assertThat(attempt).as("attempt %s", code).isNotNull();
        assertThat(attempt.usernameEntered).isEqualTo("Debra.Berger@contoso.example");
        assertThat(attempt.usernameNormalised).isEqualTo("debra.berger@contoso.example");
        assertThat(attempt.outcome).isEqualTo(Outcome.BLOCKED);
        assertThat(attempt.reasons).containsExactlyInAnyOrder(Reason.LICENSE_MISSING, Reason.SYNC_ERRORS);
        assertThat(attempt.userObjectId).isNotBlank();
        assertThat(attempt.locale).isEqualTo("en");
        assertThat(attempt.directoryRequestIds).startsWith("demo-");
        assertThat(attempt.clientIp).isEqualTo("127.0.0.0");
        assertThat(attempt.facts).contains("\"userPrincipalName\":\"debra.berger@contoso.example\"");
    }

    @Test
    void readyAndUnknownAttemptsAreRecordedToo() {
        JourneyClient.submit("megan.bowen@contoso.example");
        JourneyClient.submit("nobody.else@contoso.example");

        assertThat(latestAttemptFor("megan.bowen@contoso.example").outcome).isEqualTo(Outcome.READY);
        assertThat(latestAttemptFor("nobody.else@contoso.example").outcome).isEqualTo(Outcome.UNKNOWN_USER);
    }

    private static Attempt latestAttemptFor(String normalisedUsername) {
        return StoredAttempts.latestFor(normalisedUsername);
    }
}
