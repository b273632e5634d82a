package dev.ssprpreflight.admin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import dev.ssprpreflight.scan.ScanProgress;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * One readiness scan as the list of scans and a scan's page show it: every value already written
 * as the page's language writes it.
 *
 * @param id the scan's number
 * @param scope "Whole organisation" or "Group Finance"
 * @param status the status code, for tests and styles
 * @param statusLabel the status as text
 * @param started when it started, localised, with UTC
 * @param startedIso the same in ISO 8601, for {@code datetime}
 * @param startedBy the admin's name, or {@code schedule}
 * @param finished when it completed or failed, localised; null while running
 * @param finishedIso the same in ISO 8601; null while running
 * @param duration how long it ran (so far)
 * @param usersListed users read (members and guests)
 * @param guestsSkipped guests among them
 * @param membersJudged members checked
 * @param usersBlocked members blocked (so far): at least one reason blocks them
 * @param usersWithFindingsOnly members with admin-only findings and no block (so far)
 * @param failure why it failed; null unless failed
 */
public record ScanRow(long id, String scope, String status, String statusLabel, String started, String startedIso,
        String startedBy, String finished, String finishedIso, String duration, String usersListed,
        String guestsSkipped, String membersJudged, String usersBlocked, String usersWithFindingsOnly, String failure) {

    static ScanRow of(ScanRecord scan, Instant now, ScanMessages msg, AdminMessages console,
            LocaleFormats formats) {
        Instant finishedAt = scan.finishedAt().orElse(null);
        return new ScanRow(scan.id(), ConsoleTexts.scanScope(scan.scope(), msg), scan.status().name(),
                ConsoleTexts.scanStatus(scan.status(), msg), formats.dateTimeUtc(scan.startedAt()),
                iso(scan.startedAt()), scan.startedBy(), finishedAt == null ? null : formats.dateTimeUtc(finishedAt),
                finishedAt == null ? null : iso(finishedAt),
                ConsoleTexts.duration(ScanProgress.of(scan, now).elapsed(), console, formats),
                formats.number(scan.usersListed()), formats.number(scan.guestsSkipped()),
                formats.number(scan.membersJudged()), formats.number(scan.usersBlocked()),
                formats.number(scan.usersWithFindingsOnly()),
                scan.status() == ScanStatus.FAILED ? scan.failure().orElse(msg.scanFailureUnknown()) : null);
    }

    public boolean isRunning() {
        return ScanStatus.RUNNING.name().equals(status);
    }

    public boolean isComplete() {
        return ScanStatus.COMPLETE.name().equals(status);
    }

    public boolean isFailed() {
        return ScanStatus.FAILED.name().equals(status);
    }

    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
