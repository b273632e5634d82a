package dev.ssprpreflight.scan.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Predicate;

import javax.sql.DataSource;

/**
 * How the scan store opens connections and transactions, in one place: a write either happens whole or
 * not at all, and a database failure reaches the caller as an unchecked exception that says what was
 * being done.
 */
final class Transactions {

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
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
    static <T> T commitIf(DataSource dataSource, String what, Predicate<? super T> keep, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
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
            throw new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction that is always committed. Also for streamed reads: PostgreSQL
     * fetches a result in portions (the statement's fetch size) only outside autocommit.
     */
    static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
        return commitIf(dataSource, what, result -> true, work);
    }

    /** Runs {@code work} in autocommit: reads whose statements need not see one snapshot. */
    static <T> T read(DataSource dataSource, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
        }
    }
}
