package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.journey.challenge.ChallengeConfig;
import dev.ssprpreflight.journey.ratelimit.RateLimitConfig;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The application as it runs in production: the {@code prod} profile, with only what a deployment must supply
 * (database, identity provider, session key, tenant, challenge secret). Unlike {@code HardeningDefaultsTest}, which
 * reads the mappings' defaults alone, this boots the real profile, so a line in application.properties that weakened
 * a protection for every profile, or for prod, fails here; the test profile raises limits and shows full reasons,
 * so only this test sees the effective protections.
 */
@QuarkusTest
@TestProfile(ProductionProfileTest.Production.class)
class ProductionProfileTest {

    /** {@code prod}, plus what a deployment sets through its environment; nothing that touches a protection. */
    public static class Production implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    // Where a deployment keeps its database; an in-memory one of its own here.
                    Map.entry("quarkus.datasource.jdbc.url", "jdbc:h2:mem:sspr-preflight-prod;DB_CLOSE_DELAY=-1"),
                    // Free ports, as the test profile would choose (prod has no test ports of its own).
                    Map.entry("quarkus.http.test-port", "0"), Map.entry("quarkus.management.test-port", "0"),
                    // The console's identity provider: the suite's local one.
                    Map.entry("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus"),
                    Map.entry("quarkus.oidc.client-id", "quarkus-web-app"),
                    Map.entry("quarkus.oidc.credentials.secret", "local-test-provider-secret-0123456789"),
                    Map.entry("quarkus.http.auth.session.encryption-key", "local-test-session-key-0123456789abcdef"),
                    Map.entry("sspr.admin.tenant-id", "3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
                    Map.entry("sspr.challenge.secret", "T0m6vQ2xJr8cYpL4nWz9sKd1hFb7gUe3aXq5iRo0tMjVyHlNcPkSwEuBfZ2D"));
        }
    }

    @Inject
    RateLimitConfig rateLimits;

    @Inject
    ChallengeConfig challenge;

    @Inject
    PacingConfig pacing;

    @Inject
    SecurityHeadersConfig headers;

    @Inject
    ReasonDisclosure disclosure;

    @ConfigProperty(name = "sspr.admin.demo-sign-in.enabled")
    boolean demoSignIn;

    @ConfigProperty(name = "quarkus.log.console.json.enabled")
    boolean jsonLogs;

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void everyLimitIsOnAtItsDocumentedValue() {
        assertThat(rateLimits.enabled()).isTrue();
        assertThat(rateLimits.perClient().capacity()).isEqualTo(30);
        assertThat(rateLimits.perClient().period()).isEqualTo(Duration.ofMinutes(10));
        assertThat(rateLimits.perAccount().capacity()).isEqualTo(10);
        assertThat(rateLimits.perAccount().period()).isEqualTo(Duration.ofHours(1));
        assertThat(rateLimits.perNetwork().capacity()).isEqualTo(120);
        assertThat(rateLimits.global().capacity()).isEqualTo(600);
        assertThat(rateLimits.global().period()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theChallengeComesAfterFiveChecksAndEveryCheckTakesItsWholeBudget() {
        assertThat(challenge.enabled()).isTrue();
        assertThat(challenge.after()).isEqualTo(5);
        assertThat(challenge.difficulty()).isEqualTo(18);
        assertThat(pacing.minimumCheckDuration()).as("the floor is the check's budget").isEmpty();
    }

    @Test
    void reasonsAreDiscreetTheDemoSignInIsOffAndLogsAreJson() {
        assertThat(disclosure.mode()).isEqualTo(Disclosure.DISCREET);
        assertThat(demoSignIn).isFalse();
        assertThat(jsonLogs).isTrue();
        given().formParam("j_username", "admin").formParam("j_password", "admin").post("/j_security_check").then()
                .statusCode(404);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Response page = given().get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(headers.hsts()).as("sent over HTTPS only").isTrue();
        Response console = given().redirects().follow(false).get("/admin");
        assertThat(console.statusCode()).as("the console sends to the provider, never opens").isEqualTo(302);
        assertThat(console.header("Location")).contains("/realms/quarkus").contains("code_challenge_method=S256")
                .contains("nonce=");
    }

    @Test
    void readinessNamesTheDatabaseTheDirectoryAndTheRateLimits() {
        given().get(health + "/ready").then().body("checks.name", hasItems("database", "directory", "rate-limits"));
        given().get("/q/health/ready").then().statusCode(404);
    }
}
