package dev.ssprpreflight.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Predicate;

import javax.sql.DataSource;

/**
 * How every JDBC store opens connections and transactions, in one place: a write either happens whole or not at
 * all, and a database failure reaches the caller as an unchecked exception that says what was being done
 * ("Could not store the registration mirror: …"). No store calls {@code setAutoCommit}, {@code commit} or
 * {@code rollback} itself.
 */
public final class Transactions {

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Runs {@code work} in one transaction, committed when {@code keep} accepts its result and rolled back
     * otherwise (a refused lease leaves nothing behind) or when it throws.
     *
     * @param what what is being done, for the error message: "store a page of readiness scan 7"
     */
    public static <T> T commitIf(DataSource dataSource, String what, Predicate<? super T> keep, Work<T> work) {
        return transaction(dataSource, what, false, keep, work);
    }

    /**
     * Runs {@code work} in one transaction that is always committed. Also for streamed reads: PostgreSQL
     * fetches a result in portions (the statement's fetch size) only outside autocommit.
     */
    public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
        return transaction(dataSource, what, false, result -> true, work);
    }

    /**
     * Runs {@code work} in one repeatable-read transaction: reads of several tables that must see one snapshot,
     * so that a write committed in between cannot mix two versions.
     */
    public static <T> T inSnapshot(DataSource dataSource, String what, Work<T> work) {
        return transaction(dataSource, what, true, result -> true, work);
    }

    /** Runs {@code work} in autocommit: single statements, and reads whose statements need not see one snapshot. */
    public static <T> T read(DataSource dataSource, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * The number of rows of {@code table}, in autocommit.
     *
     * @param table a constant of the caller's store, never user input
     */
    public static long countRows(DataSource dataSource, String table) {
        return read(dataSource, "count the rows of " + table, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                    ResultSet result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : 0L;
            }
        });
    }

    private static <T> T transaction(DataSource dataSource, String what, boolean snapshot,
            Predicate<? super T> keep, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (snapshot) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                T result = work.run(connection);
                if (keep.test(result)) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
    }
}
