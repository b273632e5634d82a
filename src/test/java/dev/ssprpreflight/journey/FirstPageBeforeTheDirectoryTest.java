package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Right after the start the directory may not be ready yet (the demo's reads its tenant's file then, on another
 * thread). The form needs no directory and must not wait for it; the first check does (issue 17: the first page of
 * a fresh replica took 0.3 s longer).
 */
@QuarkusTest
@TestProfile(SlowToCreateDirectoryProfile.class)
class FirstPageBeforeTheDirectoryTest {

    private static final String READY = "megan.bowen@contoso.example";

    @Test
    void theFormAnswersBeforeTheDirectoryIsReadyAndTheCheckWaitsForIt() {
        long started = System.nanoTime();
        given().get("/").then().statusCode(200);
        Duration formTook = Duration.ofNanos(System.nanoTime() - started);

        assertThat(SlowToCreateDirectory.created).as("the directory was created for the form").isFalse();
        assertThat(formTook).isLessThan(SlowToCreateDirectory.AT_MOST.dividedBy(4));

        SlowToCreateDirectory.LET_GO.countDown();
        assertThat(JourneyClient.submit(READY).statusCode()).isEqualTo(303);
        assertThat(SlowToCreateDirectory.created).isTrue();
    }
}
