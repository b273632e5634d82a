package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.RegistrationActivity;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.directory.MemorySsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditStore;
import dev.ssprpreflight.directory.graph.GraphJson.AuditJson;
import dev.ssprpreflight.testsupport.MovableClock;

/**
 * The registration feed through the real Graph SDK against {@link FakeGraph}, which serves the audit log in the
 * documented shape: what it asks for, how it pages, overlaps and de-duplicates, what it decides for a user, and how it
 * behaves when Graph throttles or forbids. The feed's clock is the test's; only the reports budget runs on real time.
 */
class RegistrationFeedTest {

    static final String AUDITS = "/v1.0/auditLogs/directoryAudits";
    static final String AUTH_METHODS = "Authentication Methods";
    static final String SSPR = "Self-service Password Management";
    static final Instant T0 = Instant.parse("2030-01-01T08:00:00Z");
    static final String ANNA_ID = "a0a0a0a0-0000-4000-8000-00000000000a";
    static final String ANNA = "anna@contoso.com";
    static final String BERT_ID = "b0b0b0b0-0000-4000-8000-00000000000b";
    static final String BERT = "bert@contoso.com";
    static final String ADMIN_ID = "ad000000-0000-4000-8000-0000000000ad";
    static final String ADMIN = "helpdesk@contoso.com";

    static FakeGraph graph;
    static GraphDirectory directory;

    final MovableClock clock = new MovableClock(T0);
    ReportsBudget budget;
    GraphHealth health;
    MemoryRegistrationEventStore store;
    MemorySsprAuditStore sspr;
    RegistrationFeed feed;

    /** The feed's settings; Microsoft-like defaults unless a test says otherwise. */
    record Settings(boolean enabled, Duration pollEvery, Duration lookBack, Duration freshFor, Duration reportMargin)
            implements
                GraphConfig.RegistrationFeed {

        static Settings defaults() {
            return new Settings(true, Duration.ofSeconds(5), Duration.ofDays(1), Duration.ofMinutes(1),
                    Duration.ofHours(1));
        }
    }

    @BeforeAll
    static void startFakeGraph() {
        graph = new FakeGraph();
        directory = new GraphDirectory(FakeGraphSettings.config(graph), FakeGraphSettings.tenant(),
                FakeGraphSettings.policy(), Duration.ofSeconds(3), null, null, null, null);
    }

    @AfterAll
    static void stopFakeGraph() {
        directory.stop();
        graph.stop();
    }

    @BeforeEach
    void freshFeed() {
        graph.reset();
        budget = ReportsBudget.local(50, Duration.ofSeconds(10), Duration.ZERO, 2);
        budget.mirrorCompleted();
        health = new GraphHealth();
        store = new MemoryRegistrationEventStore();
        sspr = new MemorySsprAuditStore();
        feed = feed(Settings.defaults(), store, "replica-a");
    }

    private RegistrationFeed feed(Settings settings, dev.ssprpreflight.directory.RegistrationEventStore events,
            String holder) {
        return new RegistrationFeed(directory.client(), budget, clock, settings, health, events, holder, sspr,
                Duration.ofDays(30));
    }

    private static String filter(String service, Instant from) {
        return "activityDateTime ge " + from + " and loggedByService eq '" + service + "'";
    }

    private static AuditJson registered(String id, Instant at, String userId, String upn) {
        return AuditJson.userRegistered(id, at, userId, upn);
    }

