package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The codes page costs nothing of the rate limits: they protect the directory, which the page never asks. A client
 * reads many codes, well past its limit of checks, and its next check still goes through.
 */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
class CodesRateLimitTest {

    @Test
    void readingCodesPastTheLimitLeavesTheClientsChecksUntouched() {
        String client = Clients.fresh();
        for (int i = 0; i < TrustedProxyProfile.PER_CLIENT * 4; i++) {
            assertThat(given().header("X-Forwarded-For", client).queryParam("code", "SSPR_00" + (9 + i % 6))
                    .get("/codes").statusCode()).isEqualTo(200);
        }

        assertThat(JourneyClient.submitFrom(client, Clients.username()).statusCode())
                .as("a check after reading codes").isEqualTo(303);
    }

    /** Without this the test above could pass with a limit that never bites. */
    @Test
    void theSameClientIsLimitedByItsChecks() {
        String client = Clients.fresh();
        for (int i = 0; i < TrustedProxyProfile.PER_CLIENT; i++) {
            JourneyClient.submitFrom(client, Clients.username());
        }

        assertThat(JourneyClient.submitFrom(client, Clients.username()).statusCode()).isEqualTo(429);
    }
}
