package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.web.LanguageChoice;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

/**
 * A client that is not a trusted proxy cannot choose its own address with {@code X-Forwarded-For}
 * (and so cannot get a fresh bucket per request), nor claim HTTPS with {@code X-Forwarded-Proto}.
 * This class is the only user of its profile, so the one client 127.0.0.1 starts with a full bucket.
 */
@QuarkusTest
@TestProfile(UntrustedProxyProfile.class)
class UntrustedProxyTest {

    @Test
    void forwardedAddressesFromAnUntrustedPeerAreIgnored() {
        for (int i = 0; i < UntrustedProxyProfile.PER_CLIENT; i++) {
            assertThat(JourneyClient.submitFrom(Clients.fresh(), Clients.username()).statusCode()).isEqualTo(303);
        }

        Response spoofed = JourneyClient.submitFrom(Clients.fresh(), Clients.username());

        assertThat(spoofed.statusCode()).as("every request counted as 127.0.0.1").isEqualTo(429);
    }

    @Test
    void aForwardedProtoFromAnUntrustedPeerDoesNotMakeTheResponseHttps() {
        Response form = given().header("X-Forwarded-Proto", "https").get("/?lang=sv");

        assertThat(form.header("Strict-Transport-Security")).isNull();
        Cookie language = form.getDetailedCookie(LanguageChoice.COOKIE);
        assertThat(language.isSecured()).isFalse();
    }
}
