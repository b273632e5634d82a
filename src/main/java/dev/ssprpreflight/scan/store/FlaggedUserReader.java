package dev.ssprpreflight.scan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;

/**
 * Reads flagged users with their reasons, ordered by UPN (lower case, then object id, so that the order
 * is total and the same on both databases). Every read is one statement: the users that a condition
 * selects, in a window or all of them, joined with their reason rows and folded back into one
 * {@link FlaggedUser} each. A reason row is read back whatever its code's tier or retirement: old scans
 * keep the codes of their time.
 */
final class FlaggedUserReader {

    /** Rows PostgreSQL sends at a time when a whole scan is streamed (the CSV of 100,000 users). */
    private static final int STREAM_FETCH_SIZE = 500;

    /** A part of the ordered users: {@code limit} of them after skipping {@code offset}. */
    record Window(long offset, int limit) {
    }

    private FlaggedUserReader() {
    }

    static long count(Connection connection, SqlCondition where) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM readiness_scan_blocked b WHERE " + where.sql())) {
            where.bind(select, 1);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The users in the window, in order. */
    static List<FlaggedUser> list(Connection connection, SqlCondition where, Window window) throws SQLException {
        List<FlaggedUser> users = new ArrayList<>();
        select(connection, where, Optional.of(window), users::add);
        return users;
    }

    /** Every user the condition selects, in order, fetched in portions (the caller's transaction is open). */
    static void stream(Connection connection, SqlCondition where, Consumer<FlaggedUser> each) throws SQLException {
        select(connection, where, Optional.empty(), each);
    }

    private static void select(Connection connection, SqlCondition where, Optional<Window> window,
            Consumer<FlaggedUser> each) throws SQLException {
        // The window applies to users, so it is taken before the join adds a row per reason.
        try (PreparedStatement select = connection.prepareStatement("SELECT b.object_id, b.user_principal_name, "
                + "b.display_name, b.registration_from_report, r.reason FROM (SELECT scan_id, object_id, "
                + "user_principal_name, upn_lower, display_name, registration_from_report "
                + "FROM readiness_scan_blocked b WHERE " + where.sql() + " ORDER BY upn_lower, object_id"
                + (window.isPresent() ? " LIMIT ? OFFSET ?" : "") + ") b "
                + "JOIN readiness_scan_blocked_reason r ON r.scan_id = b.scan_id AND r.object_id = b.object_id "
                + "ORDER BY b.upn_lower, b.object_id")) {
            int next = where.bind(select, 1);
            if (window.isPresent()) {
                select.setInt(next, window.get().limit());
                select.setLong(next + 1, window.get().offset());
            } else {
                select.setFetchSize(STREAM_FETCH_SIZE);
            }
            try (ResultSet rows = select.executeQuery()) {
                fold(rows, each);
            }
        }
    }

    /** One row per user and reason, a user's rows next to each other: one user each, reasons in catalogue order. */
    private static void fold(ResultSet rows, Consumer<FlaggedUser> each) throws SQLException {
        String objectId = null;
        String upn = null;
        String displayName = null;
        boolean fromReport = false;
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        while (rows.next()) {
            String rowObjectId = rows.getString(1);
            if (!rowObjectId.equals(objectId)) {
                if (objectId != null) {
                    each.accept(new FlaggedUser(objectId, upn, displayName, List.copyOf(reasons), fromReport));
                }
                objectId = rowObjectId;
                upn = rows.getString(2);
                displayName = rows.getString(3);
                fromReport = rows.getBoolean(4);
                reasons.clear();
            }
            reasons.add(Reason.valueOf(rows.getString(5)));
        }
        if (objectId != null) {
            each.accept(new FlaggedUser(objectId, upn, displayName, List.copyOf(reasons), fromReport));
        }
    }
}
