package dev.ssprpreflight.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.check.Reason;

/**
 * One attempt as the list, the detail page and the CSV show it.
 *
 * @param reasons the reason codes, in catalogue order
 */
public record AttemptRow(String referenceCode, String time, String usernameEntered, String usernameNormalised,
        String userObjectId, String outcome, String outcomeLabel, List<String> reasons, long durationMillis,
        String clientIp, String userAgent, String locale, String directoryRequestIds, String unavailableCause) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    static AttemptRow of(Attempt attempt, AdminMessages msg) {
        return new AttemptRow(attempt.referenceCode, TIME.format(attempt.occurredAt), attempt.usernameEntered,
                attempt.usernameNormalised, attempt.userObjectId, attempt.outcome.name(),
                ConsoleTexts.outcome(attempt.outcome, msg), attempt.reasons.stream().sorted().map(Reason::name).toList(),
                attempt.durationMillis, attempt.clientIp, attempt.userAgent, attempt.locale, attempt.directoryRequestIds,
                attempt.unavailableCause);
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
