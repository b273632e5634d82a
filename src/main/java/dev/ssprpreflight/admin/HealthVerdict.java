package dev.ssprpreflight.admin;

/**
 * One section's verdict on the tenant health page.
 *
 * @param status the status code, for tests and styles
 * @param statusLabel the status as a word in the page's language
 * @param summary what it means, one or two sentences
 */
public record HealthVerdict(String status, String statusLabel, String summary) {

    static HealthVerdict of(HealthStatus status, String summary, HealthMessages msg) {
        return new HealthVerdict(status.name(), status.label(msg), summary);
    }
}
