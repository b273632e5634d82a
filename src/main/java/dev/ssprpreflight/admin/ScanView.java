package dev.ssprpreflight.admin;

import java.util.List;

/**
 * One readiness scan: its progress while it runs; once complete, its counts per reason with what to do
 * about each, what changed since the previous complete scan of the same scope, and the blocked users.
 *
 * @param frame the console frame
 * @param scan the scan
 * @param progress its progress; null unless running
 * @param reasons blocked users per reason, most frequent first; empty unless complete
 * @param advice what to do about each of those reasons
 * @param changes the change since the previous complete scan; null unless complete
 * @param blocked the blocked users with their filter and page; null unless complete
 * @param links the page's links, with the filter kept
 */
public record ScanView(ConsoleFrame frame, ScanRow scan, ScanProgressText progress, List<ReasonCount> reasons,
        List<ReasonAdvice> advice, Changes changes, Blocked blocked, ScanLinks links) {

    /** @param code the reason's code; @param label its title; @param count users, as the language writes it */
    public record ReasonCount(String code, String label, long count, String shownCount) {
    }

    /**
     * The change from the previous complete scan of the same scope.
     *
     * @param previousId that scan's number; null when this is the first complete scan of the scope
     * @param previousStarted when it started, localised
     * @param newlyBlocked how many are blocked now but were not then, localised
     * @param newlyBlockedSample some of them
     * @param noLongerBlocked how many were blocked then but are not now (fixed, or gone from the scope), localised
     * @param noLongerBlockedSample some of them
     */
    public record Changes(Long previousId, String previousStarted, String newlyBlocked,
            List<BlockedUserRow> newlyBlockedSample, String noLongerBlocked, List<BlockedUserRow> noLongerBlockedSample) {
    }

    /**
     * The blocked users, filtered and paged.
     *
     * @param filter the filter as entered, to fill the form again
     * @param problems what is wrong with the filter; empty when it was applied
     * @param rows this page's users
     * @param matching how many match, localised
     * @param total how many match
     * @param page this page's number
     * @param pageCount how many pages there are
     * @param shownPage the page number, localised
     * @param shownPageCount the page count, localised
     * @param reasonChoices the reason choices, code and label
     */
    public record Blocked(BlockedFilter filter, List<String> problems, List<BlockedUserRow> rows, String matching,
            long total, long page, long pageCount, String shownPage, String shownPageCount,
            List<AttemptListView.Choice> reasonChoices) {

        /** Whether a row on this page rests on the registration report alone, so the note explains the marker. */
        public boolean anyFromReport() {
            return rows.stream().anyMatch(BlockedUserRow::registrationFromReport);
        }
    }

    /** The link to the previous page of blocked users, or null on the first. */
    public String previousLink() {
        return blocked != null && blocked.page() > 1 ? links.page(blocked.page() - 1) : null;
    }

    /** The link to the next page of blocked users, or null on the last. */
    public String nextLink() {
        return blocked != null && blocked.page() < blocked.pageCount() ? links.page(blocked.page() + 1) : null;
    }
}
