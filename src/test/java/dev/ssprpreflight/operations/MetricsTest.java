package dev.ssprpreflight.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.journey.ratelimit.RateLimiter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What Prometheus scrapes from the management port. */
@QuarkusTest
class MetricsTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject
    PreflightService preflight;

    @Inject
    RateLimiter limiter;

    @Test
    void countsChecksByOutcomeAndReasonAndTimesDirectoryCalls() {
        preflight.check("pradeep.gupta@contoso.example");

        given().get(metrics).then().statusCode(200)
                .body(containsString("sspr_checks_total{outcome=\"BLOCKED\"}"))
                .body(containsString("sspr_check_reasons_total{reason=\"METHODS_NOT_REGISTERED\",tier=\"BLOCK\"}"))
                .body(containsString("sspr_check_duration_seconds_count{outcome=\"BLOCKED\"}"))
                .body(containsString(
                        "sspr_directory_requests_seconds_count{adapter=\"demo\",call=\"lookup\",result=\"found\"}"))
                .body(containsString("sspr_check_budget_exceeded_total"));
    }

    @Test
    void countsRateLimitRejectionsByKindOfLimitOnly() {
        limiter.take("metricstest:someone@contoso.example", 1, Duration.ofHours(1));
        limiter.take("metricstest:someone@contoso.example", 1, Duration.ofHours(1));

        given().get(metrics).then().statusCode(200)
                .body(containsString("sspr_rate_limit_rejections_total{limit=\"metricstest\"} 1.0"))
                .body(org.hamcrest.Matchers.not(containsString("someone@contoso.example")));
    }
}
