package dev.ssprpreflight.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.StoredAttempts;
import dev.ssprpreflight.directory.SsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditTrail;
import dev.ssprpreflight.journey.JourneyClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With the history switched on, the demo starts as {@code quarkus:dev} does: a day of past checks in the log, the
 * demo's audit trail behind the console, and cameron still locked out in the journey.
 */
@QuarkusTest
@TestProfile(DemoHistoryProfile.class)
class DemoHistoryAtStartTest {

    @Inject
    DemoHistorySeeder seeder;

    /** The past checks are recorded on a thread of their own after the start. */
    @BeforeEach
    void seeded() throws Exception {
        seeder.seeded().get(60, TimeUnit.SECONDS);
    }

    private static final String CAMERON = "cameron.white@contoso.example";

    @Inject
    SsprAuditTrail trail;

    @Test
    void theLogHoldsTheSeededDay() {
        List<Attempt> seeded = StoredAttempts.where("a.user_agent = ?", DemoHistorySeeder.USER_AGENT);

        assertThat(seeded).hasSizeGreaterThanOrEqualTo(10);
        assertThat(seeded).allSatisfy(attempt -> assertThat(attempt.occurredAt)
                .isAfter(Instant.now().minus(Duration.ofDays(1))).isBefore(Instant.now()));
    }

    @Test
    void cameronIsStillLockedOutInTheJourney() {
        Document page = Jsoup.parse(JourneyClient.submit(CAMERON).asString());

        assertThat(page.select("[data-reason]").eachAttr("data-reason")).containsExactly("RESET_LOCKED_OUT");
    }

    @Test
    void theTrailAnswersTheDemosEvents() {
        String cameron = StoredAttempts
                .where("a.username_normalised = ? AND a.user_agent = ?", CAMERON, DemoHistorySeeder.USER_AGENT)
                .get(0).userObjectId;
        Instant now = Instant.now();

        List<SsprAuditStore.Event> events = trail.eventsOf(Set.of(cameron), now.minus(Duration.ofDays(1)), now);

        assertThat(trail.read()).isTrue();
        SsprAuditStore.Event blocked = events.get(events.size() - 1);
        assertThat(blocked.is("Blocked from self-service password reset")).isTrue();
        // Two hours before the start, which came shortly before this test.
        assertThat(blocked.activityAt()).isBetween(now.minus(Duration.ofHours(2)).minus(Duration.ofMinutes(10)),
                now.minus(Duration.ofHours(2)));
    }
}
