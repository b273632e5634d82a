package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.directory.graph.FakeGraphResource.InjectFakeGraph;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;
import dev.ssprpreflight.journey.JourneyClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** The journey over HTTP with {@code sspr.directory=graph}: the form, the fake Graph behind it, the answer. */
@QuarkusTest
@TestProfile(GraphProfile.class)
class GraphJourneyTest {

    static final String PORTAL = "https://passwordreset.microsoftonline.com/";
    static final String USER_ID = "ffffffff-0000-4000-8000-000000000001";

    @InjectFakeGraph
    FakeGraph graph;

    @BeforeEach
    void resetGraph() {
        graph.reset();
        graph.stubTenant(false, null, true);
    }

    @Test
    void explainsWhyABlockedUserCannotReset() {
        String upn = "joni.sherman@contoso.com";
        stubRegistered(UserJson.ready(USER_ID, upn).disabled());

        Response response = JourneyClient.submit(upn);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.asString()).select("[data-reason]").eachAttr("data-reason"))
                .containsExactly("ACCOUNT_DISABLED");
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch")));
    }

    @Test
    void sendsAReadyUserToThePortal() {
        String upn = "adele.vance@contoso.com";
        stubRegistered(UserJson.ready(USER_ID, upn));

        Response response = JourneyClient.submit(upn);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).isEqualTo(PORTAL + "?username=adele.vance%40contoso.com&mkt=en-us");
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch")));
    }

    @Test
    void aGraphOutageNeverBlocksTheUser() {
        graph.server.stubFor(post(urlEqualTo("/v1.0/$batch")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("serviceNotAvailable", "Service unavailable"))));

        Response response = JourneyClient.submit("adele.vance@contoso.com");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).startsWith(PORTAL + "?username=adele.vance%40contoso.com");
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch")));
    }

    private void stubRegistered(UserJson user) {
        graph.stubUser(user);
        graph.stubReportRow(user.upn(), GraphJson.registrationRow(user.id(), user.upn(), true, true, "mobilePhone", "email"));
    }
}
