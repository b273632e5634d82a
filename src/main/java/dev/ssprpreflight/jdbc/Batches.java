package dev.ssprpreflight.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Prepared statements whose rows go to the database together, every {@code size} rows and at the end, in the order
 * the statements were given (a delete before the insert that replaces the row, say). Bounds what a driver holds for
 * one batch when a store writes tens of thousands of rows.
 */
public final class Batches {

    private final int size;
    private final List<PreparedStatement> statements;
    private int pending;

    /** @param statements each gets one {@code addBatch()} per row from the caller */
    public Batches(int size, PreparedStatement... statements) {
        this.size = size;
        this.statements = List.of(statements);
    }

    /** Counts a row whose parameters the caller added to every statement; sends the batch when it is full. */
    public void rowAdded() throws SQLException {
        if (++pending == size) {
            flush();
        }
    }

    /** Sends what is pending. */
    public void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        pending = 0;
    }
}
