package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.check.SsprLockout;
import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.directory.SsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditTrail;

/**
 * The bundled SSPR history tells the console the same story the checks tell: cameron's lockout two hours before the
 * start, and the funnel users' portal sessions minutes after our checks.
 */
class DemoSsprHistoryTest {

    private static final Instant START = DemoFixtures.NOW;
    private static final Instant DEADLINE = START.plusSeconds(10);
    private static final Instant DAY_BEFORE = START.minus(Duration.ofDays(1));

    private final DemoDirectory directory = DemoFixtures.bundledDirectory();
    private final SsprAuditTrail trail = directory.ssprAuditTrail();

    @Test
    void theTrailIsReadAndAnswersCameronsLockoutTwoHoursBeforeTheStart() {
        List<SsprAuditStore.Event> events = eventsOf("cameron.white@contoso.example");

        assertThat(trail.read()).isTrue();
        SsprAuditStore.Event last = events.get(events.size() - 1);
        assertThat(last.activityDisplayName()).isEqualTo("Blocked from self-service password reset");
        assertThat(last.activityAt()).isEqualTo(START.minus(Duration.ofHours(2)));
        assertThat(events).filteredOn(event -> !event.succeeded()).hasSize(5)
                .allSatisfy(event -> assertThat(event.resultReason())
                        .isEqualTo("User started the mobile SMS verification option"));
        assertThat(events).extracting(SsprAuditStore.Event::correlationId).containsOnly(last.correlationId());
    }

    @Test
    void cameronsLockoutInTheCheckIsTheHistorysBlock() {
        var found = (DirectoryAnswer.Found) directory.lookup("cameron.white@contoso.example", DEADLINE);

        assertThat(found.user().ssprLockout().lockout()).contains(new SsprLockout(START.minus(Duration.ofHours(2))));
    }

    @Test
    void beforeTheBlockCameronWasNotLockedOut() {
        Instant firstCheck = START.minus(Duration.ofMinutes(170));

        var found = (DirectoryAnswer.Found) directory.asOf(firstCheck).lookup("cameron.white@contoso.example",
                firstCheck.plusSeconds(10));

        assertThat(found.user().ssprLockout()).isEqualTo(SsprLockoutFact.NONE);
    }

    @Test
    void aCheckLongAfterTheStartStillFindsABlockTwoHoursOld() {
        Instant dayAndAHalfLater = START.plus(Duration.ofHours(36));

        var facts = DemoFixtures.BUNDLED.userFacts(DemoFixtures.user("cameron.white@contoso.example"),
                dayAndAHalfLater, START);

        assertThat(facts.ssprLockout().lockout()).contains(new SsprLockout(dayAndAHalfLater.minus(Duration.ofHours(2))));
    }

    @Test
    void aReadyUsersSessionRunsFromTheUserIdToTheResetMinutesAfterTheCheck() {
        Instant checkedAt = checkOf("adele.vance@contoso.example").at();
        List<SsprAuditStore.Event> events = eventsOf("adele.vance@contoso.example");

        assertThat(events.get(0).resultReason()).isEqualTo("User submitted their user ID");
        assertThat(events).extracting(SsprAuditStore.Event::resultReason)
                .containsSubsequence("User submitted their user ID", "User completed all verification steps required",
                        "User successfully reset password");
        SsprAuditStore.Event last = events.get(events.size() - 1);
        assertThat(last.is("Reset password (self-service)")).isTrue();
        assertThat(last.succeeded()).isTrue();
        assertThat(events).allSatisfy(event -> assertThat(event.activityAt()).isAfter(checkedAt)
                .isBefore(checkedAt.plus(Duration.ofHours(1))));
    }

    @Test
    void aBlockedUserWhoWentAnywaySucceededAnyway() {
        List<SsprAuditStore.Event> events = eventsOf("petra.novak@litware.example");

        assertThat(events).anySatisfy(event -> {
            assertThat(event.is("Reset password (self-service)")).isTrue();
            assertThat(event.succeeded()).isTrue();
        });
    }

    @Test
    void aUserWhoFailedAtVerificationHasAFailedStepAndNoReset() {
        List<SsprAuditStore.Event> events = eventsOf("eva.lund@fabrikam.onmicrosoft.example");

        assertThat(events.get(events.size() - 1).result()).isEqualTo("failure");
        assertThat(events).noneMatch(event -> event.is("Reset password (self-service)"));
    }

    @Test
    void manyUsersEventsComeOldestFirstAndInsideTheRange() {
        Set<String> ids = Set.of(objectIdOf("adele.vance@contoso.example"), objectIdOf("cameron.white@contoso.example"),
                objectIdOf("pradeep.gupta@contoso.example"));

        List<SsprAuditStore.Event> events = trail.eventsOf(ids, DAY_BEFORE, START);

        assertThat(events).isSortedAccordingTo(Comparator.comparing(SsprAuditStore.Event::activityAt));
        assertThat(events).extracting(SsprAuditStore.Event::targetObjectId).containsOnly(ids.toArray(String[]::new));
        assertThat(trail.eventsOf(ids, START.minus(Duration.ofHours(2)), START)).singleElement()
                .satisfies(event -> assertThat(event.is("Blocked from self-service password reset")).isTrue());
    }

    @Test
    void pastChecksComeOldestFirstAndAllBeforeTheStart() {
        List<DemoPastCheck> checks = directory.pastChecks();

        assertThat(checks).isSortedAccordingTo(Comparator.comparing(DemoPastCheck::at));
        assertThat(checks).allSatisfy(check -> assertThat(check.at()).isAfter(DAY_BEFORE).isBefore(START));
        assertThat(checks).filteredOn(check -> check.upn().equals("cameron.white@contoso.example")).hasSize(2);
    }

    @Test
    void eventIdsAndSessionsAreStableAcrossLoads() {
        DemoDirectory again = new DemoDirectory(DemoFileLoader.loadBundled(), DemoFixtures.CLOCK);
        Set<String> ids = Set.of(objectIdOf("noah.lind@litware.example"));

        assertThat(again.ssprAuditTrail().eventsOf(ids, DAY_BEFORE, START))
                .containsExactlyElementsOf(trail.eventsOf(ids, DAY_BEFORE, START));
    }

    private List<SsprAuditStore.Event> eventsOf(String upn) {
        List<SsprAuditStore.Event> events = trail.eventsOf(Set.of(objectIdOf(upn)), DAY_BEFORE, START);
        assertThat(events).as("events of " + upn).isNotEmpty();
        return events;
    }

    private DemoPastCheck checkOf(String upn) {
        return directory.pastChecks().stream().filter(check -> check.upn().equals(upn)).findFirst().orElseThrow();
    }

    private static String objectIdOf(String upn) {
        return DemoFixtures.BUNDLED.objectIdOf(DemoFixtures.user(upn));
    }
}
