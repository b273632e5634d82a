package dev.ssprpreflight.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.ssprpreflight.scan.FlaggedUser;

/**
 * Links of a scan's page that keep the flagged users' filter: the switch between the two lists, paging, a
 * reason, and the CSV export of the list shown.
 */
public record ScanLinks(long scanId, FlaggedFilter filter) {

    /** Where the users' section starts on the page. */
    static final String USERS = "#users";

    /** The scan's page. */
    public String scan() {
        return ScansResource.PATH + "/" + scanId;
    }

    /** Another page of the list shown, with its filter. */
    public String page(long page) {
        return scan() + FilterLinks.query(params(filter.reason(), filter.search(), Long.toString(page))) + USERS;
    }

    /** The list of the blocked users, or of the users with findings only, without a filter. */
    public String list(FlaggedUser.Standing standing) {
        return scan() + FilterLinks.query(list(standing, null)) + USERS;
    }

    /** The users of the list with this reason among theirs (any search dropped). */
    String reason(FlaggedUser.Standing standing, String reason) {
        return scan() + FilterLinks.query(list(standing, reason)) + USERS;
    }

    /** The CSV of the list shown, with its filter: {@code blocked.csv} or {@code findings.csv}. */
    public String export() {
        String file = filter.findingsOnly() ? ScanResource.FINDINGS_ONLY_CSV : ScanResource.BLOCKED_CSV;
        Map<String, String> params = new LinkedHashMap<>();
        params.put("reason", filter.reason());
        params.put("search", filter.search());
        return scan() + "/" + file + FilterLinks.query(params);
    }

    private Map<String, String> params(String reason, String search, String page) {
        Map<String, String> params = list(filter.standing(), reason);
        params.put("search", search);
        params.put("page", page);
        return params;
    }

    /** The list's parameter, left out for the blocked users (the default), and a reason. */
    private static Map<String, String> list(FlaggedUser.Standing standing, String reason) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("list", standing == FlaggedUser.Standing.BLOCKED ? null : FlaggedFilter.listParameter(standing));
        params.put("reason", reason);
        return params;
    }
}
