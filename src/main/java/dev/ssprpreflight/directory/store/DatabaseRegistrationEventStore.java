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
import dev.ssprpreflight.jdbc.Batches;
import dev.ssprpreflight.jdbc.StateRowLease;
import dev.ssprpreflight.jdbc.Transactions;
import io.quarkus.arc.Unremovable;

/**
 * The registration feed's events in the application's database (tables of {@code V150__Registration_events.sql}),
 * shared by the replicas. Plain JDBC with portable SQL, so that the same migration and statements run on PostgreSQL
 * (several replicas) and on the embedded H2 database.
 * <p>
 * The lease is the single row of {@code registration_feed_state} ({@link StateRowLease} per holder), taken with one conditional
 * {@code UPDATE} (free,
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

    private static final StateRowLease LEASE = StateRowLease.perHolder("registration_feed_state");

    private final DataSource dataSource;

    @Inject
    public DatabaseRegistrationEventStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean tryLease(String holder, Instant now, Duration duration) {
        return LEASE.take(dataSource, "the registration-feed lease", holder, now, duration);
    }

    @Override
    public void release(String holder) {
        LEASE.release(dataSource, "the registration-feed lease", holder);
    }

    @Override
    public boolean publish(String holder, Instant now, String source, List<Event> events,
            Optional<Coverage> coverage) {
        return Transactions.commitIf(dataSource, "store registration events", published -> published, connection -> {
            // Locks the state row until commit: the lease cannot pass to another replica while we write.
            if (!LEASE.holds(connection, holder, now)) {
                return false;
            }
            writeEvents(connection, events);
            if (coverage.isPresent()) {
                writeCoverage(connection, source, coverage.get());
            }
            return true;
        });
    }

    @Override
    public Optional<Instant> latestEventOf(String objectId, String userPrincipalName) {
        return Transactions.read(dataSource, "read registration events", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT MAX(activity_at) FROM registration_event "
                    + "WHERE (object_id = ? AND object_id <> '') "
                    + "OR (user_principal_name = ? AND user_principal_name <> '')")) {
                select.setString(1, column(objectId));
                select.setString(2, column(userPrincipalName));
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        return Optional.empty();
                    }
                    long latest = result.getLong(1);
                    return result.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(latest));
                }
            }
        });
    }

    @Override
    public Map<String, Coverage> coverage() {
        return Transactions.read(dataSource, "read the registration feed's coverage", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT source, covered_from, polled_until FROM registration_feed_coverage");
                    ResultSet result = select.executeQuery()) {
                Map<String, Coverage> coverage = new HashMap<>();
                while (result.next()) {
                    coverage.put(result.getString(1), new Coverage(Instant.ofEpochMilli(result.getLong(2)),
                            Instant.ofEpochMilli(result.getLong(3))));
                }
                return Map.copyOf(coverage);
            }
        });
    }

    @Override
    public long prune(Instant before) {
        return Transactions.inTransaction(dataSource, "prune registration events", connection -> {
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
            return pruned;
        });
    }

    @Override
    public long eventCount() {
        return Transactions.countRows(dataSource, "registration_event");
    }

    private static void writeEvents(Connection connection, List<Event> events) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM registration_event "
                + "WHERE event_id = ? AND object_id = ? AND user_principal_name = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO registration_event "
                        + "(event_id, object_id, user_principal_name, activity_at) VALUES (?, ?, ?, ?)")) {
            Batches batches = new Batches(BATCH, delete, insert);
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
                batches.rowAdded();
            }
            batches.flush();
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
