package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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

    /** Findings are for the admins: no page of the journey may name one. */
    private static final List<String> FINDING_CODES = Arrays.stream(Reason.values())
            .filter(reason -> !reason.blocks()).map(Reason::name).toList();

    static Stream<Arguments> oneUserPerBlock() {
        return Stream.of(
                Arguments.of("kim.akers@fabrikam.example", List.of(Reason.WRITEBACK_NOT_ENABLED)),
                Arguments.of("dana.bell@woodgrove.example", List.of(Reason.LICENSE_MISSING)),
                Arguments.of("omar.haddad@woodgrove.example", List.of(Reason.LICENSE_MISSING)),
                Arguments.of("sam.taylor@tailspin.example", List.of(Reason.SYNC_STALE)),
                Arguments.of("pradeep.gupta@contoso.example", List.of(Reason.METHODS_NOT_REGISTERED)),
                Arguments.of("ivy.chen@litware.example", List.of(Reason.METHODS_NOT_REGISTERED)),
                Arguments.of("petra.novak@litware.example", List.of(Reason.METHODS_NOT_REGISTERED)),
                Arguments.of("lidia.holloway@contoso.example", List.of(Reason.ONPREM_PROTECTED_ACCOUNT)),
                Arguments.of("christie.cline@contoso.example", List.of(Reason.ADMIN_NEEDS_TWO_METHODS)),
                Arguments.of("alex.wilber@contoso.example", List.of(Reason.ADMIN_NEEDS_TWO_METHODS)),
                Arguments.of("max.admin@tailspin.example", List.of(Reason.ADMIN_SSPR_DISABLED)),
                Arguments.of("joni.sherman@contoso.example", List.of(Reason.ACCOUNT_DISABLED)),
                Arguments.of("henrietta.mueller@contoso.example", List.of(Reason.SSPR_NOT_ENABLED)),
                Arguments.of("otto.berg@litware.example", List.of(Reason.SSPR_NOT_ENABLED)),
                Arguments.of("alex_partner.example#EXT#@contoso.example", List.of(Reason.GUEST_ACCOUNT)),
                Arguments.of("chris.green@contoso.example", List.of(Reason.GUEST_ACCOUNT)),
                Arguments.of("rob.young@fabrikam.example", List.of(Reason.WRITEBACK_NOT_ENABLED)),
                Arguments.of("cameron.white@contoso.example", List.of(Reason.RESET_LOCKED_OUT)),
                Arguments.of("allan.deyoung@contoso.example",
                        List.of(Reason.METHODS_NOT_REGISTERED, Reason.ACCOUNT_DISABLED, Reason.SSPR_NOT_ENABLED)));
    }

    @ParameterizedTest
    @MethodSource("oneUserPerBlock")
    void explainsEveryBlockAndNoFinding(String username, List<Reason> expected) {
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
        assertThat(response.asString()).doesNotContain(FINDING_CODES);
    }

    @Test
    void aUserMicrosoftBlocksForADayIsToldWhenToTryAgain() {
        // The demo's cameron.white was blocked two hours before the check: 22 hours to go.
        Instant before = Instant.now();
        Response response = JourneyClient.submit("cameron.white@contoso.example");

        Document page = Jsoup.parse(response.asString());
        Element reason = page.selectFirst("[data-reason=RESET_LOCKED_OUT]");
        assertThat(reason).isNotNull();
        Element time = reason.selectFirst("p.retry-at time[datetime]");
        assertThat(time).as("the retry time, in a <time> element").isNotNull();
        Instant retryAt = Instant.parse(time.attr("datetime"));
        assertThat(retryAt).isBetween(before.plus(Duration.ofHours(22)).minusSeconds(1),
                Instant.now().plus(Duration.ofHours(22)));
        assertThat(time.text()).as("the fallback without script, in UTC").endsWith("UTC");
        assertThat(reason.select("p.retry-at").text()).contains("You can try again from").contains("in about 22 hours");
        assertThat(page.select("script[src=/js/retry-time.js]")).hasSize(1);
        assertThat(reason.text()).contains("IT support can reset your password for you");
    }

    @Test
    void aBlockThatPassesWithTimeSaysSoInTheReadersLanguage() {
        Document page = Jsoup.parse(JourneyClient.submit("cameron.white@contoso.example", "de").asString());

        assertThat(page.select("[data-reason=RESET_LOCKED_OUT] p.retry-at").text())
                .contains("Sie können es wieder versuchen ab").contains("in etwa 22 Stunden");
    }

    @Test
    void otherBlocksShowNoRetryTime() {
        Document page = Jsoup.parse(JourneyClient.submit("joni.sherman@contoso.example").asString());

        assertThat(page.select("p.retry-at")).isEmpty();
        assertThat(page.select("script[src=/js/retry-time.js]")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "allan.deyoung@contoso.example | LICENSE_NOT_ASSIGNED PROVISIONING_ERRORS",
            "dana.bell@woodgrove.example   | LICENSE_NOT_ASSIGNED",
    })
    void recordsTheFindingsOfABlockedUserWithoutShowingThem(String username, String findings) {
        Document page = Jsoup.parse(JourneyClient.submit(username).asString());

        Attempt logged = StoredAttempts.byReferenceCode(page.select("[data-reference-code]").attr("data-reference-code"));
        List<Reason> expected = Arrays.stream(findings.split(" ")).map(Reason::valueOf).toList();
        assertThat(logged.reasons).containsAll(expected);
        assertThat(page.select("[data-reason]").eachAttr("data-reason")).doesNotContainAnyElementsOf(FINDING_CODES);
        for (Reason finding : expected) {
            assertThat(page.text()).doesNotContain(JourneyBundles.text("rsn", "en", "title_$" + finding));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lee.gu@contoso.example          | LICENSE_NOT_ASSIGNED",
            "grady.archie@contoso.example    | LICENSE_NOT_ASSIGNED",
            "diego.siciliani@contoso.example | LICENSE_NOT_ASSIGNED",
            "miriam.graham@contoso.example   | PROVISIONING_ERRORS",
            "debra.berger@contoso.example    | LICENSE_NOT_ASSIGNED PROVISIONING_ERRORS",
            "hana.sato@proseware.example     | SYNC_LATE",
    })
    void sendsUsersWithOnlyFindingsToThePortalAndRecordsTheFindings(String username, String findings) {
        Response response = JourneyClient.submit(username);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).startsWith(PORTAL + "?username=");
        Attempt recorded = latestAttemptFor(username);
        assertThat(recorded.outcome).isEqualTo(Outcome.READY);
        assertThat(recorded.reasons).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(findings.split(" ")).map(Reason::valueOf).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "adele.vance@contoso.example                  | adele.vance%40contoso.example",
            "Adele.Vance@Contoso.Example                  | Adele.Vance%40Contoso.Example",
            "o'brien@contoso.example                      | o%27brien%40contoso.example",
            "björn@contoso.example                        | bj%C3%B6rn%40contoso.example",
            "lynne.robbins@contoso.example                | lynne.robbins%40contoso.example",
            "isaiah.langer@contoso.example                | isaiah.langer%40contoso.example",
            "zrinka.makovac@contoso.example               | zrinka.makovac%40contoso.example",
            "noah.lind@litware.example                    | noah.lind%40litware.example",
            "rafael.ortiz@litware.example                 | rafael.ortiz%40litware.example",
            "alan.brewer@adatum.onmicrosoft.example       | alan.brewer%40adatum.onmicrosoft.example",
            "liam.ryan@proseware.example                  | liam.ryan%40proseware.example",
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
        Response blocked = JourneyClient.submit("dana.bell@woodgrove.example", "sv");
        Response ready = JourneyClient.submit("adele.vance@contoso.example", "sv");

        Document page = Jsoup.parse(blocked.asString());
        assertThat(page.select("html").attr("lang")).isEqualTo("sv");
        assertThat(page.select("h1").text()).isEqualTo("Lösenordsåterställning fungerar inte för dig ännu");
        assertThat(page.select("[data-reason=LICENSE_MISSING] h2").text())
                .isEqualTo(JourneyBundles.text("rsn", "sv", "title_$LICENSE_MISSING"));
        assertThat(page.select("[data-reason=LICENSE_MISSING] a.doc-link").attr("href"))
                .isEqualTo("https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-sspr-licensing");
        assertThat(ready.header("Location")).endsWith("&mkt=sv-se");
    }

    @Test
    void theEnglishPageSpeaksEnglish() {
        Document page = Jsoup.parse(JourneyClient.submit("dana.bell@woodgrove.example", "en").asString());

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Password reset will not work for you yet");
        assertThat(page.select("[data-reason=LICENSE_MISSING] a.doc-link").attr("href"))
                .isEqualTo("https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-licensing");
    }

    @Test
    void theReferenceCodeOnThePageFindsTheRecordedAttemptWithItsBlocksAndFindings() {
        Document page = Jsoup.parse(JourneyClient.submit("Dana.Bell@Woodgrove.example").asString());
        String code = page.select("[data-reference-code]").attr("data-reference-code");

        Attempt attempt = StoredAttempts.byReferenceCode(code);

        assertThat(attempt).as("attempt %s", code).isNotNull();
        assertThat(attempt.usernameEntered).isEqualTo("Dana.Bell@Woodgrove.example");
        assertThat(attempt.usernameNormalised).isEqualTo("dana.bell@woodgrove.example");
        assertThat(attempt.outcome).isEqualTo(Outcome.BLOCKED);
        assertThat(attempt.reasons).containsExactlyInAnyOrder(Reason.LICENSE_MISSING, Reason.LICENSE_NOT_ASSIGNED);
        assertThat(attempt.userObjectId).isNotBlank();
        assertThat(attempt.locale).isEqualTo("en");
        assertThat(attempt.directoryRequestIds).startsWith("demo-");
        assertThat(attempt.clientIp).isEqualTo("127.0.0.0");
        assertThat(attempt.facts).contains("\"userPrincipalName\":\"dana.bell@woodgrove.example\"");
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
