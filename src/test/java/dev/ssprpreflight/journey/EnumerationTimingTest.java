package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.audit.StoredAttempts;
import dev.ssprpreflight.check.Outcome;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Unknown and ready users cannot be told apart: not by the response (status, headers, body) and not
 * by its timing. What this proves: with a directory that really is slower for found users (see
 * {@link EvenTimingProfile}), the attempt log shows that difference in the check's own duration, and
 * the responses' median times still differ by less than 10 %: the floor, not luck, evens them out.
 */
@QuarkusTest
@TestProfile(EvenTimingProfile.class)
class EnumerationTimingTest {

    private static final int WARM_UP = 5;
    private static final int SAMPLES = 40;
    private static final String READY = "megan.bowen@contoso.example";
    private static final String UNKNOWN_PREFIX = "nobody.timing.";

    @Test
    void unknownAndReadyUsersGetTheSameResponse() {
        Response unknown = JourneyClient.submit("nobody.same@contoso.example");
        Response ready = JourneyClient.submit(READY);

        assertThat(unknown.statusCode()).isEqualTo(ready.statusCode()).isEqualTo(303);
        assertThat(names(unknown)).isEqualTo(names(ready));
        assertThat(unknown.header("Location").replace("nobody.same", "megan.bowen")).isEqualTo(ready.header("Location"));
        assertThat(unknown.asString()).isEqualTo(ready.asString());
    }

    @Test
    void unknownAndReadyUsersTakeTheSameMedianTime() {
        TimedSubmissions submissions = new TimedSubmissions();
        for (int i = 0; i < WARM_UP; i++) {
            submissions.time(READY, 303);
            submissions.time(UNKNOWN_PREFIX + "warm" + i + "@contoso.example", 303);
        }
        List<Long> readyNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            // Interleaved, so that a slow moment of the machine hits both alike.
            readyNanos.add(submissions.time(READY, 303));
            unknownNanos.add(submissions.time(UNKNOWN_PREFIX + i + "@contoso.example", 303));
        }

        double readyP50 = TimedSubmissions.median(readyNanos) / 1e6;
        double unknownP50 = TimedSubmissions.median(unknownNanos) / 1e6;
        double difference = Math.abs(readyP50 - unknownP50) / Math.max(readyP50, unknownP50);
        double readyCheckP50 = medianCheckMillis(Outcome.READY, READY);
        double unknownCheckP50 = medianCheckMillis(Outcome.UNKNOWN_USER, UNKNOWN_PREFIX + "%");
        Log.infof("Timing over %d samples each: response p50 ready %.1f ms, unknown %.1f ms (%.1f %%); "
                + "check p50 without the floor: ready %.1f ms, unknown %.1f ms", SAMPLES, readyP50, unknownP50,
                difference * 100, readyCheckP50, unknownCheckP50);

        // The directory did leak: without the floor, found users were clearly slower.
        assertThat(readyCheckP50).isGreaterThanOrEqualTo(EvenTimingProfile.FOUND_LATENCY_MILLIS);
        assertThat(unknownCheckP50).isLessThan(EvenTimingProfile.FOUND_LATENCY_MILLIS / 2.0);
        // The responses do not.
        assertThat(Math.min(readyP50, unknownP50)).isGreaterThanOrEqualTo(EvenTimingProfile.FLOOR_MILLIS);
        assertThat(difference).as("relative p50 difference").isLessThan(0.10);
    }

    private static double medianCheckMillis(Outcome outcome, String usernamePattern) {
        List<Long> durations = StoredAttempts.where("a.outcome = ? AND a.username_normalised LIKE ?", outcome.name(),
                usernamePattern).stream().map(attempt -> attempt.durationMillis).toList();
        assertThat(durations).hasSizeGreaterThanOrEqualTo(SAMPLES);
        return TimedSubmissions.median(durations);
    }

    private static List<String> names(Response response) {
        return response.headers().asList().stream().map(header -> header.getName().toLowerCase())
                .filter(name -> !name.equals("date")).sorted().toList();
    }
}
