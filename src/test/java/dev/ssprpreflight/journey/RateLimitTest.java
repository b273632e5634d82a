package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.testsupport.CapturedLog;
import dev.ssprpreflight.testsupport.DirectoryRequests;
import dev.ssprpreflight.web.LanguageChoice;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

/**
 * Rate limits per client, per network and per account, behind a trusted proxy; what they log; and what HTTPS
 * through the proxy changes.
 */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
class RateLimitTest {

    @Inject
    DirectoryRequests directory;

    @BeforeEach
    void forgetEarlierLookups() {
        directory.clear();
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndTheDirectoryHearsNothing() {
        String client = Clients.fresh();
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < TrustedProxyProfile.PER_CLIENT; i++) {
            String username = Clients.username();
            checked.add(username);
            assertThat(JourneyClient.submitFrom(client, username).statusCode()).isEqualTo(303);
        }

        Response limited = JourneyClient.submitFrom(client, Clients.username());

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(limited.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(limited.asString());
        assertThat(page.select("h1").text()).isEqualTo("Please wait a moment");
        assertThat(page.select("[data-limited]").text()).contains("Try again in");
        assertThat(page.select("a[href^=https://passwordreset.microsoftonline.com/]")).hasSize(1);
        assertThat(directory.lookups()).containsExactlyElementsOf(checked);
    }

    @Test
    void theLimitIsPerClientSoOtherClientsStillGetThrough() {
        String busy = Clients.fresh();
        for (int i = 0; i <= TrustedProxyProfile.PER_CLIENT; i++) {
            JourneyClient.submitFrom(busy, Clients.username());
        }
        assertThat(JourneyClient.submitFrom(busy, Clients.username()).statusCode()).isEqualTo(429);

        assertThat(JourneyClient.submitFrom(Clients.fresh(), Clients.username()).statusCode()).isEqualTo(303);
    }

    @Test
    void oneUsernameIsLimitedWhicheverClientsAskForIt() {
        String target = Clients.username();
        for (int i = 0; i < TrustedProxyProfile.PER_ACCOUNT; i++) {
            assertThat(JourneyClient.submitFrom(Clients.fresh(), target).statusCode()).isEqualTo(303);
        }
        directory.clear();

        Response limited = JourneyClient.submitFrom(Clients.fresh(), target.toUpperCase());

        assertThat(limited.statusCode()).as("the same account in other letter case").isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(directory.lookups()).isEmpty();
        assertThat(JourneyClient.submitFrom(Clients.fresh(), Clients.username()).statusCode()).isEqualTo(303);
    }

    @Test
    void aRefusedCheckIsLoggedWithTheClientsNetworkAndNeitherItsAddressNorTheUsername() {
        String network = Clients.freshNetwork();
        String client = network + ".77";
        for (int i = 0; i < TrustedProxyProfile.PER_CLIENT; i++) {
            JourneyClient.submitFrom(client, Clients.username());
        }
        String username = Clients.username();

        try (CapturedLog log = CapturedLog.of("dev.ssprpreflight")) {
            assertThat(JourneyClient.submitFrom(client, username).statusCode()).isEqualTo(429);

            assertThat(log.messages(Level.ALL)).as("the refusal is logged").anySatisfy(
                    line -> assertThat(line).contains("refused by the client limit").contains(network + ".0"));
            assertThat(log.messages(Level.ALL)).noneSatisfy(line -> assertThat(line).contains(client))
                    .noneSatisfy(line -> assertThat(line).containsIgnoringCase(username));
        }
    }

    @Test
    void addressesOfOneNetworkCannotSpreadTheirChecksPastItsLimit() {
        String network = Clients.freshNetwork();
        for (int i = 0; i < TrustedProxyProfile.PER_NETWORK; i++) {
            assertThat(JourneyClient.submitFrom(network + "." + (i + 1), Clients.username()).statusCode()).isEqualTo(303);
        }

        Response limited = JourneyClient.submitFrom(network + ".200", Clients.username());

        assertThat(limited.statusCode()).as("a fresh address of the same /24").isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(Jsoup.parse(limited.asString()).select("a[href^=https://passwordreset.microsoftonline.com/]"))
                .hasSize(1);
        assertThat(JourneyClient.submitFrom(Clients.fresh(), Clients.username()).statusCode()).isEqualTo(303);
    }

    @Test
    void theLimitPageSpeaksTheUsersLanguage() {
        String client = Clients.fresh();
        for (int i = 0; i < TrustedProxyProfile.PER_CLIENT; i++) {
            JourneyClient.submitFrom(client, Clients.username());
        }

        Response limited = JourneyClient.submit(Clients.username(), "sv", Map.of("X-Forwarded-For", client), Map.of());

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.header("Content-Language")).isEqualTo("sv");
        assertThat(Jsoup.parse(limited.asString()).select("h1").text()).isEqualTo("Vänta en stund");
    }

    @Test
    void invalidInputIsRefusedWithoutCountingAgainstTheLimit() {
        String client = Clients.fresh();
        for (int i = 0; i < 2 * TrustedProxyProfile.PER_CLIENT; i++) {
            assertThat(JourneyClient.submitFrom(client, "not a username").statusCode()).isEqualTo(400);
        }

        assertThat(JourneyClient.submitFrom(client, Clients.username()).statusCode()).isEqualTo(303);
    }

    @Test
    void httpsThroughTheTrustedProxyGetsHstsAndSecureCookies() {
        Response form = io.restassured.RestAssured.given()
                .header("X-Forwarded-For", Clients.fresh())
                .header("X-Forwarded-Proto", "https")
                .get("/?lang=sv");

        assertThat(form.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        Cookie csrf = form.getDetailedCookie(JourneyClient.CSRF_COOKIE);
        assertThat(csrf.isSecured()).isTrue();
        assertThat(csrf.isHttpOnly()).isTrue();
        Cookie language = form.getDetailedCookie(LanguageChoice.COOKIE);
        assertThat(language.isSecured()).isTrue();
        assertThat(language.isHttpOnly()).isTrue();
    }
}
