package dev.ssprpreflight.directory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.ssprpreflight.directory.RegistrationEventStore;
import io.quarkus.arc.Unremovable;

/**
 * The registration feed's events in the application's database (tables of {@code V150__Registration_events.sql}),
 * shared by the replicas. Plain JDBC with portable SQL, so that the same migration and statements run on PostgreSQL
 * (several replicas) and on the embedded H2 database.
 * <p>
 * The lease is the single row of {@code registration_feed_state}, taken with one conditional {@code UPDATE} (free,
 * expired or already ours): the database's row lock makes that atomic between replicas, and a dead holder's lease
 * simply expires. {@link #publish} re-checks the lease with an {@code UPDATE} of that row in the same transaction
 * that writes the events and the coverage, so a replica that lost its lease writes nothing, and two writers never
 * interleave. An event already held is deleted and inserted again within that transaction, which keeps it once
 * without a dialect's upsert.
 */
@Singleton
@Unremovable
public class DatabaseRegistrationEventStore implements RegistrationEventStore {

    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final StateRowLease lease;

    @Inject
    public DatabaseRegistrationEventStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.lease = new StateRowLease(dataSource, "registration_feed_state", "registration-feed lease");
    }

    @Override
    public boolean tryLease(String holder, Instant now, Duration duration) {
        return lease.tryLease(holder, now, duration);
    }

    @Override
    public void release(String holder) {
        lease.release(holder);
    }

    @Override
    public boolean publish(String holder, Instant now, String source, List<Event> events,
            Optional<Coverage> coverage) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // Locks the state row until commit: the lease cannot pass to another replica while we write.
                try (PreparedStatement state = connection.prepareStatement("UPDATE registration_feed_state "
                        + "SET holder = holder WHERE id = 1 AND holder = ? AND lease_expires_at > ?")) {
                    state.setString(1, holder);
                    state.setLong(2, now.toEpochMilli());
                    if (state.executeUpdate() != 1) {
                        connection.rollback();
                        return false;
                    }
                }
                writeEvents(connection, events);
                if (coverage.isPresent()) {
                    writeCoverage(connection, source, coverage.get());
                }
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store registration events: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Instant> latestEventOf(String objectId, String userPrincipalName) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT MAX(activity_at) FROM registration_event "
                        + "WHERE (object_id = ? AND object_id <> '') "
                        + "OR (user_principal_name = ? AND user_principal_name <> '')")) {
            connection.setAutoCommit(true);
            select.setString(1, column(objectId));
            select.setString(2, column(userPrincipalName));
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                long latest = result.getLong(1);
                return result.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(latest));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read registration events: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Coverage> coverage() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT source, covered_from, polled_until FROM registration_feed_coverage");
                ResultSet result = select.executeQuery()) {
            Map<String, Coverage> coverage = new HashMap<>();
            while (result.next()) {
                coverage.put(result.getString(1), new Coverage(Instant.ofEpochMilli(result.getLong(2)),
                        Instant.ofEpochMilli(result.getLong(3))));
            }
            return Map.copyOf(coverage);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the registration feed's coverage: " + e.getMessage(), e);
        }
    }

    @Override
    public long prune(Instant before) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long pruned;
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM registration_event WHERE activity_at < ?")) {
                    delete.setLong(1, before.toEpochMilli());
                    pruned = delete.executeUpdate();
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE registration_feed_coverage SET covered_from = ? WHERE covered_from < ?")) {
                    update.setLong(1, before.toEpochMilli());
                    update.setLong(2, before.toEpochMilli());
                    update.executeUpdate();
                }
                connection.commit();
                return pruned;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prune registration events: " + e.getMessage(), e);
        }
    }

    @Override
    public long eventCount() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM registration_event");
                ResultSet result = select.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count registration events: " + e.getMessage(), e);
        }
    }

    private static void writeEvents(Connection connection, List<Event> events) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM registration_event "
                + "WHERE event_id = ? AND object_id = ? AND user_principal_name = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO registration_event "
                        + "(event_id, object_id, user_principal_name, activity_at) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (Event event : events) {
                String objectId = column(event.objectId());
                String upn = column(event.userPrincipalName());
                delete.setString(1, event.eventId());
                delete.setString(2, objectId);
                delete.setString(3, upn);
                delete.addBatch();
                insert.setString(1, event.eventId());
                insert.setString(2, objectId);
                insert.setString(3, upn);
                insert.setLong(4, event.activityAt().toEpochMilli());
                insert.addBatch();
                if (++pending == BATCH) {
                    delete.executeBatch();
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                delete.executeBatch();
                insert.executeBatch();
            }
        }
    }

    private static void writeCoverage(Connection connection, String source, Coverage coverage) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE registration_feed_coverage "
                + "SET covered_from = ?, polled_until = ? WHERE source = ?")) {
            update.setLong(1, coverage.coveredFrom().toEpochMilli());
            update.setLong(2, coverage.polledUntil().toEpochMilli());
            update.setString(3, source);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        // The first complete read of this source; the state row's lock keeps a second writer out.
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO registration_feed_coverage "
                + "(source, covered_from, polled_until) VALUES (?, ?, ?)")) {
            insert.setString(1, source);
            insert.setLong(2, coverage.coveredFrom().toEpochMilli());
            insert.setLong(3, coverage.polledUntil().toEpochMilli());
            insert.executeUpdate();
        }
    }

    /** The column's value: lower case, and '' for "not named", so that the primary key never holds NULL. */
    private static String column(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
