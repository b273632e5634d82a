package dev.ssprpreflight.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Links of the attempt list that keep the current filter: sorting, paging and the CSV export. */
public record FilterLinks(AttemptFilter filter) {

    static final String LIST = "/admin/attempts";

    /** Sort by the column; a second click on the sorted column turns the direction around. */
    public String sort(String column) {
        boolean sortedByThis = column.equals(filter.sort() == null || filter.sort().isBlank() ? "time" : filter.sort());
        String direction = sortedByThis && !"asc".equals(filter.dir()) ? "asc" : "desc";
        return LIST + query(params(column, direction, null));
    }

    public String page(long page) {
        return LIST + query(params(filter.sort(), filter.dir(), Long.toString(page)));
    }

    public String export() {
        return LIST + "/export.csv" + query(params(filter.sort(), filter.dir(), null));
    }

    private Map<String, String> params(String sort, String dir, String page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("outcome", filter.outcome());
        params.put("reason", filter.reason());
        params.put("username", filter.username());
        params.put("sort", sort);
        params.put("dir", dir);
        params.put("page", page);
        return params;
    }

    /** The non-blank parameters as a query string, "?a=1&b=2", or nothing. */
    static String query(Map<String, String> params) {
        String query = params.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }
}
