package dev.ssprpreflight.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.journey.JourneyClient;
import dev.ssprpreflight.journey.ratelimit.RateLimiter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What Prometheus scrapes from the management port. */
@QuarkusTest
class MetricsTest {

    private static final Pattern LABEL_VALUE = Pattern.compile("=\"([^\"]*)\"");

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject
    PreflightService preflight;

    @Inject
    RateLimiter limiter;

    @Inject
    CheckMetrics checkMetrics;

    @Test
    void countsChecksByOutcomeAndTimesThemAndTheirDirectoryCalls() {
        // Whoever the demo tenant's user is now: the outcome is the service's own.
        Outcome outcome = preflight.check("pradeep.gupta@contoso.example").outcome();

        given().get(metrics).then().statusCode(200)
                .body(containsString("sspr_checks_total{outcome=\"" + outcome + "\"}"))
                .body(containsString("sspr_check_duration_seconds_count{outcome=\"" + outcome + "\"}"))
                .body(containsString(
                        "sspr_directory_requests_seconds_count{adapter=\"demo\",call=\"lookup\",result=\"found\"}"))
                .body(containsString("sspr_check_budget_exceeded_total"));
    }

    @Test
    void countsReasonsWithTheirTierBlocksAndFindingsAlike() {
        checkMetrics.checked(new Verdict(Outcome.BLOCKED, List.of(Reason.METHODS_NOT_REGISTERED),
                List.of(Reason.SYNC_LATE), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Duration.ofMillis(30)));

        given().get(metrics).then().statusCode(200)
                .body(containsString("sspr_check_reasons_total{reason=\"METHODS_NOT_REGISTERED\",tier=\"BLOCK\"}"))
                .body(containsString("sspr_check_reasons_total{reason=\"SYNC_LATE\",tier=\"FINDING\"}"));
    }

    @Test
    void publishesWhetherTheDatabaseAnswers() {
        // Asked on a schedule of its own: NaN until the first answer.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(metrics).then().statusCode(200)
                .body(containsString("sspr_database_reachable 1.0")));
    }

    @Test
    void countsRateLimitRejectionsByKindOfLimitOnly() {
        limiter.take("metricstest:someone@contoso.example", 1, Duration.ofHours(1));
        limiter.take("metricstest:someone@contoso.example", 1, Duration.ofHours(1));

        given().get(metrics).then().statusCode(200)
                .body(containsString("sspr_rate_limit_rejections_total{limit=\"metricstest\"} 1.0"))
                .body(org.hamcrest.Matchers.not(containsString("someone@contoso.example")));
    }

    @Test
    void noMetricNamesAUserOrAClient() {
        // Port 9000 is unauthenticated: a label holding a username or an address would make it an oracle.
        List<String> usernames = List.of("megan.bowen@contoso.example", "pradeep.gupta@contoso.example",
                "nobody.metrics@contoso.example");
        usernames.forEach(JourneyClient::submit);

        String scraped = given().get(metrics).then().statusCode(200).extract().asString();
        List<String> labelValues = LABEL_VALUE.matcher(scraped).results().map(match -> match.group(1)).toList();

        assertThat(labelValues).as("label values").isNotEmpty().noneMatch(value -> value.contains("@"))
                .noneMatch(value -> value.matches("\\d{1,3}(\\.\\d{1,3}){3}|.*:.*:.*"));
        usernames.forEach(username -> assertThat(scraped).doesNotContain(username.substring(0, username.indexOf('@'))));
    }
}
