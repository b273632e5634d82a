package dev.ssprpreflight.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import dev.ssprpreflight.check.SsprLockout;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/**
 * When a user whom Microsoft blocks for 24 hours may try again, as the page shows it: the instant for a
 * {@code <time datetime>} element (which {@code /js/retry-time.js} turns into the reader's own time zone), the same
 * instant as text in UTC in the page's language (without script), and "in about N hours", which needs no time zone.
 *
 * @param datetime the instant in ISO 8601 (UTC), for {@code datetime}
 * @param shown the instant in the page's language, in UTC, with the marker
 * @param hours whole hours until then, rounded up, at least 1
 */
public record RetryTime(String datetime, String shown, long hours) {

    static RetryTime of(SsprLockout lockout, Instant now, UiLanguage language) {
        Instant retryAt = lockout.retryAt();
        Duration left = Duration.between(now, retryAt);
        // Rounded up, so that "in about 1 hour" never promises an open portal that is still closed.
        long hours = Math.max(1, (left.toMinutes() + 59) / 60);
        return new RetryTime(DateTimeFormatter.ISO_INSTANT.format(retryAt),
                LocaleFormats.of(language).dateTimeUtc(retryAt), hours);
    }
}
