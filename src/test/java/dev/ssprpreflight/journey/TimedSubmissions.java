package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * Times form submissions the way an enumerating script would: one CSRF token for all of them, no
 * redirect followed, the clock stopped when the answer is in.
 */
final class TimedSubmissions {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String csrfCookie;
    private final String csrfToken;

    TimedSubmissions() {
        Response form = given().get("/");
        Matcher token = CSRF_FIELD.matcher(form.asString());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        this.csrfCookie = form.getCookie(JourneyClient.CSRF_COOKIE);
        this.csrfToken = token.group(1);
    }

    /** Submits {@code username}, asserts the answer's status, and returns how long the answer took in nanoseconds. */
    long time(String username, int expectedStatus) {
        long start = System.nanoTime();
        int status = given().redirects().follow(false)
                .cookie(JourneyClient.CSRF_COOKIE, csrfCookie)
                .formParam("csrf-token", csrfToken)
                .formParam("username", username)
                .post("/").statusCode();
        long elapsed = System.nanoTime() - start;
        assertThat(status).as("status for %s", username).isEqualTo(expectedStatus);
        return elapsed;
    }

    /** The value below which {@code share} of the values lie (nearest rank). */
    static double percentile(List<Long> values, double share) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(share * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
