package dev.ssprpreflight.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * A lease kept in the single row ({@code id = 1}) of a state table with the columns {@code holder} and
 * {@code lease_expires_at} (epoch millis), for the registration mirror, the registration feed and the readiness
 * scans alike. Every change is one conditional {@code UPDATE} of that row whose condition reads nothing but the row
 * itself: a concurrent replica's {@code UPDATE} waits for the row lock and then re-checks the condition against the
 * committed row (PostgreSQL and H2 both do), so two replicas never both take a free lease, and a dead holder's lease
 * simply expires. Each statement runs in the caller's transaction (see {@link Transactions}) and holds the row lock
 * until it ends, so what the lease guards cannot change hands while the caller writes. Times are the calling
 * replica's clock.
 * <p>
 * <b>Two kinds, one technique.</b> The two leases this replaced differed in one point, so it is a parameter, not a
 * second class:
 * <ul>
 * <li>{@link #perHolder}: the lease is held by a replica, and taking it again renews it (the mirror's refresh and
 * the feed's poll loop take it before each round).</li>
 * <li>{@link #perSubject}: the lease is held by a replica <em>for one subject</em> named in a further column (a
 * scan id). It is free only when no subject holds it, so the same replica cannot start a second scan while its
 * first runs; renewing and releasing name the subject, so a scan that lost its lease (and a newer scan of the
 * same replica) never extends or frees it by mistake.</li>
 * </ul>
 */
public final class StateRowLease {

    private final String table;
    private final Optional<String> subject;

    private StateRowLease(String table, Optional<String> subject) {
        this.table = table;
        this.subject = subject;
    }

    /**
     * A lease held by a replica, renewed by taking it again.
     *
     * @param table the state table, a constant of the store (never user input)
     */
    public static StateRowLease perHolder(String table) {
        return new StateRowLease(table, Optional.empty());
    }

    /**
     * A lease held by a replica for one subject at a time.
     *
     * @param table the state table, a constant of the store (never user input)
     * @param subjectColumn the column that names the subject (a {@code BIGINT}, {@code NULL} when free)
     */
    public static StateRowLease perSubject(String table, String subjectColumn) {
        return new StateRowLease(table, Optional.of(subjectColumn));
    }

    /**
     * {@link #take} in a transaction of its own: a per-holder store's whole lease step.
     *
     * @param what the lease, as a failure names it ("the registration-mirror lease")
     */
    public boolean take(DataSource dataSource, String what, String holder, Instant now, Duration duration) {
        return Transactions.read(dataSource, "take " + what, connection -> take(connection, holder, now, duration));
    }

    /** {@link #release} in a transaction of its own. */
    public void release(DataSource dataSource, String what, String holder) {
        Transactions.read(dataSource, "release " + what, connection -> {
            release(connection, holder);
            return null;
        });
    }

    /**
     * Takes the lease for {@code holder} until {@code now + duration} if it is free or has expired by {@code now};
     * per holder also if {@code holder} has it already (that renews it). Per subject it holds no subject until
     * {@link #bind}.
     *
     * @return whether {@code holder} holds it now
     */
    public boolean take(Connection connection, String holder, Instant now, Duration duration) throws SQLException {
        if (subject.isPresent()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + subject.get()
                    + " = NULL, holder = ?, lease_expires_at = ? WHERE id = 1 AND (" + subject.get()
                    + " IS NULL OR lease_expires_at <= ?)")) {
                update.setString(1, holder);
                update.setLong(2, now.plus(duration).toEpochMilli());
                update.setLong(3, now.toEpochMilli());
                return update.executeUpdate() == 1;
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                + " SET holder = ?, lease_expires_at = ? "
                + "WHERE id = 1 AND (holder IS NULL OR holder = ? OR lease_expires_at <= ?)")) {
            update.setString(1, holder);
            update.setLong(2, now.plus(duration).toEpochMilli());
            update.setString(3, holder);
            update.setLong(4, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Whether {@code holder} holds the lease and it has not expired by {@code now}; if so, the row stays locked
     * until the caller's transaction ends, so the lease cannot pass to another replica while the caller writes.
     */
    public boolean holds(Connection connection, String holder, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                + " SET holder = holder WHERE id = 1 AND holder = ? AND lease_expires_at > ?")) {
            update.setString(1, holder);
            update.setLong(2, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /** Gives the lease up at once, if {@code holder} has it (per subject, whichever subject it holds it for). */
    public void release(Connection connection, String holder) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET "
                + subject.map(column -> column + " = NULL, ").orElse("")
                + "holder = NULL, lease_expires_at = 0 WHERE id = 1 AND holder = ?")) {
            update.setString(1, holder);
            update.executeUpdate();
        }
    }

    /** Per subject: records which subject the lease just taken is for. */
    public void bind(Connection connection, long subjectId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + subjectColumn() + " = ? WHERE id = 1")) {
            update.setLong(1, subjectId);
            update.executeUpdate();
        }
    }

    /** Per subject: extends the lease, if {@code holder} holds it for this subject and it has not expired by {@code now}. */
    public boolean renew(Connection connection, long subjectId, String holder, Instant now, Duration duration)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET lease_expires_at = ? "
                + "WHERE id = 1 AND " + subjectColumn() + " = ? AND holder = ? AND lease_expires_at > ?")) {
            update.setLong(1, now.plus(duration).toEpochMilli());
            update.setLong(2, subjectId);
            update.setString(3, holder);
            update.setLong(4, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /** Per subject: frees the lease, if {@code holder} holds it for this subject and it has not expired by {@code now}. */
    public boolean releaseHeld(Connection connection, long subjectId, String holder, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + subjectColumn()
                + " = NULL, holder = NULL, lease_expires_at = 0 "
                + "WHERE id = 1 AND " + subjectColumn() + " = ? AND holder = ? AND lease_expires_at > ?")) {
            update.setLong(1, subjectId);
            update.setString(2, holder);
            update.setLong(3, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /** Per subject: frees the lease if it is this subject's, whoever holds it (the subject has failed). */
    public void releaseSubject(Connection connection, long subjectId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + subjectColumn()
                + " = NULL, holder = NULL, lease_expires_at = 0 WHERE id = 1 AND " + subjectColumn() + " = ?")) {
            update.setLong(1, subjectId);
            update.executeUpdate();
        }
    }

    private String subjectColumn() {
        return subject.orElseThrow(() -> new IllegalStateException("The lease in " + table + " names no subject"));
    }
}
