package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.RegistrationActivity;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.directory.SsprLockoutLookup;
import dev.ssprpreflight.directory.graph.FakeGraphResource.InjectFakeGraph;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;

/**
 * When the registration mirror already says, before the lookup, that the checks will want a live look at
 * a user's methods, that look travels in the lookup's own {@code $batch}: one Graph round trip per check.
 */
@QuarkusTest
@TestProfile(GraphProfile.class)
class GraphLiveLookInBatchTest {

    static final String REPORT = "/v1.0/reports/authenticationMethods/userRegistrationDetails";
    static final String ANY_METHODS = "/v1.0/users/.*/authentication/methods";

    static final UserJson JUST_REGISTERED = UserJson.ready("cccccccc-0000-4000-8000-000000000001",
            "just.registered@contoso.com");
    static final UserJson UNREGISTERED = UserJson.ready("cccccccc-0000-4000-8000-000000000002",
            "never.registered@contoso.com");
    static final UserJson ONE_METHOD_ADMIN = UserJson.ready("cccccccc-0000-4000-8000-000000000003",
            "one.method.admin@contoso.com");
    static final UserJson REGISTERED = UserJson.ready("cccccccc-0000-4000-8000-000000000004",
            "registered@contoso.com");
    /** An administrator whose report lists a mobile phone and an alternate mobile phone: one usable method. */
    static final UserJson PHONES_ONLY_ADMIN = UserJson.ready("cccccccc-0000-4000-8000-000000000005",
            "phones.only.admin@contoso.com");
    /** Registered, as the report says, with one method: enough where one is required, not where two are. */
    static final UserJson ONE_METHOD_USER = UserJson.ready("cccccccc-0000-4000-8000-000000000006",
            "one.method@contoso.com");

    static final String AUTHENTICATOR_METHOD = "{\"@odata.type\":\"#microsoft.graph.microsoftAuthenticatorAuthenticationMethod\","
            + "\"id\":\"6e9fa1b8-0000-4000-8000-0000000000aa\",\"displayName\":\"iPhone 15\","
            + "\"deviceTag\":\"SoftwareTokenActivated\",\"phoneAppVersion\":\"6.2401.0119\","
            + "\"createdDateTime\":\"2024-01-01T00:00:00Z\"}";
    static final String ALTERNATE_MOBILE_METHOD = "{\"@odata.type\":\"#microsoft.graph.phoneAuthenticationMethod\","
            + "\"id\":\"b6332ec1-7057-4abe-9331-3d72feddfe41\",\"phoneNumber\":\"+1 4255550199\","
            + "\"phoneType\":\"alternateMobile\",\"smsSignInState\":\"notSupported\"}";

    @InjectFakeGraph
    FakeGraph graph;

    @Inject
    PreflightService preflight;

    @Inject
    @Identifier("graph")
    GraphDirectory directory;

