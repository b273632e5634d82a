package dev.ssprpreflight.scan.store;

import java.util.Locale;

import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.scan.ScanStore.FlaggedQuery;

/**
 * Which rows of {@code readiness_scan_blocked b} (every flagged user) a read takes: one of the console's
 * two lists with its filter, or one side of a diff.
 */
final class FlaggedUserConditions {

    private static final char LIKE_ESCAPE = '\\';

    private FlaggedUserConditions() {
    }

    /** The scan's users of the query's list that its reason and search select (its page fields aside). */
    static SqlCondition matching(long scanId, FlaggedQuery query) {
        // A range of ix_readiness_scan_flagged_upn (scan_id, blocked, upn_lower, object_id): see V130.
        SqlCondition condition = SqlCondition.of("b.scan_id = ? AND b.blocked = ?", scanId,
                query.standing() == FlaggedUser.Standing.BLOCKED);
        if (query.reason().isPresent()) {
            // A range of ix_readiness_scan_blocked_reason (scan_id, reason, object_id): see V120.
            condition = condition.and(SqlCondition.of("EXISTS (SELECT 1 FROM readiness_scan_blocked_reason f "
                    + "WHERE f.scan_id = b.scan_id AND f.reason = ? AND f.object_id = b.object_id)",
                    query.reason().get().name()));
        }
        String search = query.search().map(String::strip).orElse("");
        if (!search.isEmpty()) {
            String pattern = "%" + escapeLike(search.toLowerCase(Locale.ROOT)) + "%";
            condition = condition.and(SqlCondition.of("(b.upn_lower LIKE ? ESCAPE '" + LIKE_ESCAPE
                    + "' OR LOWER(b.display_name) LIKE ? ESCAPE '" + LIKE_ESCAPE + "')", pattern, pattern));
        }
        return condition;
    }

    /**
     * The users blocked in {@code scanId} who are not blocked in {@code otherScanId}: absent from it, or
     * there with findings only.
     */
    static SqlCondition blockedOnlyIn(long scanId, long otherScanId) {
        return SqlCondition.of("b.scan_id = ? AND b.blocked = ? AND NOT EXISTS (SELECT 1 FROM readiness_scan_blocked o "
                + "WHERE o.scan_id = ? AND o.object_id = b.object_id AND o.blocked = ?)", scanId, true, otherScanId,
                true);
    }

    /** The search text with LIKE's wildcards taken literally: "50%_off" finds exactly that. */
    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
