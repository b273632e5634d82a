package dev.ssprpreflight.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * One attempt as the list, the detail page and the CSV show it.
 *
 * @param reasons the reason codes, in catalogue order
 */
public record AttemptRow(String referenceCode, String time, String usernameEntered, String usernameNormalised,
        String userObjectId, String outcome, String outcomeLabel, List<String> reasons, long durationMillis,
        String clientIp, String userAgent, String locale, String directoryRequestIds, String unavailableCause,
        Shown shown) {

    /**
     * The time and duration as the page's language writes them; the CSV keeps {@code time} and the milliseconds.
     *
     * @param time "05.11.2026, 21:04:09 UTC"; @param isoTime for the {@code datetime} attribute; @param duration "1.234"
     */
    public record Shown(String time, String isoTime, String duration) {
    }

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    static AttemptRow of(Attempt attempt, AdminMessages msg, LocaleFormats formats) {
        return new AttemptRow(attempt.referenceCode, TIME.format(attempt.occurredAt), attempt.usernameEntered,
                attempt.usernameNormalised, attempt.userObjectId, attempt.outcome.name(),
                ConsoleTexts.outcome(attempt.outcome, msg), attempt.reasons.stream().sorted().map(Reason::name).toList(),
                attempt.durationMillis, attempt.clientIp, attempt.userAgent, attempt.locale, attempt.directoryRequestIds,
                attempt.unavailableCause, new Shown(formats.dateTimeUtc(attempt.occurredAt),
                        DateTimeFormatter.ISO_INSTANT.format(attempt.occurredAt.truncatedTo(ChronoUnit.SECONDS)),
                        formats.number(attempt.durationMillis)));
    }

    /** The CSV header; {@link #csvCells} follows it. */
    static final List<String> CSV_HEADER = List.of("reference_code", "time_utc", "username_entered",
            "username_normalised", "user_object_id", "outcome", "reasons", "duration_ms", "client_ip", "user_agent",
            "locale", "graph_request_ids", "unavailable_cause");

    List<String> csvCells() {
        return List.of(referenceCode, time, nullToEmpty(usernameEntered), nullToEmpty(usernameNormalised),
                nullToEmpty(userObjectId), outcome, String.join(" ", reasons), Long.toString(durationMillis),
                nullToEmpty(clientIp), nullToEmpty(userAgent), nullToEmpty(locale), nullToEmpty(directoryRequestIds),
                nullToEmpty(unavailableCause));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
