package dev.ssprpreflight.admin.funnel;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.ssprpreflight.check.Reason;

/**
 * The funnel of a period: from our verdict to what Entra recorded at Microsoft's portal.
 *
 * @param firstDay the period's first day (UTC)
 * @param lastDay its last day (UTC)
 * @param window how long after a verdict an event still counts
 * @param total every attempt of a known user in the period
 * @param withoutObjectId attempts without a user's object id (a username that named nobody, or checks that could not
 *        find the user): nothing to join on, so outside the funnel
 * @param days one row per day of the period, oldest first, days without attempts included
 * @param reasons per reason (block or finding) that attempts in the period carried, in catalogue order
 * @param failures Entra's reasons of the failed attempts, verbatim, most frequent first
 * @param unknownSteps step texts and activities we do not know, verbatim, most frequent first
 * @param ready the share of READY attempts (window closed) whose reset succeeded
 * @param blocked the share of BLOCKED attempts (window closed) that succeeded anyway
 * @param blockedByReason the same per blocking reason, in catalogue order
 */
public record Funnel(LocalDate firstDay, LocalDate lastDay, Duration window, StageCounts total, long withoutObjectId,
        List<Day> days, List<ReasonRow> reasons, List<TextCount> failures, List<TextCount> unknownSteps, Share ready,
        Share blocked, Map<Reason, Share> blockedByReason) {

    /**
     * @param day the day (UTC)
     * @param all every attempt of a known user that day
     * @param withoutObjectId attempts without a user's object id that day
     * @param byReason per reason the attempts of that day carried, in catalogue order
     * @param failures Entra's reasons of that day's failed attempts, verbatim, most frequent first
     */
    public record Day(LocalDate day, StageCounts all, long withoutObjectId, Map<Reason, StageCounts> byReason,
            List<TextCount> failures) {
    }

    /** The attempts that carried one reason. */
    public record ReasonRow(Reason reason, StageCounts counts) {
    }

    /** A text as Entra wrote it and how many attempts it was recorded for. */
    public record TextCount(String text, long count) {
    }
}
