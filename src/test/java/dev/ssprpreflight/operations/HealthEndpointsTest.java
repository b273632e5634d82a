package dev.ssprpreflight.operations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The probes on the management port, with the demo directory and the H2 attempt log. */
@QuarkusTest
class HealthEndpointsTest {

    /** Relative to the management root, which is already /q. */
    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void livenessIsUp() {
        given().get(health + "/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("application"));
    }

    @Test
    void readinessCoversTheDirectoryAndTheDatabase() {
        // The database is asked on a schedule, not by the probe: its first answer may still be pending.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(health + "/ready").then()
                .statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("directory"))
                .body("checks.find { it.name == 'directory' }.data.adapter", equalTo("demo"))
                .body("checks.find { it.name == 'database' }.data.database", equalTo("reachable"))
                .body("checks.find { it.name == 'database' }.data.schema", equalTo("migrated")));
    }

    @Test
    void agroalsOwnDatabaseCheckIsOffAsItWouldFailEveryReplicaAtOnce() {
        given().get(health + "/ready").then().body("checks.name", not(hasItem("Database connections health check")));
    }

    @Test
    void probesAreNotOnThePublicPort() {
        given().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void everyResponseCarriesACorrelationId() {
        given().get("/").then().header(CorrelationId.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aSaneRequestIdFromTheLoadBalancerIsKept() {
        given().header(CorrelationId.HEADER, "lb-0123456789abcdef").get("/").then()
                .header(CorrelationId.HEADER, equalTo("lb-0123456789abcdef"));
    }

    @Test
    void anInsaneRequestIdIsReplaced() {
        given().header(CorrelationId.HEADER, "x\tforged log line").get("/").then()
                .header(CorrelationId.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }
}
