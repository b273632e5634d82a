package dev.ssprpreflight.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one transaction helper, on an in-memory H2 database: what it keeps, what it rolls back, how it fails. */
class TransactionsTest {

    private DataSource dataSource;

    @BeforeEach
    void database() throws SQLException {
        dataSource = H2Tables.database("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(20))");
    }

    @Test
    void commitsWhenTheResultIsKept() {
        boolean kept = Transactions.commitIf(dataSource, "write a note", written -> written,
                connection -> insert(connection, 1) == 1);

        assertThat(kept).isTrue();
        assertThat(notes()).isEqualTo(1);
    }

    @Test
    void rollsBackEveryStatementWhenTheResultIsRefused() {
        boolean kept = Transactions.commitIf(dataSource, "write two notes", written -> false, connection -> {
            insert(connection, 1);
            return insert(connection, 2) == 1;
        });

        assertThat(kept).isTrue();
        assertThat(notes()).isZero();
    }

    @Test
    void rollsBackWhenTheWorkThrows() {
        assertThatThrownBy(() -> Transactions.inTransaction(dataSource, "write a note", connection -> {
            insert(connection, 1);
            throw new IllegalArgumentException("refused after the insert");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("refused after the insert");

        assertThat(notes()).isZero();
    }

    @Test
    void aDatabaseFailureSaysWhatWasBeingDoneAndRollsBack() {
        assertThatThrownBy(() -> Transactions.inTransaction(dataSource, "write note 1 twice", TransactionsTest::noteOneTwice))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Could not write note 1 twice: ")
                .hasCauseInstanceOf(SQLException.class);

        assertThat(notes()).isZero();
    }

    @Test
    void aReadInAutocommitKeepsEachStatementAndWrapsFailures() {
        assertThatThrownBy(() -> Transactions.read(dataSource, "write note 1 twice", TransactionsTest::noteOneTwice))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Could not write note 1 twice: ");

        assertThat(notes()).isEqualTo(1);
    }

    @Test
    void aSnapshotIsCommitted() {
        int inserted = Transactions.inSnapshot(dataSource, "write a note", connection -> insert(connection, 1));

        assertThat(inserted).isEqualTo(1);
        assertThat(notes()).isEqualTo(1);
    }

    /** Breaks the primary key with its second statement. */
    private static int noteOneTwice(Connection connection) throws SQLException {
        insert(connection, 1);
        return insert(connection, 1);
    }

    private static int insert(Connection connection, int id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO note (id, text) VALUES (?, 'x')")) {
            insert.setInt(1, id);
            return insert.executeUpdate();
        }
    }

    private long notes() {
        return Transactions.read(dataSource, "count the notes", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM note");
                    ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