    @BeforeEach
    void mirrorTheReport() {
        graph.reset();
        graph.stubTenant(false, null, true);
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).withQueryParam("$filter", absent())
                .willReturn(okJson(GraphJson.registrationPage(List.of(
                        GraphJson.registrationRow(JUST_REGISTERED.id(), JUST_REGISTERED.upn(), true, false),
                        GraphJson.registrationRow(UNREGISTERED.id(), UNREGISTERED.upn(), true, false),
                        GraphJson.registrationRow(ONE_METHOD_ADMIN.id(), ONE_METHOD_ADMIN.upn(), true, true, true,
                                "mobilePhone"),
                        GraphJson.registrationRow(REGISTERED.id(), REGISTERED.upn(), true, true, "mobilePhone", "email"),
                        GraphJson.registrationRow(PHONES_ONLY_ADMIN.id(), PHONES_ONLY_ADMIN.upn(), true, true, true,
                                "mobilePhone", "alternateMobilePhone"),
                        GraphJson.registrationRow(ONE_METHOD_USER.id(), ONE_METHOD_USER.upn(), true, true, "mobilePhone")),
                        null))));
        assertThat(directory.refreshRegistrationMirror().complete()).isTrue();
        graph.server.resetRequests();
    }

    @Test
    void someoneWhoRegisteredAnHourAgoIsReadyAfterOneRoundTrip() {
        graph.stubUser(JUST_REGISTERED);
        stubMethods(JUST_REGISTERED, GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.MOBILE_METHOD));

        Verdict verdict = preflight.check(JUST_REGISTERED.upn());

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertOneRoundTripThatReadTheMethodsInside(JUST_REGISTERED);
    }

    @Test
    void unregisteredUserIsBlockedAfterOneRoundTrip() {
        graph.stubUser(UNREGISTERED);
        stubMethods(UNREGISTERED, GraphJson.methods(GraphJson.PASSWORD_METHOD));

        Verdict verdict = preflight.check(UNREGISTERED.upn());

        assertThat(verdict.reasons()).containsExactly(Reason.METHODS_NOT_REGISTERED);
        assertOneRoundTripThatReadTheMethodsInside(UNREGISTERED);
    }

    @Test
    void administratorWithOneMethodIsBlockedAfterOneRoundTrip() {
        graph.stubUser(ONE_METHOD_ADMIN, GraphJson.GLOBAL_ADMIN);
        stubMethods(ONE_METHOD_ADMIN, GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.MOBILE_METHOD));

        Verdict verdict = preflight.check(ONE_METHOD_ADMIN.upn());

        assertThat(verdict.reasons()).containsExactly(Reason.ADMIN_NEEDS_TWO_METHODS);
        assertOneRoundTripThatReadTheMethodsInside(ONE_METHOD_ADMIN);
    }

    @Test
    void anAdministratorWithMobileAndAlternateMobileGetsTheLookInTheBatchAndIsBlocked() {
        graph.stubUser(PHONES_ONLY_ADMIN, GraphJson.GLOBAL_ADMIN);
        stubMethods(PHONES_ONLY_ADMIN, GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.MOBILE_METHOD,
                ALTERNATE_MOBILE_METHOD));

        Verdict verdict = preflight.check(PHONES_ONLY_ADMIN.upn());

        assertThat(verdict.blocks()).containsExactly(Reason.ADMIN_NEEDS_TWO_METHODS);
        assertOneRoundTripThatReadTheMethodsInside(PHONES_ONLY_ADMIN);
    }

    @Test
    void aPolicyRequiringTwoMethodsPutsTheLookOfAOneMethodUserIntoTheBatch() {
        graph.stubUser(ONE_METHOD_USER);
        stubMethods(ONE_METHOD_USER, GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.MOBILE_METHOD));
        ReportsBudget budget = ReportsBudget.local(5, Duration.ofSeconds(10), Duration.ZERO, 0);
        var twoMethods = new SsprPolicy(2, SsprPolicy.everyResetMethod(), Optional.empty(), Set.of());

        var underDefaults = (DirectoryAnswer.Found) lookupWith(budget, SsprPolicy.defaults())
                .lookup(ONE_METHOD_USER.upn(), Instant.now().plusSeconds(3));
        var underTwo = (DirectoryAnswer.Found) lookupWith(budget, twoMethods)
                .lookup(ONE_METHOD_USER.upn(), Instant.now().plusSeconds(3));

        assertThat(underDefaults.user().registration().liveMethods()).as("one method is enough: no look").isEmpty();
        assertThat(underTwo.user().registration().liveMethods())
                .contains(Set.of(AuthMethod.NOT_FOR_RESET, AuthMethod.MOBILE_PHONE));
        graph.server.verify(1, getRequestedFor(urlEqualTo(methodsPath(ONE_METHOD_USER)))
                .withHeader(BatchExecutingTransformer.INNER_HEADER, matching(".+")));
    }

    @Test
    void theAuthenticatorAppCountsAsNotificationAndCode() {
        graph.stubUser(JUST_REGISTERED);
        stubMethods(JUST_REGISTERED, GraphJson.methods(GraphJson.PASSWORD_METHOD, AUTHENTICATOR_METHOD));

        var answer = (DirectoryAnswer.Found) directory.lookup(JUST_REGISTERED.upn(), Instant.now().plusSeconds(3));

        assertThat(answer.user().registration().liveMethods()).contains(
                Set.of(AuthMethod.NOT_FOR_RESET, AuthMethod.AUTHENTICATOR_NOTIFICATION, AuthMethod.SOFTWARE_CODE));
    }

    @Test
    void registeredUserSpendsNoReportsRequest() {
        graph.stubUser(REGISTERED);

        Verdict verdict = preflight.check(REGISTERED.upn());

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch")));
        graph.server.verify(0, getRequestedFor(urlMatching(ANY_METHODS)));
        graph.server.verify(0, getRequestedFor(urlPathEqualTo(REPORT)));
    }

    @Test
    void withoutReportsBudgetTheBatchCarriesNoLiveLook() {
        graph.stubUser(UNREGISTERED);
        stubMethods(UNREGISTERED, GraphJson.methods(GraphJson.PASSWORD_METHOD));
        ReportsBudget spent = ReportsBudget.local(1, Duration.ofMinutes(1), Duration.ZERO, 0);
        assertThat(spent.tryAcquire(ReportsConsumer.LIVE_LOOK)).isTrue();

        var answer = (DirectoryAnswer.Found) lookupWith(spent).lookup(UNREGISTERED.upn(), Instant.now().plusSeconds(3));

        // Without the live look the core stays silent about registration (it cannot be sure).
        assertThat(answer.user().registration().liveMethods()).isEmpty();
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch")));
        graph.server.verify(0, getRequestedFor(urlMatching(ANY_METHODS)));
    }

    @Test
    void throttledLiveLookInsideTheBatchIsNotRetriedAndPausesTheBudget() {
        graph.stubUser(UNREGISTERED);
        graph.server.stubFor(get(urlEqualTo(methodsPath(UNREGISTERED))).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "5").withHeader("Content-Type", "application/json")
                .withBody(GraphJson.error("TooManyRequests", "Please retry again later."))));
        ReportsBudget budget = ReportsBudget.local(5, Duration.ofSeconds(10), Duration.ZERO, 0);
        long start = System.nanoTime();

        var answer = (DirectoryAnswer.Found) lookupWith(budget).lookup(UNREGISTERED.upn(), Instant.now().plusSeconds(3));

        assertThat(answer.user().registration().liveMethods()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch")));
        assertThat(budget.throttledSeen()).isEqualTo(1);
        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).as("paused for the Retry-After").isFalse();
    }

    @Test
    void liveMethodsReadInTheBatchAreMapped() {
        graph.stubUser(JUST_REGISTERED);
        stubMethods(JUST_REGISTERED, GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.EMAIL_METHOD));

        var answer = (DirectoryAnswer.Found) directory.lookup(JUST_REGISTERED.upn(), Instant.now().plusSeconds(3));

        assertThat(answer.user().registration().liveMethods())
                .contains(Set.of(AuthMethod.NOT_FOR_RESET, AuthMethod.EMAIL));
        assertThat(answer.user().registration().report()).get().matches(r -> !r.ssprRegistered());
    }

    @Test
    void noSecondLiveLookForAUserWhoseLookTheBatchAlreadyTried() {
        graph.stubUser(UNREGISTERED);
        // The look inside the batch fails; the checks then ask for it again, and the adapter declines.
        graph.server.stubFor(get(urlEqualTo(methodsPath(UNREGISTERED))).willReturn(aResponse().withStatus(503)));
        graph.server.stubFor(get(urlEqualTo("/v1.0/users/" + UNREGISTERED.id() + "/authentication/methods"))
                .willReturn(okJson(GraphJson.methods(GraphJson.PASSWORD_METHOD))));

        Verdict verdict = preflight.check(UNREGISTERED.upn());

        assertThat(verdict.outcome()).as("no confirmed look: silent").isEqualTo(Outcome.READY);
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch")));
        graph.server.verify(0, getRequestedFor(urlMatching(ANY_METHODS))
                .withHeader(BatchExecutingTransformer.INNER_HEADER, absent()));
    }

    @Test
    void aLiveLookTheMirrorCouldNotForeseeIsStillMadeOnItsOwn() {
        graph.server.stubFor(get(urlEqualTo("/v1.0/users/" + REGISTERED.id() + "/authentication/methods"))
                .willReturn(okJson(GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.MOBILE_METHOD))));

        var answer = directory.liveMethods(REGISTERED.id(), Instant.now().plusSeconds(3));

        assertThat(answer.methods()).contains(Set.of(AuthMethod.NOT_FOR_RESET, AuthMethod.MOBILE_PHONE));
        graph.server.verify(1, getRequestedFor(urlEqualTo("/v1.0/users/" + REGISTERED.id() + "/authentication/methods")));
    }

    @Test
    void theAuditLogConfirmsAnUnregisteredUserWithoutALiveLook() {
        graph.stubUser(UNREGISTERED);
        stubMethods(UNREGISTERED, GraphJson.methods(GraphJson.PASSWORD_METHOD));
        ReportsBudget budget = ReportsBudget.local(5, Duration.ofSeconds(10), Duration.ZERO, 0);

        var answer = (DirectoryAnswer.Found) lookupWith(budget, new LiveLookCache(Duration.ZERO),
                (id, upn, rowTime) -> RegistrationActivity.NONE_SINCE_REPORT)
                .lookup(UNREGISTERED.upn(), Instant.now().plusSeconds(3));

        assertThat(answer.user().registration().activity()).isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
        assertThat(answer.user().registration().confirmedMethods()).contains(Set.of());
        graph.server.verify(0, getRequestedFor(urlMatching(ANY_METHODS)));
        assertThat(budget.shares().granted()).containsEntry("live-look", 0L);
    }

    @Test
    void aUserWhoTriesAgainAfterTheFeedsWordGetsALiveLook() {
        graph.stubUser(JUST_REGISTERED);
        stubMethods(JUST_REGISTERED, GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.MOBILE_METHOD));
        // The audit log does not show the registration yet (its latency): the feed vouches for the old row.
        BatchLookup lookup = lookupWith(ReportsBudget.local(5, Duration.ofSeconds(10), Duration.ZERO, 0),
                new LiveLookCache(Duration.ZERO), (id, upn, rowTime) -> RegistrationActivity.NONE_SINCE_REPORT);

        var first = (DirectoryAnswer.Found) lookup.lookup(JUST_REGISTERED.upn(), Instant.now().plusSeconds(3));
        var retry = (DirectoryAnswer.Found) lookup.lookup(JUST_REGISTERED.upn(), Instant.now().plusSeconds(3));

        assertThat(first.user().registration().liveMethods()).as("the feed's word, no look").isEmpty();
        assertThat(retry.user().registration().liveMethods()).as("the retry looks")
                .contains(Set.of(AuthMethod.NOT_FOR_RESET, AuthMethod.MOBILE_PHONE));
        assertThat(retry.user().registration().confirmedMethods()).contains(Set.of(AuthMethod.NOT_FOR_RESET,
                AuthMethod.MOBILE_PHONE));
    }

    @Test
    void aRegistrationSinceTheReportSparesTheLiveLook() {
        graph.stubUser(JUST_REGISTERED);
        stubMethods(JUST_REGISTERED, GraphJson.methods(GraphJson.PASSWORD_METHOD, GraphJson.MOBILE_METHOD));
        var asked = new ArrayList<String>();

        var answer = (DirectoryAnswer.Found) lookupWith(ReportsBudget.local(5, Duration.ofSeconds(10), Duration.ZERO, 0),
                new LiveLookCache(Duration.ZERO), (id, upn, rowTime) -> {
                    asked.add(id.orElse("-") + " " + upn);
                    return RegistrationActivity.SINCE_REPORT;
                }).lookup(JUST_REGISTERED.upn(), Instant.now().plusSeconds(3));

        assertThat(answer.user().registration().activity()).isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(answer.user().registration().worthALiveLook()).isFalse();
        graph.server.verify(0, getRequestedFor(urlMatching(ANY_METHODS)));
        assertThat(asked).as("asked by UPN before the batch, by object id after it")
                .containsExactly("- " + JUST_REGISTERED.upn(), JUST_REGISTERED.id() + " " + JUST_REGISTERED.upn());
    }

    @Test
    void aUserWhoTriesAgainAtOnceReusesTheLiveLook() {
        graph.stubUser(UNREGISTERED);
        stubMethods(UNREGISTERED, GraphJson.methods(GraphJson.PASSWORD_METHOD));
        ReportsBudget budget = ReportsBudget.local(5, Duration.ofSeconds(10), Duration.ZERO, 0);
        BatchLookup lookup = lookupWith(budget, new LiveLookCache(Duration.ofMinutes(1)), RegistrationActivityLookup.NONE);

        var first = (DirectoryAnswer.Found) lookup.lookup(UNREGISTERED.upn(), Instant.now().plusSeconds(3));
        var again = (DirectoryAnswer.Found) lookup.lookup(UNREGISTERED.upn(), Instant.now().plusSeconds(3));

        assertThat(first.user().registration().liveMethods()).contains(Set.of(AuthMethod.NOT_FOR_RESET));
        assertThat(again.user().registration().liveMethods()).contains(Set.of(AuthMethod.NOT_FOR_RESET));
        graph.server.verify(1, getRequestedFor(urlEqualTo(methodsPath(UNREGISTERED))));
        assertThat(budget.shares().granted()).containsEntry("live-look", 1L);
    }

    private void stubMethods(UserJson user, String methods) {
        graph.server.stubFor(get(urlEqualTo(methodsPath(user))).willReturn(okJson(methods)));
    }

    /** The live look is addressed like the user (by UPN), as the object id is not known before the batch. */
    private static String methodsPath(UserJson user) {
        return "/v1.0" + UserAddress.userPath(user.upn()) + "/authentication/methods";
    }

    private void assertOneRoundTripThatReadTheMethodsInside(UserJson user) {
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch")));
        graph.server.verify(1, getRequestedFor(urlEqualTo(methodsPath(user)))
                .withHeader(BatchExecutingTransformer.INNER_HEADER, matching(".+")));
        graph.server.verify(0, getRequestedFor(urlMatching(ANY_METHODS))
                .withHeader(BatchExecutingTransformer.INNER_HEADER, absent()));
    }

    /** A lookup over the app's Graph client with a reports budget of the test's own, its mirror read through it. */
    private BatchLookup lookupWith(ReportsBudget budget) {
        return lookupWith(budget, SsprPolicy.defaults());
    }

    /** ... with a live-look cache and a registration feed of the test's own. */
    private BatchLookup lookupWith(ReportsBudget budget, LiveLookCache liveLooks, RegistrationActivityLookup activity) {
        return lookupWith(budget, SsprPolicy.defaults(), liveLooks, activity);
    }

    /** ... and a declared policy of the test's own. */
    private BatchLookup lookupWith(ReportsBudget budget, SsprPolicy policy) {
        return lookupWith(budget, policy, new LiveLookCache(Duration.ZERO), RegistrationActivityLookup.NONE);
    }

    private BatchLookup lookupWith(ReportsBudget budget, SsprPolicy policy, LiveLookCache liveLooks,
            RegistrationActivityLookup activity) {
        var mirror = new RegistrationMirror(directory.client(), ReportsBudget.local(5, Duration.ofSeconds(1),
                Duration.ZERO, 0), Clock.systemUTC());
        assertThat(mirror.refresh().complete()).isTrue();
        graph.server.resetRequests();
        var tenant = new TenantFactsCache(Clock.systemUTC(), Duration.ZERO, false, Optional.of(false), policy);
        return new BatchLookup(directory.client(), new TenantReads(directory.client(), tenant), mirror, budget,
                new GraphHealth(), new RecentUsers(Duration.ofSeconds(6)), liveLooks, activity,
                new RecentUsers(Duration.ofMinutes(10)), SsprLockoutLookup.NOT_READ);
    }
}