    /** The first read of both services at {@link #T0}: the Authentication Methods log holds these events. */
    private void catchUp(AuditJson... authMethodsEvents) {
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am",
                List.of(List.of(authMethodsEvents)));
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(Duration.ofDays(1))), "sspr", List.of(List.of()));
        assertThat(feed.poll().service()).contains(AUTH_METHODS);
        assertThat(feed.poll().service()).contains(SSPR);
    }

    private static long auditRequests() {
        return graph.server.countRequestsMatching(getRequestedFor(urlPathEqualTo(AUDITS)).build()).getCount();
    }

    @Test
    void firstPollsReadTheLookBackOneServiceEachAndOnlyThenVouch() {
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am",
                List.of(List.of(registered("e1", T0.minus(Duration.ofHours(2)), ANNA_ID, ANNA))));
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(Duration.ofDays(1))), "sspr", List.of(List.of()));

        RegistrationFeed.Poll first = feed.poll();

        assertThat(first.complete()).isTrue();
        assertThat(first.service()).contains(AUTH_METHODS);
        assertThat(first.pages()).isEqualTo(1);
        assertThat(first.registrationEvents()).isEqualTo(1);
        // One service read: a registration is known, but no absence is vouched for yet.
        assertThat(feed.activitySince(ANNA_ID, ANNA, T0.minus(Duration.ofHours(3))))
                .isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(feed.activitySince(BERT_ID, BERT, T0.minus(Duration.ofHours(3)))).isEqualTo(RegistrationActivity.UNKNOWN);
        assertThat(feed.status().coveredFrom()).isEmpty();
        assertThat(feed.status().fresh()).as("one service is not read yet").isFalse();

        RegistrationFeed.Poll second = feed.poll();

        assertThat(second.complete()).isTrue();
        assertThat(second.service()).contains(SSPR);
        DirectoryStatus.Feed status = feed.status();
        assertThat(status.enabled()).isTrue();
        assertThat(status.fresh()).isTrue();
        assertThat(status.coveredFrom()).contains(T0.minus(Duration.ofDays(1)));
        assertThat(status.lastCompleteReadAt()).contains(T0);
        assertThat(status.events()).isEqualTo(1);
        assertThat(status.lastFailure()).isEmpty();
        assertThat(feed.activitySince(BERT_ID, BERT, T0.minus(Duration.ofHours(3))))
                .isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(AUDITS)).withQueryParam("$filter",
                equalTo("activityDateTime ge 2029-12-31T08:00:00Z and loggedByService eq 'Authentication Methods'")));
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(AUDITS)).withQueryParam("$filter",
                equalTo("activityDateTime ge 2029-12-31T08:00:00Z and loggedByService eq 'Self-service Password Management'")));
    }

    @Test
    void followsNextLinksAndTakesAFeedSlotForEachPage() {
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am", List.of(
                List.of(registered("e1", T0.minus(Duration.ofHours(5)), ANNA_ID, ANNA)),
                List.of(),
                List.of(registered("e2", T0.minus(Duration.ofHours(4)), BERT_ID, BERT))));

        RegistrationFeed.Poll poll = feed.poll();

        assertThat(poll.complete()).isTrue();
        assertThat(poll.pages()).isEqualTo(3);
        assertThat(poll.registrationEvents()).isEqualTo(2);
        assertThat(auditRequests()).isEqualTo(3);
        assertThat(budget.shares().granted()).containsEntry("registration-feed", 3L);
        assertThat(feed.activitySince(BERT_ID, BERT, T0.minus(Duration.ofHours(4))))
                .isEqualTo(RegistrationActivity.SINCE_REPORT);
    }

    @Test
    void theNextReadOfAServiceOverlapsByTheAuditLogsLatencyAndKeepsEachEventOnce() {
        catchUp(registered("e1", T0.minus(Duration.ofHours(2)), ANNA_ID, ANNA));
        assertThat(store.eventCount()).isEqualTo(1);
        clock.set(T0.plusSeconds(5));
        // e1 again (within the overlap), and e2, which reached the log late.
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(RegistrationFeed.LATE_ARRIVAL)), "am-next", List.of(List.of(
                registered("e1", T0.minus(Duration.ofHours(2)), ANNA_ID, ANNA),
                registered("e2", T0.minus(Duration.ofMinutes(1)), BERT_ID, BERT))));

        RegistrationFeed.Poll poll = feed.poll();

        assertThat(poll.complete()).isTrue();
        assertThat(poll.service()).contains(AUTH_METHODS);
        assertThat(poll.registrationEvents()).isEqualTo(2);
        assertThat(store.eventCount()).as("e1 kept once").isEqualTo(2);
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(AUDITS)).withQueryParam("$filter",
                equalTo("activityDateTime ge 2030-01-01T07:55:00Z and loggedByService eq 'Authentication Methods'")));
        DirectoryStatus.Feed status = feed.status();
        assertThat(status.coveredFrom()).as("the coverage goes on").contains(T0.minus(Duration.ofDays(1)));
        assertThat(status.lastCompleteReadAt()).as("the other service was read at T0").contains(T0);
        assertThat(feed.activitySince(BERT_ID, BERT, T0.minus(Duration.ofHours(3))))
                .isEqualTo(RegistrationActivity.SINCE_REPORT);

        clock.set(T0.plusSeconds(10));
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(RegistrationFeed.LATE_ARRIVAL)), "sspr-next", List.of(List.of()));
        assertThat(feed.poll().service()).contains(SSPR);
        assertThat(feed.status().lastCompleteReadAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void noRegistrationSinceTheRowLessTheMarginConfirmsTheRowAndAnEventAtTheBoundaryOutdatesIt() {
        Instant event = T0.minus(Duration.ofHours(2));
        catchUp(registered("e1", event, ANNA_ID, ANNA));

        // Row at T0-1h: events from T0-2h on count (margin 1 h), the event at T0-2h among them.
        assertThat(feed.activitySince(ANNA_ID, ANNA, T0.minus(Duration.ofHours(1))))
                .isEqualTo(RegistrationActivity.SINCE_REPORT);
        // One second later, the event is before the margin: it was in the row already.
        assertThat(feed.activitySince(ANNA_ID, ANNA, T0.minus(Duration.ofHours(1)).plusSeconds(1)))
                .isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
        assertThat(feed.activitySince(BERT_ID, BERT, T0.minus(Duration.ofHours(3))))
                .isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
    }

    @Test
    void aUserIsFoundByObjectIdOrByUserPrincipalNameInAnyCase() {
        catchUp(registered("e1", T0.minus(Duration.ofHours(2)), ANNA_ID.toUpperCase(), "Anna@Contoso.COM"));
        Instant row = T0.minus(Duration.ofHours(3));

        assertThat(feed.activitySince(ANNA_ID, "renamed@contoso.com", row)).isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(feed.activitySince("c0c0c0c0-0000-4000-8000-00000000000c", "ANNA@contoso.com", row))
                .isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(feed.activitySince(null, ANNA, row)).isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(feed.asLookup().activitySince(Optional.empty(), "Anna@contoso.com", row))
                .isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(feed.asLookup().activitySince(Optional.of(BERT_ID), BERT, row))
                .isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
    }

    @Test
    void aFeedNotReadWithinFreshForKnowsNothingButItsEventsStillCount() {
        catchUp(registered("e1", T0.minus(Duration.ofHours(2)), ANNA_ID, ANNA));
        Instant row = T0.minus(Duration.ofHours(3));

        clock.set(T0.plus(Duration.ofMinutes(1)).minusMillis(1));
        assertThat(feed.activitySince(BERT_ID, BERT, row)).isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);

        assertThat(feed.status().fresh()).isTrue();

        clock.set(T0.plus(Duration.ofMinutes(1)));
        assertThat(feed.activitySince(BERT_ID, BERT, row)).isEqualTo(RegistrationActivity.UNKNOWN);
        assertThat(feed.status().fresh()).isFalse();
        assertThat(feed.activitySince(ANNA_ID, ANNA, row)).isEqualTo(RegistrationActivity.SINCE_REPORT);
    }

    @Test
    void aRowOlderThanTheCoverageLessTheMarginIsNotJudged() {
        catchUp();

        // Covered from T0-1d: a row from T0-23h needs events from T0-24h on, which the feed holds.
        assertThat(feed.activitySince(BERT_ID, BERT, T0.minus(Duration.ofHours(23))))
                .isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
        assertThat(feed.activitySince(BERT_ID, BERT, T0.minus(Duration.ofHours(23)).minusSeconds(1)))
                .isEqualTo(RegistrationActivity.UNKNOWN);
    }

    @Test
    void onlySuccessfulRegistrationActivitiesOfTheServiceReadCount() {
        String carlId = "c0c0c0c0-0000-4000-8000-00000000000c";
        String doraId = "d0d0d0d0-0000-4000-8000-00000000000d";
        Instant at = T0.minus(Duration.ofHours(2));
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am", List.of(List.of(
                registered("n1", at, ANNA_ID, ANNA).activity(AUTH_METHODS, "User started security info registration"),
                registered("n2", at, ANNA_ID, ANNA).activity(AUTH_METHODS, "User reviewed security info"),
                registered("n3", at, ANNA_ID, ANNA).activity(AUTH_METHODS, "User registered all required security info")
                        .failed("User canceled security info registration."),
                registered("n4", at, ANNA_ID, ANNA).activity(AUTH_METHODS, "user started password reset"),
                registered("n5", at, ANNA_ID, ANNA).activity(AUTH_METHODS, "User canceled security info registration"),
                registered("y1", at, carlId, "carl@contoso.com").activity(AUTH_METHODS,
                        "user registered ALL required security info"))));
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(Duration.ofDays(1))), "sspr", List.of(List.of(
                registered("n6", at, BERT_ID, BERT).activity(SSPR, "Reset password (self-service)"),
                registered("n7", at, BERT_ID, BERT).activity(SSPR, "Self-service password reset flow activity progress"),
                registered("y2", at, doraId, "dora@contoso.com").activity(SSPR,
                        "Security info saved for self-service password reset"),
                registered("y3", at, ADMIN_ID, ADMIN).activity(SSPR, "User registered for self-service password reset"))));

        feed.poll();
        feed.poll();

        Instant row = T0.minus(Duration.ofHours(3));
        assertThat(feed.activitySince(ANNA_ID, ANNA, row)).isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
        assertThat(feed.activitySince(BERT_ID, BERT, row)).isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
        assertThat(feed.activitySince(carlId, "carl@contoso.com", row)).isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(feed.activitySince(doraId, "dora@contoso.com", row)).isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(feed.activitySince(ADMIN_ID, ADMIN, row)).isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(store.eventCount()).isEqualTo(3);
    }

    @Test
    void anAdministratorsChangeCountsForTheUserNotForTheAdministrator() {
        Instant at = T0.minus(Duration.ofHours(2));
        catchUp(registered("a1", at, ANNA_ID, ANNA).activity(AUTH_METHODS, "Admin registered security info")
                .byAdmin(ADMIN_ID, ADMIN),
                registered("a2", at, BERT_ID, BERT).activity(AUTH_METHODS, "User deleted security info")
                        .target("Other", "9f2c7d18-3b4a-4e61-8c02-5a7e1f6d0b93", null));

        Instant row = T0.minus(Duration.ofHours(3));
        assertThat(feed.activitySince(ANNA_ID, ANNA, row)).isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(feed.activitySince(ADMIN_ID, ADMIN, row)).isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
        // The user's own deletion, its target a method: the initiator is the user.
        assertThat(feed.activitySince(BERT_ID, BERT, row)).isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(feed.activitySince("9f2c7d18-3b4a-4e61-8c02-5a7e1f6d0b93", null, row))
                .isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
    }

    @Test
    void aThrottledReadPausesTheBudgetAndKeepsTheCursor() {
        catchUp();
        clock.set(T0.plusSeconds(5));
        String overlapping = filter(AUTH_METHODS, T0.minus(RegistrationFeed.LATE_ARRIVAL));
        graph.server.stubFor(get(urlPathEqualTo(AUDITS)).withQueryParam("$filter", equalTo(overlapping))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("TooManyRequests", "Too many requests"))));

        RegistrationFeed.Poll throttled = feed.poll();

        assertThat(throttled.complete()).isFalse();
        assertThat(throttled.failure()).get().asString().contains("429");
        assertThat(budget.throttledSeen()).isEqualTo(1);
        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).as("the budget pauses").isFalse();
        assertThat(health.failureCounts()).containsEntry(FailureKind.THROTTLED, 1L);
        assertThat(feed.status().lastFailure()).get().asString().contains("429");
        assertThat(feed.status().lastCompleteReadAt()).as("the cursor stays").contains(T0);

        // The other service next (after the pause), then the throttled one again, from where it was.
        clock.set(T0.plusSeconds(10));
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(RegistrationFeed.LATE_ARRIVAL)), "sspr-next", List.of(List.of()));
        assertThat(feed.poll().service()).contains(SSPR);
        clock.set(T0.plusSeconds(15));
        graph.stubDirectoryAudits(overlapping, "retry", List.of(List.of(registered("e1", T0, BERT_ID, BERT))));

        RegistrationFeed.Poll retried = feed.poll();

        assertThat(retried.complete()).isTrue();
        assertThat(retried.service()).contains(AUTH_METHODS);
        graph.server.verify(2, getRequestedFor(urlPathEqualTo(AUDITS)).withQueryParam("$filter", equalTo(overlapping)));
        assertThat(feed.status().lastFailure()).isEmpty();
        assertThat(feed.activitySince(BERT_ID, BERT, T0.minus(Duration.ofHours(1))))
                .isEqualTo(RegistrationActivity.SINCE_REPORT);
    }

    @Test
    void aForbiddenReadNamesTheMissingPermissionOnTheHealthPage() {
        graph.server.stubFor(get(urlPathEqualTo(AUDITS)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        GraphJson.error("Authorization_RequestDenied", "Insufficient privileges to complete the operation."))));

        RegistrationFeed.Poll poll = feed.poll();

        assertThat(poll.complete()).isFalse();
        assertThat(health.missingPermissions()).contains("Directory.Read.All");
        assertThat(health.failureCounts()).containsEntry(FailureKind.FORBIDDEN, 1L);
        assertThat(feed.status().lastFailure()).get().asString().contains("Directory.Read.All");
        assertThat(feed.status().coveredFrom()).isEmpty();
        assertThat(feed.activitySince(BERT_ID, BERT, T0.minus(Duration.ofHours(3)))).isEqualTo(RegistrationActivity.UNKNOWN);

        // Asking again would spend a reports slot on the same refusal: the feed pauses.
        clock.set(T0.plus(RegistrationFeed.PAUSE_AFTER_REFUSAL).minusSeconds(1));
        assertThat(feed.poll().failure()).get().asString().startsWith("paused until");
        assertThat(auditRequests()).isEqualTo(1);
        assertThat(budget.shares().granted()).containsEntry("registration-feed", 1L);

        clock.set(T0.plus(RegistrationFeed.PAUSE_AFTER_REFUSAL));
        feed.poll();
        assertThat(auditRequests()).isEqualTo(2);
    }

    @Test
    void aServiceThatFailsDoesNotKeepTheOtherFromBeingRead() {
        catchUp();
        clock.set(T0.plusSeconds(5));
        graph.server.stubFor(get(urlPathEqualTo(AUDITS)).withQueryParam("$filter",
                equalTo(filter(AUTH_METHODS, T0.minus(RegistrationFeed.LATE_ARRIVAL))))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("ServiceUnavailable", "Service unavailable"))));
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(RegistrationFeed.LATE_ARRIVAL)), "sspr-next", List.of(List.of()));

        assertThat(feed.poll().service()).contains(AUTH_METHODS);
        clock.set(T0.plusSeconds(10));
        RegistrationFeed.Poll next = feed.poll();

        assertThat(next.service()).as("the other service, though the failed one is older").contains(SSPR);
        assertThat(next.complete()).isTrue();
        clock.set(T0.plusSeconds(15));
        assertThat(feed.poll().service()).as("then the failed one again").contains(AUTH_METHODS);
    }

    @Test
    void eventsBeyondTheLookBackAndMarginAreForgottenAndTheCoverageMovesUpWithThem() {
        catchUp(registered("e1", T0.minus(Duration.ofHours(2)), ANNA_ID, ANNA));
        // 25 h (look-back plus margin) after the event, plus a second.
        Instant now = T0.plus(Duration.ofHours(23)).plusSeconds(1);
        clock.set(now);
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(RegistrationFeed.LATE_ARRIVAL)), "later", List.of(List.of()));

        assertThat(feed.poll().complete()).isTrue();

        assertThat(store.eventCount()).isZero();
        assertThat(feed.status().coveredFrom()).contains(T0.minus(Duration.ofHours(2)).plusSeconds(1));
    }

    @Test
    void aReplicaWithoutTheLeaseSendsNothingAndAnswersFromTheSharedStore() {
        var shared = new LeaseOfOne("replica-a");
        feed = feed(Settings.defaults(), shared, "replica-a");
        RegistrationFeed other = feed(Settings.defaults(), shared, "replica-b");

        RegistrationFeed.Poll skipped = other.poll();

        assertThat(skipped.complete()).isFalse();
        assertThat(skipped.service()).isEmpty();
        assertThat(auditRequests()).isZero();

        catchUp(registered("e1", T0.minus(Duration.ofHours(2)), ANNA_ID, ANNA));

        Instant row = T0.minus(Duration.ofHours(3));
        assertThat(other.activitySince(ANNA_ID, ANNA, row)).isEqualTo(RegistrationActivity.SINCE_REPORT);
        assertThat(other.activitySince(BERT_ID, BERT, row)).isEqualTo(RegistrationActivity.NONE_SINCE_REPORT);
        assertThat(other.status().events()).isEqualTo(1);
    }

    @Test
    void aDisabledFeedSendsNothingAndKnowsNothing() {
        feed = feed(new Settings(false, Duration.ofSeconds(5), Duration.ofDays(1), Duration.ofMinutes(1),
                Duration.ofHours(1)), store, "replica-a");

        assertThat(feed.poll().complete()).isFalse();

        assertThat(auditRequests()).isZero();
        assertThat(feed.activitySince(ANNA_ID, ANNA, T0)).isEqualTo(RegistrationActivity.UNKNOWN);
        assertThat(feed.status().enabled()).isFalse();
    }

    /** A self-service password management event of the user, as howto-sspr-reporting.md describes: actor and target. */
    private static AuditJson sspr(String id, String activity, Instant at, String result, String resultReason,
            String userId, String upn) {
        return new AuditJson(id, SSPR, activity, at, result, resultReason, userId, upn, "User", userId, upn);
    }

    private static final String BLOCKED = "Blocked from self-service password reset";
    private static final String PROGRESS = "Self-service password reset flow activity progress";

    @Test
    void keepsEverySelfServicePasswordEventAsItCameOnceAcrossOverlappingReads() {
        AuditJson step = sspr("s1", PROGRESS, T0.minus(Duration.ofHours(3)), "failure",
                "User submitted an incorrect verification code", ANNA_ID, ANNA);
        AuditJson blocked = sspr("s2", BLOCKED, T0.minus(Duration.ofHours(2)), "failure", "User was throttled",
                ANNA_ID, ANNA);
        AuditJson unknown = sspr("s3", "Some activity Microsoft adds later", T0.minus(Duration.ofHours(1)),
                "unknownFutureValue", "A step text nobody has seen yet", BERT_ID, BERT);
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am", List.of(List.of()));
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(Duration.ofDays(1))), "sspr",
                List.of(List.of(step, blocked, unknown)));
        feed.poll();
        assertThat(feed.poll().service()).contains(SSPR);

        assertThat(sspr.eventCount()).isEqualTo(3);
        List<SsprAuditStore.Event> anna = sspr.eventsOf(ANNA_ID, T0.minus(Duration.ofDays(1)));
        assertThat(anna).extracting(SsprAuditStore.Event::eventId).containsExactly("s1", "s2");
        assertThat(anna.get(0).activityDisplayName()).isEqualTo(PROGRESS);
        assertThat(anna.get(0).resultReason()).isEqualTo("User submitted an incorrect verification code");
        assertThat(anna.get(0).result()).isEqualTo("failure");
        assertThat(anna.get(0).correlationId()).isEqualTo("b662f17a-4e4d-4e1c-9248-cdec180024b2");
        assertThat(anna.get(1).activityAt()).isEqualTo(T0.minus(Duration.ofHours(2)));
        assertThat(sspr.eventsOf(BERT_ID, T0.minus(Duration.ofDays(1)))).singleElement()
                .satisfies(event -> {
                    assertThat(event.activityDisplayName()).isEqualTo("Some activity Microsoft adds later");
                    assertThat(event.resultReason()).isEqualTo("A step text nobody has seen yet");
                });

        // The next read of the service overlaps by five minutes: s3 again, and s4, new.
        clock.set(T0.plusSeconds(5));
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(RegistrationFeed.LATE_ARRIVAL)), "am-next",
                List.of(List.of()));
        feed.poll();
        clock.set(T0.plusSeconds(10));
        AuditJson again = sspr("s4", BLOCKED, T0.minus(Duration.ofMinutes(2)), "failure", "User was throttled",
                ANNA_ID, ANNA);
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(RegistrationFeed.LATE_ARRIVAL)), "sspr-next",
                List.of(List.of(unknown, again)));

        assertThat(feed.poll().service()).contains(SSPR);

        assertThat(sspr.eventCount()).as("s3 kept once").isEqualTo(4);
        assertThat(auditRequests()).as("no request of its own").isEqualTo(4);
    }

    @Test
    void anAdministratorsResetIsKeptForTheTargetAndNeverForTheAdministrator() {
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(Duration.ofDays(1))), "sspr", List.of(List.of(
                sspr("a1", "Reset password (by admin)", T0.minus(Duration.ofHours(1)), "success", "", BERT_ID, BERT)
                        .byAdmin(ADMIN_ID, ADMIN),
                sspr("a2", "Reset password (by admin)", T0.minus(Duration.ofHours(1)), "success", "", ADMIN_ID, ADMIN)
                        .target("Directory", null, null),
                sspr("a3", BLOCKED, T0.minus(Duration.ofHours(1)), "failure", "", ANNA_ID, ANNA)
                        .target("Directory", null, null))));
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am", List.of(List.of()));

        feed.poll();
        feed.poll();

        assertThat(sspr.eventsOf(BERT_ID, T0.minus(Duration.ofDays(1)))).extracting(SsprAuditStore.Event::eventId)
                .containsExactly("a1");
        assertThat(sspr.eventsOf(ADMIN_ID, T0.minus(Duration.ofDays(1)))).as("the initiator of an admin's activity")
                .isEmpty();
        assertThat(sspr.eventsOf(ANNA_ID, T0.minus(Duration.ofDays(1)))).as("a self-service event without a user target")
                .extracting(SsprAuditStore.Event::eventId).containsExactly("a3");
    }

    @Test
    void followsNextLinksForSelfServicePasswordEventsToo() {
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(Duration.ofDays(1))), "sspr", List.of(
                List.of(sspr("p1", PROGRESS, T0.minus(Duration.ofHours(5)), "success", "User started the reset flow",
                        ANNA_ID, ANNA)),
                List.of(sspr("p2", BLOCKED, T0.minus(Duration.ofHours(4)), "failure", "", ANNA_ID, ANNA))));
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am", List.of(List.of()));

        feed.poll();
        RegistrationFeed.Poll read = feed.poll();

        assertThat(read.service()).contains(SSPR);
        assertThat(read.pages()).isEqualTo(2);
        assertThat(sspr.eventsOf(ANNA_ID, T0.minus(Duration.ofDays(1)))).extracting(SsprAuditStore.Event::eventId)
                .containsExactly("p1", "p2");
    }

    @Test
    void aThrottledPageKeepsTheSelfServiceEventsBeforeItAndTheRetryAsksForThatPageAgainLosingNoneDoublingNone() {
        AuditJson first = sspr("t1", PROGRESS, T0.minus(Duration.ofHours(5)), "success", "Step one", ANNA_ID, ANNA);
        AuditJson second = sspr("t2", BLOCKED, T0.minus(Duration.ofHours(4)), "failure", "", ANNA_ID, ANNA);
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am", List.of(List.of()));
        assertThat(feed.poll().service()).contains(AUTH_METHODS);
        String firstPage = filter(SSPR, T0.minus(Duration.ofDays(1)));
        graph.stubDirectoryAudits(firstPage, "sspr", List.of(List.of(first), List.of(second)));
        graph.server.stubFor(get(urlPathEqualTo(AUDITS)).withQueryParam("$skiptoken", equalTo("sspr2"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("TooManyRequests", "Too many requests"))));

        RegistrationFeed.Poll throttled = feed.poll();

        assertThat(throttled.complete()).isFalse();
        assertThat(throttled.service()).contains(SSPR);
        assertThat(sspr.eventsOf(ANNA_ID, T0.minus(Duration.ofDays(1)))).as("the page before the 429 is kept")
                .extracting(SsprAuditStore.Event::eventId).containsExactly("t1");

        // After the pause the other service first, then the page that was refused, not the whole span again.
        clock.set(T0.plusSeconds(10));
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(RegistrationFeed.LATE_ARRIVAL)), "am-next",
                List.of(List.of()));
        graph.server.stubFor(get(urlPathEqualTo(AUDITS)).withQueryParam("$skiptoken", equalTo("sspr2"))
                .willReturn(okJson(GraphJson.directoryAuditsPage(List.of(second), null))));
        assertThat(feed.poll().service()).as("the service that did not fail first").contains(AUTH_METHODS);
        RegistrationFeed.Poll retried = feed.poll();

        assertThat(retried.complete()).isTrue();
        assertThat(retried.service()).contains(SSPR);
        assertThat(retried.pages()).isEqualTo(1);
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(AUDITS)).withQueryParam("$filter", equalTo(firstPage)));
        graph.server.verify(2, getRequestedFor(urlPathEqualTo(AUDITS)).withQueryParam("$skiptoken", equalTo("sspr2")));
        assertThat(sspr.eventsOf(ANNA_ID, T0.minus(Duration.ofDays(1)))).extracting(SsprAuditStore.Event::eventId)
                .containsExactly("t1", "t2");
        assertThat(sspr.eventCount()).isEqualTo(2);
        assertThat(feed.status().coveredFrom()).as("the coverage of the read as one, from its first page's start")
                .contains(T0.minus(Duration.ofDays(1)));
        assertThat(feed.status().lastCompleteReadAt()).as("vouches for what was in the log when it began").contains(T0);
    }

    @Test
    void aLongReadYieldsAfterOneWindowOfPagesAndGoesOnAtTheNextPollWithoutPriority() {
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am", List.of(List.of()));
        assertThat(feed.poll().service()).contains(AUTH_METHODS);
        List<List<AuditJson>> pages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pages.add(List.of(sspr("s" + i, PROGRESS, T0.minus(Duration.ofHours(20 - i)), "success",
                    "User submitted their user ID", ANNA_ID, ANNA)));
        }
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(Duration.ofDays(1))), "long", pages);

        RegistrationFeed.Poll firstFive = feed.poll();

        assertThat(firstFive.complete()).isFalse();
        assertThat(firstFive.failure()).as("yielding is not a failure").isEmpty();
        assertThat(firstFive.pages()).isEqualTo(RegistrationFeed.PAGES_PER_POLL);
        assertThat(sspr.eventCount()).as("what it read is stored at once").isEqualTo(5);
        assertThat(feed.status().fresh()).as("no coverage before the last page").isFalse();
        assertThat(feed.status().lastFailure()).isEmpty();

        clock.set(T0.plusSeconds(5));
        RegistrationFeed.Poll nextFive = feed.poll();
        clock.set(T0.plusSeconds(10));
        RegistrationFeed.Poll last = feed.poll();

        assertThat(nextFive.service()).contains(SSPR);
        assertThat(nextFive.pages()).isEqualTo(5);
        assertThat(last.complete()).isTrue();
        assertThat(last.pages()).isEqualTo(2);
        assertThat(sspr.eventCount()).isEqualTo(12);
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(AUDITS))
                .withQueryParam("$filter", equalTo(filter(SSPR, T0.minus(Duration.ofDays(1))))));
        assertThat(feed.status().lastCompleteReadAt()).as("the read vouches from its first page's start").contains(T0);
        assertThat(feed.status().fresh()).isTrue();
    }

    @Test
    void catchUpPagesLeaveTheChecksTheirSlotsAndWaitWhileTheMirrorsFirstCopyPages() throws InterruptedException {
        ReportsBudget small = ReportsBudget.local(5, Duration.ofMinutes(10), Duration.ZERO, 2);
        small.mirrorCompleted();

        assertThat(small.acquire(ReportsConsumer.REGISTRATION_FEED, Duration.ZERO)).isTrue();
        assertThat(small.acquireCatchUp(Duration.ZERO)).isTrue();
        assertThat(small.acquireCatchUp(Duration.ZERO)).isTrue();
        assertThat(small.acquireCatchUp(Duration.ZERO)).as("two of five slots stay with the checks").isFalse();
        assertThat(small.tryAcquire(ReportsConsumer.LIVE_LOOK)).isTrue();
        assertThat(small.tryAcquire(ReportsConsumer.REPORT_ROW)).isTrue();

        ReportsBudget copying = ReportsBudget.local(5, Duration.ofMinutes(10), Duration.ZERO, 2);
        assertThat(copying.acquire(ReportsConsumer.MIRROR, Duration.ZERO)).as("the mirror's first copy pages").isTrue();
        assertThat(copying.acquireCatchUp(Duration.ofMillis(300))).as("no catch-up meanwhile").isFalse();
    }

    @Test
    void aRefusedNextLinkStartsTheReadAgainFromTheCursor() {
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am", List.of(List.of()));
        assertThat(feed.poll().service()).contains(AUTH_METHODS);
        AuditJson first = sspr("r1", PROGRESS, T0.minus(Duration.ofHours(5)), "success", "Step one", ANNA_ID, ANNA);
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(Duration.ofDays(1))), "gone", List.of(List.of(first),
                List.of()));
        graph.server.stubFor(get(urlPathEqualTo(AUDITS)).withQueryParam("$skiptoken", equalTo("gone2"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("BadRequest", "The skip token is no longer valid"))));

        assertThat(feed.poll().complete()).isFalse();

        clock.set(T0.plus(RegistrationFeed.PAUSE_AFTER_REFUSAL).plusSeconds(1));
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(RegistrationFeed.LATE_ARRIVAL)), "am-next",
                List.of(List.of()));
        assertThat(feed.poll().service()).contains(AUTH_METHODS);
        graph.stubDirectoryAudits(filter(SSPR, T0.minus(Duration.ofDays(1)).plus(RegistrationFeed.PAUSE_AFTER_REFUSAL)
                .plusSeconds(1)), "again", List.of(List.of(first)));

        RegistrationFeed.Poll again = feed.poll();

        assertThat(again.complete()).as("read again from its cursor (never read: the look-back)").isTrue();
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(AUDITS)).withQueryParam("$skiptoken", equalTo("gone2")));
        assertThat(sspr.eventCount()).isEqualTo(1);
    }

    @Test
    void selfServiceEventsPastTheirRetentionArePurgedAtThePollsOfTheLeaseHolder() {
        sspr.keep(List.of(new SsprAuditStore.Event("old", T0.minus(Duration.ofDays(31)), BLOCKED, "failure", "", "",
                ANNA_ID),
                new SsprAuditStore.Event("recent", T0.minus(Duration.ofDays(29)), BLOCKED, "failure", "", "",
                        ANNA_ID)));
        graph.stubDirectoryAudits(filter(AUTH_METHODS, T0.minus(Duration.ofDays(1))), "am", List.of(List.of()));

        feed.poll();

        assertThat(sspr.eventsOf(ANNA_ID, Instant.EPOCH)).extracting(SsprAuditStore.Event::eventId)
                .containsExactly("recent");
    }

    /** A shared store whose lease only one replica ever gets, as if the others found it taken. */
    static final class LeaseOfOne extends ForwardingStore {

        private final String holder;

        LeaseOfOne(String holder) {
            super(new MemoryRegistrationEventStore());
            this.holder = holder;
        }

        @Override
        public boolean tryLease(String candidate, Instant now, Duration duration) {
            return holder.equals(candidate);
        }

        @Override
        public boolean publish(String candidate, Instant now, String source,
                List<dev.ssprpreflight.directory.RegistrationEventStore.Event> events,
                Optional<dev.ssprpreflight.directory.RegistrationEventStore.Coverage> coverage) {
            return holder.equals(candidate) && super.publish(candidate, now, source, events, coverage);
        }
    }

    /** Passes every call on. */
    static class ForwardingStore implements dev.ssprpreflight.directory.RegistrationEventStore {

        private final dev.ssprpreflight.directory.RegistrationEventStore delegate;

        ForwardingStore(dev.ssprpreflight.directory.RegistrationEventStore delegate) {
            this.delegate = delegate;
        }

        // @formatter:off
        @Override public boolean tryLease(String holder, Instant now, Duration duration) { return delegate.tryLease(holder, now, duration); }
        @Override public void release(String holder) { delegate.release(holder); }
        @Override public boolean publish(String holder, Instant now, String source, List<Event> events, Optional<Coverage> coverage) { return delegate.publish(holder, now, source, events, coverage); }
        @Override public Optional<Instant> latestEventOf(String objectId, String upn) { return delegate.latestEventOf(objectId, upn); }
        @Override public java.util.Map<String, Coverage> coverage() { return delegate.coverage(); }
        @Override public long prune(Instant before) { return delegate.prune(before); }
        @Override public long eventCount() { return delegate.eventCount(); }
        // @formatter:on
    }
}
