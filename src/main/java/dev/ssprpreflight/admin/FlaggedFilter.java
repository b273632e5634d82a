package dev.ssprpreflight.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.scan.ScanStore;

/**
 * The filter of a scan's flagged users as it arrives in the query string: which list (the blocked users, or
 * the users with findings only), and within it a reason, a search and a page. {@link #toQuery} turns it into
 * a query or into what is wrong with it, so that bad input is refused whole.
 *
 * @param list {@value #BLOCKED} (also when empty) or {@value #FINDINGS_ONLY}
 * @param reason a {@link Reason} name (a block, a finding or a retired code), or empty for any
 * @param search text the UPN or display name contains
 * @param page 1-based page number
 */
public record FlaggedFilter(String list, String reason, String search, String page) {

    /** The {@code list} of the blocked users, the default. */
    static final String BLOCKED = "blocked";
    /** The {@code list} of the users with findings only. */
    static final String FINDINGS_ONLY = "findings";

    /** A display name has at most 256 characters in Entra ID; a UPN fewer. */
    static final int MAX_SEARCH = 256;

    /** The problems a filter can have; each has a console message. */
    public enum Problem {
        LIST,
        REASON,
        SEARCH,
        PAGE
    }

    /** Either a query or the problems that stopped it. */
    public record Parsed(Optional<ScanStore.FlaggedQuery> query, List<Problem> problems) {
    }

    /** The {@code list} parameter of a list. */
    static String listParameter(FlaggedUser.Standing standing) {
        return standing == FlaggedUser.Standing.BLOCKED ? BLOCKED : FINDINGS_ONLY;
    }

    Parsed toQuery(int pageSize) {
        List<Problem> problems = new ArrayList<>();
        Optional<FlaggedUser.Standing> standing = parsedStanding();
        if (standing.isEmpty()) {
            problems.add(Problem.LIST);
        }
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
        return new Parsed(Optional.of(new ScanStore.FlaggedQuery(standing.get(), reasonValue,
                Optional.ofNullable(searchText), pageValue - 1, pageSize)), List.of());
    }

    /** The list asked for; the blocked users when none or an unknown one was given (the page says so). */
    public FlaggedUser.Standing standing() {
        return parsedStanding().orElse(FlaggedUser.Standing.BLOCKED);
    }

    /** Whether the list of users with findings only was asked for. */
    public boolean findingsOnly() {
        return standing() == FlaggedUser.Standing.FINDINGS_ONLY;
    }

    private Optional<FlaggedUser.Standing> parsedStanding() {
        String listText = FreeText.stripped(list);
        if (listText == null || listText.equals(BLOCKED)) {
            return Optional.of(FlaggedUser.Standing.BLOCKED);
        }
        return listText.equals(FINDINGS_ONLY) ? Optional.of(FlaggedUser.Standing.FINDINGS_ONLY) : Optional.empty();
    }
}
