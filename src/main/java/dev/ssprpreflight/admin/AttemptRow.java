package dev.ssprpreflight.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * One attempt as the list, the detail page and the CSV show it.
 *
 * @param blocks the blocking reasons, retired ones included, in catalogue order
 * @param findings the admin-only findings, in catalogue order
 */
public record AttemptRow(String referenceCode, String time, String usernameEntered, String usernameNormalised,
        String userObjectId, String outcome, String outcomeLabel, List<RecordedReason> blocks,
        List<RecordedReason> findings, long durationMillis, String clientIp, String userAgent, String locale,
        String directoryRequestIds, String unavailableCause, Shown shown) {

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
                ConsoleTexts.outcome(attempt.outcome, msg), recorded(attempt, true), recorded(attempt, false),
                attempt.durationMillis, attempt.clientIp, attempt.userAgent, attempt.locale, attempt.directoryRequestIds,
                attempt.unavailableCause, new Shown(formats.dateTimeUtc(attempt.occurredAt),
                        DateTimeFormatter.ISO_INSTANT.format(attempt.occurredAt.truncatedTo(ChronoUnit.SECONDS)),
                        formats.number(attempt.durationMillis)));
    }

    private static List<RecordedReason> recorded(Attempt attempt, boolean blocks) {
        return attempt.reasons.stream().filter(reason -> reason.blocks() == blocks).sorted().map(RecordedReason::of)
                .toList();
    }

    /**
     * The CSV header; {@link #csvCells} follows it. Blocks and findings have columns of their own (a single
     * "reasons" column would let a tool that counts it as blocks count findings too), and the retired codes
     * among them are repeated in {@code retired_reasons}, so that they stay in the column of their tier.
     */
    static final List<String> CSV_HEADER = List.of("reference_code", "time_utc", "username_entered",
            "username_normalised", "user_object_id", "outcome", "blocks", "findings", "retired_reasons", "duration_ms",
            "client_ip", "user_agent", "locale", "graph_request_ids", "unavailable_cause");

    List<String> csvCells() {
        List<RecordedReason> retired = Stream.concat(blocks.stream(), findings.stream()).filter(RecordedReason::retired)
                .toList();
        return List.of(referenceCode, time, nullToEmpty(usernameEntered), nullToEmpty(usernameNormalised),
                nullToEmpty(userObjectId), outcome, codes(blocks), codes(findings), codes(retired),
                Long.toString(durationMillis), nullToEmpty(clientIp), nullToEmpty(userAgent), nullToEmpty(locale),
                nullToEmpty(directoryRequestIds), nullToEmpty(unavailableCause));
    }

    /** Codes separated by spaces, as the export has always written them. */
    private static String codes(List<RecordedReason> reasons) {
        return reasons.stream().map(RecordedReason::code).collect(Collectors.joining(" "));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
