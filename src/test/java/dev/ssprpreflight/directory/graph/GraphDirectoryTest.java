package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.directory.graph.FakeGraphResource.InjectFakeGraph;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;
import dev.ssprpreflight.testsupport.CapturedLog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;

/**
 * The Graph adapter end to end: the real SDK and token flow against {@link FakeGraph}, checked through
 * the preflight service (verdicts) and the adapter itself (answers, requests sent).
 */
@QuarkusTest
@TestProfile(GraphProfile.class)
class GraphDirectoryTest {

    static final String USER_ID = "87d349ed-44d7-43e1-9a83-5f2406dee5bd";

    @InjectFakeGraph
    FakeGraph graph;

    @Inject
    PreflightService preflight;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject
    @Identifier("graph")
    GraphDirectory directory;

    /**
     * The first lookup of a cold JVM loads and compiles the SDK's request and parsing paths: seconds on a loaded
     * 2-core machine, which can pass the check's budget of 3 s. The tests here are about rules and round trips, so the
     * class pays that once, with a deadline of its own, before its first test.
     */
    private static boolean warm;

    @BeforeEach
    void resetGraph() {
        graph.reset();
        graph.stubTenant(false, null, true);
        if (!warm) {
            String upn = "warm.up@contoso.com";
            stubUser(UserJson.ready(USER_ID, upn), new String[0], registered(upn), null);
            directory.lookup(upn, Instant.now().plusSeconds(30));
            warm = true;
            graph.reset();
            graph.stubTenant(false, null, true);
        }
    }

