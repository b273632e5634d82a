package dev.ssprpreflight.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import dev.ssprpreflight.jdbc.Transactions;
import io.quarkus.arc.Arc;

/** Reads the attempt log back for assertions, through the same SQL the application reads it with. */
public final class StoredAttempts {

    private StoredAttempts() {
    }

    static DataSource dataSource() {
        return Arc.container().instance(DataSource.class).get();
    }

    public static Attempt byReferenceCode(String referenceCode) {
        return new AttemptSearch(dataSource()).byReferenceCode(referenceCode);
    }

    /** The user's attempt recorded last. */
    public static Attempt latestFor(String normalisedUsername) {
        return select("a.username_normalised = ?", "a.id DESC", normalisedUsername).stream().findFirst().orElse(null);
    }

    /** Every attempt, oldest first (ties in insertion order). */
    public static List<Attempt> all() {
        return where("1 = 1");
    }

    /**
     * The attempts that match a condition over the table {@code attempt a}, oldest first (ties in insertion order),
     * with their codes.
     */
    public static List<Attempt> where(String condition, Object... parameters) {
        return select(condition, "a.occurred_at, a.id", parameters);
    }

    private static List<Attempt> select(String condition, String order, Object... parameters) {
        return Transactions.read(dataSource(), "read test attempts", connection -> AttemptRows.select(connection,
                "SELECT " + AttemptRows.COLUMNS + " FROM attempt a WHERE " + condition + " ORDER BY " + order,
                Arrays.asList(parameters)));
    }

    public static long count() {
        return Transactions.countRows(dataSource(), "attempt");
    }

    /** The codes stored for an attempt id, straight from {@code attempt_reason}. */
    public static long reasonRowsOf(long attemptId) {
        return Transactions.read(dataSource(), "count reason rows", connection -> AttemptRows.single(connection,
                "SELECT COUNT(*) FROM attempt_reason WHERE attempt_id = ?", List.of(attemptId), ResultSet::getLong));
    }

    /** The console's own trail, oldest first. */
    public static List<ConsoleAccess> consoleAccesses() {
        return Transactions.read(dataSource(), "read the console trail", connection -> {
            List<ConsoleAccess> accesses = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, occurred_at, actor, action, detail FROM console_access ORDER BY occurred_at, id");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ConsoleAccess access = new ConsoleAccess();
                    access.id = rows.getLong(1);
                    access.occurredAt = AttemptRows.instant(rows, 2);
                    access.actor = rows.getString(3);
                    access.action = rows.getString(4);
                    access.detail = rows.getString(5);
                    accesses.add(access);
                }
            }
            return accesses;
        });
    }
}
