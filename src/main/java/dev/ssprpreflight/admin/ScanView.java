package dev.ssprpreflight.admin;

import java.util.List;

import dev.ssprpreflight.scan.FlaggedUser;

/**
 * One readiness scan: its progress while it runs; once complete, its users per reason (blocks, findings and
 * retired codes apart) with what to do about each, what changed among the blocked users since the previous
 * complete scan of the same scope, and one of its two lists: the blocked users, or the users with findings
 * only.
 *
 * @param frame the console frame
 * @param scan the scan
 * @param progress its progress; null unless running
 * @param reasons users per reason; empty unless complete
 * @param advice what to do about each of those reasons, in the same order
 * @param changes the change since the previous complete scan; null unless complete
 * @param users the list shown, with its filter and page; null unless complete
 * @param links the page's links, with the filter kept
 */
public record ScanView(ConsoleFrame frame, ScanRow scan, ScanProgressText progress, ScanReasonCounts reasons,
        List<ReasonAdvice> advice, Changes changes, Users users, ScanLinks links) {

    /**
     * The change among blocked users from the previous complete scan of the same scope; findings are no
     * change.
     *
     * @param previousId that scan's number; null when this is the first complete scan of the scope
     * @param previousStarted when it started, localised
     * @param newlyBlocked how many are blocked now but were not then, localised
     * @param newlyBlockedSample some of them
     * @param noLongerBlocked how many were blocked then but are not now (fixed, down to findings, or gone
     *        from the scope), localised
     * @param noLongerBlockedSample some of them, as they were then
     */
    public record Changes(Long previousId, String previousStarted, String newlyBlocked,
            List<FlaggedUserRow> newlyBlockedSample, String noLongerBlocked,
            List<FlaggedUserRow> noLongerBlockedSample) {
    }

    /**
     * One of the scan's two lists, filtered and paged.
     *
     * @param filter the filter as entered, to fill the form again; it says which list this is
     * @param problems what is wrong with the filter; empty when it was applied
     * @param rows this page's users
     * @param matching how many match, localised
     * @param total how many match
     * @param page this page's number
     * @param pageCount how many pages there are
     * @param shownPage the page number, localised
     * @param shownPageCount the page count, localised
     * @param reasonChoices the reasons the list can be filtered by, in groups
     * @param blockedCount how many users the scan found blocked, localised, for the switch between the lists
     * @param findingsOnlyCount how many it found with findings only, localised
     */
    public record Users(FlaggedFilter filter, List<String> problems, List<FlaggedUserRow> rows, String matching,
            long total, long page, long pageCount, String shownPage, String shownPageCount,
            List<ScanReasonCounts.ChoiceGroup> reasonChoices, String blockedCount, String findingsOnlyCount) {

        /** Whether this is the list of the users with findings only. */
        public boolean findingsOnly() {
            return filter.findingsOnly();
        }

        /** Whether a row on this page rests on the registration report alone, so the note explains the marker. */
        public boolean anyFromReport() {
            return rows.stream().anyMatch(FlaggedUserRow::registrationFromReport);
        }
    }

    /** The link to the previous page of the list, or null on the first. */
    public String previousLink() {
        return users != null && users.page() > 1 ? links.page(users.page() - 1) : null;
    }

    /** The link to the next page of the list, or null on the last. */
    public String nextLink() {
        return users != null && users.page() < users.pageCount() ? links.page(users.page() + 1) : null;
    }

    /** The link to the blocked users' list. */
    public String blockedListLink() {
        return links.list(FlaggedUser.Standing.BLOCKED);
    }

    /** The link to the list of the users with findings only. */
    public String findingsOnlyListLink() {
        return links.list(FlaggedUser.Standing.FINDINGS_ONLY);
    }
}
