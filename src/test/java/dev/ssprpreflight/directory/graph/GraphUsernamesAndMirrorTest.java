package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.directory.graph.FakeGraphResource.InjectFakeGraph;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;
import dev.ssprpreflight.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;

/** Usernames as they really are, and the registration-report mirror with its throttle. */
@QuarkusTest
@TestProfile(GraphProfile.class)
class GraphUsernamesAndMirrorTest {

    static final String SELECT = "?$select=id,userPrincipalName,displayName,accountEnabled,userType,"
            + "onPremisesSyncEnabled,onPremisesLastSyncDateTime,onPremisesProvisioningErrors,assignedPlans,"
            + "assignedLicenses,mobilePhone,businessPhones,otherMails,identities,creationType";
    static final String REPORT = "/v1.0/reports/authenticationMethods/userRegistrationDetails";

    @InjectFakeGraph
    FakeGraph graph;

    @Inject
    @Identifier("graph")
    GraphDirectory directory;

    @BeforeEach
    void resetGraph() {
        graph.reset();
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/organization")).willReturn(okJson(GraphJson.organization(false, null))));
        graph.server.stubFor(get(urlEqualTo("/v1.0/policies/authorizationPolicy"))
                .willReturn(okJson(GraphJson.authorizationPolicy(true))));
    }