    @Test
    void readyUserIsReadyAndEveryRequestCarriesTheToken() {
        String upn = "adele.vance@contoso.com";
        stubUser(UserJson.ready(USER_ID, upn), new String[0], registered(upn), null);

        Verdict verdict = preflight.check(upn);

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.directoryRequestIds()).contains("batch-request-id");
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch"))
                .withHeader("Authorization", equalTo("Bearer " + FakeGraph.ACCESS_TOKEN)));
        // Only the fake token endpoint (client credentials over https) hands out this token; it was
        // fetched once at start and is reused, so it does not show in this test's request journal.
    }

    @Test
    void timesEveryGraphHttpRequestByKindAndStatusForPrometheus() {
        String upn = "megan.bowen@contoso.com";
        stubUser(UserJson.ready(USER_ID, upn), new String[0], registered(upn), null);

        preflight.check(upn);

        given().get(metrics).then().statusCode(200)
                .body(containsString("sspr_graph_http_requests_seconds_count{call=\"batch\",status=\"200\"}"));
    }

    @Test
    void batchAnswersOutOfOrderAreMatchedByIdIntoFacts() {
        String upn = "alex.wilber@contoso.com";
        graph.stubTenant(false, null, true);
        stubUser(UserJson.ready(USER_ID, upn), new String[] { GraphJson.GLOBAL_ADMIN },
                registered(upn), null);

        var answer = (DirectoryAnswer.Found) directory.lookup(upn, Instant.now().plusSeconds(2));

        // The fake answers in reverse order: user, roles, report row and organisation still land right.
        assertThat(answer.user().objectId()).isEqualTo(USER_ID);
        assertThat(answer.user().roles().templateIds()).containsExactly(GraphJson.GLOBAL_ADMIN);
        assertThat(answer.user().registration().report()).get().extracting(r -> r.ssprRegistered()).isEqualTo(true);
        assertThat(answer.tenant().displayName()).isEqualTo("Contoso");
        assertThat(answer.tenant().tenantId()).isEqualTo(FakeGraph.TENANT_ID);
        graph.server.verify(
                getRequestedFor(urlPathEqualTo("/v1.0/users/" + upn + "/transitiveMemberOf/microsoft.graph.directoryRole"))
                        .withHeader("ConsistencyLevel", equalTo("eventual")).withQueryParam("$count", equalTo("true")));
    }

    @Test
    void blocksDisabledAccount() {
        assertThat(reasonsFor(UserJson.ready(USER_ID, "disabled@contoso.com").disabled(), new String[0], true, null))
                .containsExactly(Reason.ACCOUNT_DISABLED);
    }

    @Test
    void blocksInvitedGuest() {
        assertThat(reasonsFor(UserJson.ready(USER_ID, "guest_fabrikam.com#EXT#@contoso.com").invited(), new String[0],
                true, null)).containsExactly(Reason.GUEST_ACCOUNT);
    }

    @Test
    void letsAnInternalGuestThrough() {
        Verdict verdict = verdictFor(UserJson.ready(USER_ID, "internal.guest@contoso.com").guest(), new String[0]);

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void anUnlicensedUserInALicensedOrganisationIsReadyWithAFinding() {
        Verdict verdict = verdictFor(UserJson.ready(USER_ID, "noplan@contoso.com").withoutPlans(), new String[0]);

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.findings()).containsExactly(Reason.LICENSE_NOT_ASSIGNED);
    }

    @Test
    void blocksEveryoneInAnOrganisationWithoutASubscriptionInForce() {
        graph.stubSubscribedSkus(GraphJson.subscribedSku(GraphJson.P1_SKU, "AAD_PREMIUM", "Suspended", 0, 25, 0,
                GraphJson.P1, "Success"));

        assertThat(verdictFor(UserJson.ready(USER_ID, "suspended.org@contoso.com"), new String[0]).blocks())
                .containsExactly(Reason.LICENSE_MISSING);
    }

    @Test
    void provisioningErrorsAreAFindingNotABlock() {
        Verdict verdict = verdictFor(UserJson.ready(USER_ID, "conflict@contoso.com").withProvisioningError(),
                new String[0]);

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.findings()).containsExactly(Reason.PROVISIONING_ERRORS);
    }

    @Test
    void blocksSyncedUserWhenWritebackIsOff() {
        graph.stubTenant(true, Instant.now().minusSeconds(600), true);
        assertThat(reasonsFor(UserJson.ready(USER_ID, "synced@contoso.com").synced(), new String[0], true, null))
                .containsExactly(Reason.WRITEBACK_NOT_ENABLED);
    }

    @Test
    void blocksSyncedUserWhenTheLastSyncIsStale() {
        graph.stubTenant(true, Instant.now().minus(Duration.ofDays(1)), true);
        assertThat(reasonsFor(UserJson.ready(USER_ID, "stale@contoso.com").synced(), new String[0], true, null))
                .contains(Reason.SYNC_STALE);
    }

    @Test
    void blocksUnregisteredUserOnlyAfterTheLiveLookConfirms() {
        String upn = "unregistered@contoso.com";
        stubUser(UserJson.ready(USER_ID, upn), new String[0], GraphJson.registrationRow(USER_ID, upn, true, false),
                GraphJson.methods(GraphJson.PASSWORD_METHOD));

        assertThat(preflight.check(upn).reasons()).containsExactly(Reason.METHODS_NOT_REGISTERED);
        graph.server.verify(1, getRequestedFor(urlEqualTo("/v1.0/users/" + USER_ID + "/authentication/methods")));
    }

    @Test
    void doesNotTellSomeoneWhoRegisteredAnHourAgoToRegister() {
        String upn = "justregistered@contoso.com";
        stubUser(UserJson.ready(USER_ID, upn), new String[0], GraphJson.registrationRow(USER_ID, upn, true, false),
                GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.MOBILE_METHOD));

        assertThat(preflight.check(upn).outcome()).isEqualTo(Outcome.READY);
    }

    @Test
    void aSyncedAdministratorIsNotBlockedForTheRole() {
        graph.stubTenant(true, Instant.now().minusSeconds(600), true);
        // Writeback is declared off in this profile, which blocks every synced user; the role adds nothing.
        assertThat(reasonsFor(UserJson.ready(USER_ID, "syncedadmin@contoso.com").synced(),
                new String[] { GraphJson.GLOBAL_ADMIN }, true, null))
                .containsExactly(Reason.WRITEBACK_NOT_ENABLED);
    }

    @Test
    void blocksAdministratorWithOneMethod() {
        String upn = "oneadmin@contoso.com";
        stubUser(UserJson.ready(USER_ID, upn), new String[] { GraphJson.GLOBAL_ADMIN },
                GraphJson.registrationRow(USER_ID, upn, true, true, "mobilePhone"),
                GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.MOBILE_METHOD));

        assertThat(preflight.check(upn).reasons()).containsExactly(Reason.ADMIN_NEEDS_TWO_METHODS);
    }

    @Test
    void blocksAdministratorWhenTheTenantSwitchedSsprOffForAdmins() {
        graph.stubTenant(false, null, false);
        assertThat(reasonsFor(UserJson.ready(USER_ID, "admin@contoso.com"), new String[] { GraphJson.GLOBAL_ADMIN },
                true, null)).containsExactly(Reason.ADMIN_SSPR_DISABLED);
    }

    @Test
    void blocksUserOutsideTheSsprPolicy() {
        String upn = "notenabled@contoso.com";
        stubUser(UserJson.ready(USER_ID, upn), new String[0],
                GraphJson.registrationRow(USER_ID, upn, false, true, "mobilePhone", "email"), null);

        assertThat(preflight.check(upn).reasons()).containsExactly(Reason.SSPR_NOT_ENABLED);
    }

    @Test
    void countsRolesGraphWouldNotDescribeAsAMetricAndAMissingPermission() {
        String upn = "mystery.role@contoso.com";
        stubUser(UserJson.ready(USER_ID, upn), new String[0], registered(upn), null);
        graph.stubUserWithRoles(UserJson.ready(USER_ID, upn),
                GraphJson.limitedRoles("77777777-0000-4000-8000-0000000000dd"));
        long before = directory.remote().unreadableRoles();

        preflight.check(upn);

        assertThat(directory.remote().unreadableRoles()).isEqualTo(before + 1);
        assertThat(directory.remote().missingPermissions()).contains("RoleManagement.Read.Directory");
        String scraped = given().get(metrics).then().statusCode(200).extract().asString();
        assertThat(scraped).containsPattern("(?m)^sspr_graph_roles_unreadable_total(\\{[^}]*\\})? "
                + (double) (before + 1) + "$");
        assertThat(scraped).contains("sspr_graph_admin_signal_disagreements_total");
    }

    @Test
    void unknownUserIsNotFound() {
        String upn = "nobody@contoso.com";
        String notFound = GraphJson.error("Request_ResourceNotFound", "Resource 'nobody@contoso.com' does not exist.");
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/users/" + upn))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(notFound)));
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/users/" + upn + "/transitiveMemberOf/microsoft.graph.directoryRole"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(notFound)));

        Optional<String> latestFailureBefore = directory.remote().lastFailure();
        Logger logger = Logger.getLogger(BatchLookup.class.getName());
        Level levelBefore = logger.getLevel();
        logger.setLevel(Level.FINE);
        try (CapturedLog lookupLog = CapturedLog.of(BatchLookup.class.getName());
                CapturedLog healthLog = CapturedLog.of(GraphHealth.class.getName())) {
            assertThat(directory.lookup(upn, Instant.now().plusSeconds(2))).isInstanceOf(DirectoryAnswer.NotFound.class);

            // An everyday answer: one line at DEBUG, without the username, and no failure anywhere.
            assertThat(lookupLog.messages(Level.FINE)).singleElement().asString().contains("No such user")
                    .doesNotContain(upn);
            assertThat(healthLog.messages(Level.INFO)).isEmpty();
        } finally {
            logger.setLevel(levelBefore);
        }
        assertThat(directory.remote().lastFailure()).isEqualTo(latestFailureBefore);
        assertThat(preflight.check(upn).outcome()).isEqualTo(Outcome.UNKNOWN_USER);
    }

    @Test
    void forbiddenNamesTheMissingApplicationPermission() {
        String upn = "forbidden@contoso.com";
        String denied = GraphJson.error("Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        stubUser(UserJson.ready(USER_ID, upn), new String[0], registered(upn), null);
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/users/" + upn)).atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody(denied)));

        var answer = directory.lookup(upn, Instant.now().plusSeconds(2));

        assertThat(answer).isInstanceOfSatisfying(DirectoryAnswer.Unavailable.class,
                u -> assertThat(u.cause()).contains("403").contains("User.Read.All"));
        assertThat(directory.remote().missingPermissions()).contains("User.Read.All");
        assertThat(preflight.check(upn).outcome()).isEqualTo(Outcome.CHECKS_UNAVAILABLE);
    }

    @Test
    void serviceUnavailableIsNotRetriedPastTheBudget() {
        graph.server.stubFor(post(urlEqualTo("/v1.0/$batch")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("serviceNotAvailable", "Service unavailable"))));
        long start = System.nanoTime();

        var answer = directory.lookup("any@contoso.com", Instant.now().plusSeconds(2));

        assertThat(answer).isInstanceOfSatisfying(DirectoryAnswer.Unavailable.class,
                u -> assertThat(u.cause()).contains("503"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        // The SDK's own retry handler would have sent it four times.
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch")));
    }

    @Test
    void innerThrottlingIsRetriedAfterAFractionalRetryAfter() {
        String upn = "throttled@contoso.com";
        stubUser(UserJson.ready(USER_ID, upn), new String[0], registered(upn), null);
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/users/" + upn)).atPriority(1)
                .inScenario("throttle").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0.35")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"innerError\":{\"code\":\"429\","
                                + "\"date\":\"2025-02-13T10:17:06\",\"message\":\"Please retry after\","
                                + "\"request-id\":\"r\",\"status\":\"429\"},\"message\":\"Please retry again later.\"}}")));
        long start = System.nanoTime();

        var answer = directory.lookup(upn, Instant.now().plusSeconds(2));

        assertThat(answer).isInstanceOf(DirectoryAnswer.Found.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(350));
        graph.server.verify(2, postRequestedFor(urlEqualTo("/v1.0/$batch")));
        graph.server.verify(2, getRequestedFor(urlPathEqualTo("/v1.0/users/" + upn)));
    }

    @Test
    void throttlingLongerThanTheBudgetGivesUpAtOnce() {
        String upn = "longthrottle@contoso.com";
        stubUser(UserJson.ready(USER_ID, upn), new String[0], registered(upn), null);
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/users/" + upn)).atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                        .withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("TooManyRequests", "Please retry again later."))));
        long start = System.nanoTime();

        var answer = directory.lookup(upn, Instant.now().plusSeconds(2));

        assertThat(answer).isInstanceOfSatisfying(DirectoryAnswer.Unavailable.class,
                u -> assertThat(u.cause()).contains("429"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aHangingGraphIsCutOffAtTheDeadline() {
        graph.server.stubFor(post(urlEqualTo("/v1.0/$batch")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(10_000)));
        long start = System.nanoTime();

        var answer = directory.lookup("slow@contoso.com", Instant.now().plusMillis(800));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(answer).isInstanceOfSatisfying(DirectoryAnswer.Unavailable.class,
                u -> assertThat(u.cause()).contains("no answer within"));
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(700)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void aHangingGraphRedirectsTheUserWithinTheCheckBudget() {
        graph.server.stubFor(post(urlEqualTo("/v1.0/$batch")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(10_000)));

        Verdict verdict = preflight.check("slow@contoso.com");

        assertThat(verdict.outcome()).isEqualTo(Outcome.CHECKS_UNAVAILABLE);
        assertThat(verdict.duration()).isLessThan(Duration.ofMillis(3500));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Verdict verdictFor(UserJson user, String[] roles) {
        stubUser(user, roles, registered(user.upn()), null);
        return preflight.check(user.upn());
    }

    private List<Reason> reasonsFor(UserJson user, String[] roles, boolean registeredForSspr, String methods) {
        stubUser(user, roles, registeredForSspr ? registered(user.upn()) : null, methods);
        return preflight.check(user.upn()).reasons();
    }

    private static String registered(String upn) {
        return GraphJson.registrationRow(USER_ID, upn, true, true, "mobilePhone", "email");
    }

    private void stubUser(UserJson user, String[] roles, String reportRow, String methods) {
        graph.stubUser(user, roles);
        graph.stubReportRow(user.upn(), reportRow);
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/reports/authenticationMethods/userRegistrationDetails"))
                .withQueryParam("$filter", absent()).willReturn(okJson(GraphJson.registrationPage(List.of(), null))));
        if (methods != null) {
            graph.server.stubFor(get(urlEqualTo("/v1.0/users/" + user.id() + "/authentication/methods"))
                    .willReturn(okJson(methods)));
        }
    }
}
