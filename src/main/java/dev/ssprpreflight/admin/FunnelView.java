package dev.ssprpreflight.admin;

import java.util.List;

/**
 * The funnel page.
 *
 * @param frame the console frame
 * @param days the period shown, in days
 * @param periodOptions the periods to choose from
 * @param entraRead whether Entra's SSPR events are read; when not, every stage after "sent to the portal" is not known
 * @param windowNote how events are attributed, with the window
 * @param chart the period's funnel as a picture
 * @param pictureSummary the picture's title for screen readers
 * @param stages the stage columns' headings, in order
 * @param dayRows one row per day
 * @param daysCaption the day table's caption
 * @param reasonRows one row per reason the attempts carried
 * @param total the period's totals row
 * @param withoutObjectId attempts without a user's object id, as the language writes the number
 * @param ready the share of READY users whose reset succeeded, or the text saying there is none yet
 * @param blocked the share of BLOCKED users who succeeded anyway, likewise
 * @param stillOpen how many attempts are still open, as the language writes it
 * @param blockedByReason the same share per blocking reason
 * @param failures Entra's reasons of failed resets, verbatim
 * @param unknownSteps steps we do not recognise, verbatim
 * @param csvLink the CSV of the same period
 */
public record FunnelView(ConsoleFrame frame, int days, List<Integer> periodOptions, boolean entraRead, String windowNote,
        FunnelChart chart, String pictureSummary, List<Heading> stages, List<Row> dayRows, String daysCaption,
        List<Row> reasonRows, Row total, String withoutObjectId, String ready, String blocked, String stillOpen,
        List<ReasonShare> blockedByReason, List<TextRow> failures, List<TextRow> unknownSteps, String csvLink) {

    /** @param stage the stage's code; @param label its text */
    public record Heading(String stage, String label) {
    }

    /**
     * @param key a day (ISO) or a reason's code
     * @param label the day or the reason's title
     * @param tier BLOCK or FINDING for a reason row, empty for a day
     * @param retired a retired reason
     * @param cells the stage counts, "not known" where Entra's events are not read
     * @param withoutObjectId attempts without a user's object id (day rows only)
     */
    public record Row(String key, String label, String tier, boolean retired, List<Cell> cells, String withoutObjectId) {
    }

    /** @param stage the stage's code; @param text the count or "not known" */
    public record Cell(String stage, String text) {
    }

    /** @param reason the code; @param label its title; @param share "33 % (1 of 3)"; @param percent for sorting */
    public record ReasonShare(String reason, String label, String share, long percent) {
    }

    /** @param text as Entra wrote it; @param count attempts, as the language writes it */
    public record TextRow(String text, String count) {
    }
}
