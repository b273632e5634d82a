package dev.ssprpreflight.admin;

import java.util.List;

/**
 * The readiness scans page: the form to start one, the running scan, the trend and the recent scans.
 *
 * @param frame the console frame
 * @param form the form as entered, to fill it again
 * @param problems what is wrong with the form; empty unless it was refused
 * @param refusal why the scan did not start; null unless it was refused after the form was read
 * @param running the running scan, or null
 * @param runningProgress its progress, or null
 * @param trend blocked users per complete scan of the whole organisation, oldest first
 * @param trendSummary a sentence describing the trend, for screen readers
 * @param trendByReason whether the trend is stacked per reason rather than all blocked users together
 * @param recent the latest scans, newest first
 */
public record ScansView(ConsoleFrame frame, ScanStartForm form, List<String> problems, ScanStartRefusal refusal,
        ScanRow running, ScanProgressText runningProgress, BlockedChart trend, String trendSummary,
        boolean trendByReason, List<ScanRow> recent) {

    /** Whether the form is shown again with what stopped it. */
    public boolean refused() {
        return !problems.isEmpty() || refusal != null;
    }
}
