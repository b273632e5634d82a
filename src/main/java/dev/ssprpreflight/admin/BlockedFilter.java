package dev.ssprpreflight.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.ScanStore;

/**
 * The filter of a scan's blocked users as it arrives in the query string. {@link #toQuery} turns it
 * into a query or into what is wrong with it, so that bad input is refused whole.
 *
 * @param reason a {@link Reason} name, or empty for any
 * @param search text the UPN or display name contains
 * @param page 1-based page number
 */
public record BlockedFilter(String reason, String search, String page) {

    /** A display name has at most 256 characters in Entra ID; a UPN fewer. */
    static final int MAX_SEARCH = 256;

    /** The problems a filter can have; each has a console message. */
    public enum Problem {
        REASON,
        SEARCH,
        PAGE
    }

    /** Either a query or the problems that stopped it. */
    public record Parsed(Optional<ScanStore.BlockedQuery> query, List<Problem> problems) {
    }

    Parsed toQuery(int pageSize) {
        List<Problem> problems = new ArrayList<>();
        Optional<Reason> reasonValue = Optional.empty();
        String reasonText = FreeText.stripped(reason);
        if (reasonText != null) {
            try {
                reasonValue = Optional.of(Reason.valueOf(reasonText));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.REASON);
            }
        }
        String searchText = FreeText.stripped(search);
        if (searchText != null && !FreeText.acceptable(searchText, MAX_SEARCH)) {
            problems.add(Problem.SEARCH);
        }
        int pageValue = 1;
        String pageText = FreeText.stripped(page);
        if (pageText != null) {
            try {
                pageValue = Integer.parseInt(pageText);
            } catch (NumberFormatException e) {
                pageValue = 0;
            }
            if (pageValue < 1 || pageValue > AttemptFilter.MAX_PAGE) {
                problems.add(Problem.PAGE);
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        return new Parsed(Optional.of(new ScanStore.BlockedQuery(reasonValue, Optional.ofNullable(searchText),
                pageValue - 1, pageSize)), List.of());
    }

    /** The 1-based page asked for; 1 when none or a bad one was given. */
    public long pageNumber() {
        try {
            return Math.max(1, Long.parseLong(page == null ? "1" : page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
