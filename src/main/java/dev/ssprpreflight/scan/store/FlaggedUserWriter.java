package dev.ssprpreflight.scan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;

/**
 * Writes one page's flagged users and their reasons, blocks and findings alike, in the caller's transaction,
 * as two JDBC batches (a page holds at most a listing page of users, 999, so each batch is sent whole). Each
 * user's row says which list it is in ({@code blocked}, see V130).
 */
final class FlaggedUserWriter {

    private FlaggedUserWriter() {
    }

    static void insert(Connection connection, long scanId, List<FlaggedUser> users) throws SQLException {
        if (users.isEmpty()) {
            return;
        }
        // The users first: each reason row refers to its user's row.
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO readiness_scan_blocked (scan_id, "
                + "object_id, user_principal_name, upn_lower, display_name, registration_from_report, blocked) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (FlaggedUser user : users) {
                insert.setLong(1, scanId);
                insert.setString(2, user.objectId());
                insert.setString(3, user.userPrincipalName());
                insert.setString(4, user.userPrincipalName().toLowerCase(Locale.ROOT));
                insert.setString(5, ColumnText.fit(user.displayName(), ColumnText.DISPLAY_NAME));
                insert.setBoolean(6, user.registrationFromReport());
                insert.setBoolean(7, user.blocked());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO readiness_scan_blocked_reason (scan_id, object_id, reason) VALUES (?, ?, ?)")) {
            for (FlaggedUser user : users) {
                for (Reason reason : EnumSet.copyOf(user.reasons())) {
                    insert.setLong(1, scanId);
                    insert.setString(2, user.objectId());
                    insert.setString(3, reason.name());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