    /**
     * The expected user path is written out literally here, not computed by the code under test; so is the
     * {@code $filter}'s OData literal (quotes doubled), which the SDK's request builder percent-encodes and the fake,
     * like Graph, decodes.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "o'brien@contoso.com                          | /v1.0/users/o'brien@contoso.com                              | userPrincipalName eq 'o''brien@contoso.com'",
            "adele_adatum.com#EXT#@contoso.onmicrosoft.com | /v1.0/users/adele_adatum.com%23EXT%23@contoso.onmicrosoft.com | userPrincipalName eq 'adele_adatum.com#EXT#@contoso.onmicrosoft.com'",
            "$helpdesk@contoso.com                        | /v1.0/users('$helpdesk@contoso.com')                          | userPrincipalName eq '$helpdesk@contoso.com'",
            "$o'neil@contoso.com                          | /v1.0/users('$o''neil@contoso.com')                           | userPrincipalName eq '$o''neil@contoso.com'",
            "björn.ångström@contoso.se                    | /v1.0/users/bj%C3%B6rn.%C3%A5ngstr%C3%B6m@contoso.se          | userPrincipalName eq 'björn.ångström@contoso.se'",
            "Adele.Vance@Contoso.COM                      | /v1.0/users/Adele.Vance@Contoso.COM                          | userPrincipalName eq 'Adele.Vance@Contoso.COM'"
    })
    void sendsEveryUsernameFormAsGraphExpectsIt(String upn, String expectedUserPath, String expectedFilter) {
        String id = "0a1b2c3d-0000-4000-8000-000000000001";
        graph.server.stubFor(get(urlEqualTo(expectedUserPath + SELECT)).willReturn(okJson(UserJson.ready(id, upn).json())));
        graph.server.stubFor(get(urlEqualTo(expectedUserPath + "/transitiveMemberOf/microsoft.graph.directoryRole"
                + "?$count=true&$select=id,roleTemplateId,displayName")).willReturn(okJson(GraphJson.roles())));
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).withQueryParam("$filter", equalTo(expectedFilter))
                .willReturn(okJson(GraphJson.registrationPage(List.of(
                        GraphJson.registrationRow(id, upn, true, true, "mobilePhone", "email")), null))));

        var answer = directory.lookup(upn, Instant.now().plusSeconds(3));

        assertThat(answer).isInstanceOf(DirectoryAnswer.Found.class);
        assertThat(((DirectoryAnswer.Found) answer).user().registration().report()).isPresent();
        graph.server.verify(1, getRequestedFor(urlEqualTo(expectedUserPath + SELECT)));
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(REPORT)).withQueryParam("$filter", equalTo(expectedFilter)));
    }

    @Test
    void mirrorFollowsNextLinksAndLookupsUseIt() {
        String next1 = graph.baseUrl() + "/reports/authenticationMethods/userRegistrationDetails?$skiptoken=page2";
        String next2 = graph.baseUrl() + "/reports/authenticationMethods/userRegistrationDetails?$skiptoken=page3";
        String mirroredId = "aaaaaaaa-0000-4000-8000-000000000001";
        String mirroredUpn = "Mirrored.User@contoso.com";
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).withQueryParam("$skiptoken", absent())
                .willReturn(okJson(GraphJson.registrationPage(List.of(
                        GraphJson.registrationRow("aaaaaaaa-0000-4000-8000-000000000002", "a@contoso.com", true, true,
                                "email")),
                        next1))));
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).withQueryParam("$skiptoken", equalTo("page2"))
                .willReturn(okJson(GraphJson.registrationPage(List.of(
                        GraphJson.registrationRow("aaaaaaaa-0000-4000-8000-000000000003", "b@contoso.com", true, true,
                                "email")),
                        next2))));
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).withQueryParam("$skiptoken", equalTo("page3"))
                .willReturn(okJson(GraphJson.registrationPage(List.of(
                        GraphJson.registrationRow(mirroredId, mirroredUpn, false, true, "email", "mobilePhone")), null))));

        RegistrationMirror.Refresh refresh = directory.refreshRegistrationMirror();

        assertThat(refresh.complete()).isTrue();
        assertThat(refresh.pages()).isEqualTo(3);
        assertThat(directory.remote().mirrorUsers()).isGreaterThanOrEqualTo(3);
        assertThat(directory.remote().mirrorAge()).get().matches(age -> age.compareTo(Duration.ofMinutes(1)) < 0);

        // A lookup of a mirrored user takes the row from the mirror and spends no report request on it.
        String path = "/v1.0/users/" + mirroredUpn;
        graph.server.stubFor(get(urlEqualTo(path + SELECT)).willReturn(okJson(UserJson.ready(mirroredId, mirroredUpn).json())));
        graph.server.stubFor(get(urlPathEqualTo(path + "/transitiveMemberOf/microsoft.graph.directoryRole"))
                .willReturn(okJson(GraphJson.roles())));
        var found = (DirectoryAnswer.Found) directory.lookup(
                "mirrored.user@contoso.com".replace("mirrored.user", "Mirrored.User"),
                Instant.now().plusSeconds(3));
        assertThat(found.user().registration().report()).get().matches(r -> !r.ssprEnabled());
        graph.server.verify(0, getRequestedFor(urlPathEqualTo(REPORT)).withQueryParam("$filter",
                com.github.tomakehurst.wiremock.client.WireMock.matching(".*")));
    }

    @Test
    void mirrorNeverExceedsTheReportsThrottle() {
        int pages = 7;
        for (int page = 1; page <= pages; page++) {
            String next = page == pages ? null
                    : graph.baseUrl() + "/reports/authenticationMethods/userRegistrationDetails?$skiptoken=p" + (page + 1);
            var stub = get(urlPathEqualTo(REPORT));
            stub = page == 1 ? stub.withQueryParam("$skiptoken", absent())
                    : stub.withQueryParam("$skiptoken", equalTo("p" + page));
            graph.server.stubFor(stub.willReturn(okJson(GraphJson.registrationPage(List.of(GraphJson.registrationRow(
                    "bbbbbbbb-0000-4000-8000-00000000000" + page, "p" + page + "@contoso.com", true, true, "email")),
                    next))));
        }
        // 3 requests per 1 s window, 1 kept for checks: a refresh after the first copy may send 2 per window.
        Duration window = Duration.ofSeconds(1);
        var budget = ReportsBudget.local(3, window, Duration.ofMillis(100), 1);
        budget.mirrorCompleted();
        var mirror = new RegistrationMirror(directory.client(), budget, Clock.systemUTC());

        RegistrationMirror.Refresh refresh = mirror.refresh();

        assertThat(refresh.complete()).isTrue();
        assertThat(refresh.pages()).isEqualTo(pages);
        List<Long> times = new ArrayList<>();
        for (ServeEvent event : graph.server.getAllServeEvents()) {
            if (event.getRequest().getUrl().startsWith(REPORT)) {
                times.add(event.getRequest().getLoggedDate().getTime());
            }
        }
        times.sort(Long::compare);
        assertThat(times).hasSize(pages);
        for (int i = 0; i < times.size(); i++) {
            long from = times.get(i);
            long inWindow = times.stream().filter(t -> t >= from && t < from + window.toMillis()).count();
            assertThat(inWindow).as("report requests in the window starting at request %d", i).isLessThanOrEqualTo(2);
        }
        // While the mirror used its share, a check still finds a slot for its live look.
        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).isTrue();
    }

    @Test
    void aThrottledPageIsAskedForAgainAfterGraphsRetryAfter() {
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).inScenario("throttled once").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0.3")
                        .withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("TooManyRequests", "Please retry again later.")))
                .willSetStateTo("answered"));
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).inScenario("throttled once").whenScenarioStateIs("answered")
                .willReturn(okJson(GraphJson.registrationPage(List.of(GraphJson.registrationRow(
                        "bbbbbbbb-0000-4000-8000-000000000009", "p9@contoso.com", true, true, "email")), null))));
        var budget = ReportsBudget.local(1000, Duration.ofSeconds(1), Duration.ZERO, 0);
        var mirror = new RegistrationMirror(directory.client(), budget, Clock.systemUTC());

        RegistrationMirror.Refresh refresh = mirror.refresh();

        assertThat(refresh.complete()).as(refresh.failure().orElse("complete")).isTrue();
        assertThat(refresh.rows()).isEqualTo(1);
        assertThat(budget.throttledSeen()).isEqualTo(1);
        graph.server.verify(2, getRequestedFor(urlPathEqualTo(REPORT)));
    }

    @Test
    void aFailedFirstCopyIsTriedAgainWithinAMinuteAndAFreshCopyNotBeforeItsPeriod() {
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(503)));
        var clock = new MovableClock(Instant.now());
        var mirror = new RegistrationMirror(directory.client(), ReportsBudget.local(1000, Duration.ofSeconds(1),
                Duration.ZERO, 0), clock, Duration.ofMinutes(30), java.util.Optional.empty());

        assertThat(mirror.sync().complete()).isFalse();
        mirror.sync();
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(REPORT)));

        graph.server.stubFor(get(urlPathEqualTo(REPORT)).willReturn(okJson(GraphJson.registrationPage(List.of(), null))));
        clock.move(RegistrationMirror.FIRST_COPY_RETRY);
        assertThat(mirror.sync().complete()).as("tried again a minute later").isTrue();
        graph.server.verify(2, getRequestedFor(urlPathEqualTo(REPORT)));

        clock.move(Duration.ofMinutes(29));
        mirror.sync();
        graph.server.verify(2, getRequestedFor(urlPathEqualTo(REPORT)));
        clock.move(Duration.ofMinutes(1));
        mirror.sync();
        graph.server.verify(3, getRequestedFor(urlPathEqualTo(REPORT)));
    }
}
