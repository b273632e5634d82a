package dev.ssprpreflight.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/** Links of a scan's page that keep the blocked users' filter: paging, a reason, and the CSV export. */
public record ScanLinks(long scanId, BlockedFilter filter) {

    /** The scan's page. */
    public String scan() {
        return ScansResource.PATH + "/" + scanId;
    }

    public String page(long page) {
        return scan() + FilterLinks.query(params(filter.reason(), Long.toString(page))) + "#blocked";
    }

    /** The blocked users with this reason (any search dropped). */
    public String reason(String reason) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("reason", reason);
        return scan() + FilterLinks.query(params) + "#blocked";
    }

    public String export() {
        return scan() + "/blocked.csv" + FilterLinks.query(params(filter.reason(), null));
    }

    private Map<String, String> params(String reason, String page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("reason", reason);
        params.put("search", filter.search());
        params.put("page", page);
        return params;
    }
}
