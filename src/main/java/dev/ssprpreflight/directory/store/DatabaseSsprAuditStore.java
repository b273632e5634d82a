package dev.ssprpreflight.directory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.ssprpreflight.directory.SsprAuditStore;
import dev.ssprpreflight.jdbc.Batches;
import dev.ssprpreflight.jdbc.Transactions;
import io.quarkus.arc.Unremovable;

/**
 * The self-service password reset audit events in the application's database (table of
 * {@code V160__Sspr_audit_events.sql}), shared by the replicas like the registration events. Plain JDBC with portable
 * SQL, so that the same migration and statements run on PostgreSQL and on the embedded H2 database.
 * <p>
 * Only the holder of the registration feed's lease reads the audit log, so one replica writes at a time; an event
 * already held is deleted and inserted again in one transaction, which keeps it once without a dialect's upsert.
 * Texts longer than their column (none that Microsoft documents) are cut to fit rather than lose the event.
 */
@Singleton
@Unremovable
public class DatabaseSsprAuditStore implements SsprAuditStore {

    private static final int BATCH = 500;

    private final DataSource dataSource;

    @Inject
    public DatabaseSsprAuditStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void keep(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        Transactions.inTransaction(dataSource, "store SSPR audit events", connection -> {
            write(connection, onceEach(events));
            return null;
        });
    }

    @Override
    public List<Event> eventsOf(String objectId, Instant since) {
        return select("target_object_id = ?", List.of(objectId.toLowerCase(Locale.ROOT)), since.toEpochMilli(),
                Long.MAX_VALUE);
    }

    @Override
    public List<Event> eventsOf(Set<String> objectIds, Instant from, Instant to) {
        List<String> users = objectIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
        List<Event> events = new ArrayList<>();
        // In slices: an IN list of thousands of parameters is slow on H2 and capped by some drivers.
        for (int start = 0; start < users.size(); start += BATCH) {
            List<String> slice = users.subList(start, Math.min(users.size(), start + BATCH));
            String in = String.join(", ", Collections.nCopies(slice.size(), "?"));
            events.addAll(select("target_object_id IN (" + in + ")", slice, from.toEpochMilli(), to.toEpochMilli()));
        }
        events.sort(Comparator.comparing(Event::activityAt).thenComparing(Event::eventId));
        return List.copyOf(events);
    }

    /** The events of the users that {@code userCondition} names (one parameter each) from {@code from} to before {@code to}. */
    private List<Event> select(String userCondition, List<String> users, long from, long to) {
        return Transactions.read(dataSource, "read SSPR audit events", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT event_id, activity_at, "
                    + "activity_display_name, result, result_reason, correlation_id, target_object_id "
                    + "FROM sspr_audit_event WHERE " + userCondition + " AND activity_at >= ? AND activity_at < ? "
                    + "ORDER BY activity_at, event_id")) {
                int parameter = 1;
                for (String user : users) {
                    select.setString(parameter++, user);
                }
                select.setLong(parameter++, from);
                select.setLong(parameter, to);
                List<Event> events = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        events.add(new Event(result.getString(1), Instant.ofEpochMilli(result.getLong(2)),
                                result.getString(3), result.getString(4), result.getString(5), result.getString(6),
                                result.getString(7)));
                    }
                }
                return List.copyOf(events);
            }
        });
    }

    @Override
    public long purge(Instant before) {
        return Transactions.read(dataSource, "purge SSPR audit events", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM sspr_audit_event WHERE activity_at < ?")) {
                delete.setLong(1, before.toEpochMilli());
                return (long) delete.executeUpdate();
            }
        });
    }

    @Override
    public long eventCount() {
        return Transactions.countRows(dataSource, "sspr_audit_event");
    }

    private static void write(Connection connection, List<Event> events) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM sspr_audit_event WHERE event_id = ? AND target_object_id = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO sspr_audit_event (event_id, "
                        + "target_object_id, activity_at, activity_display_name, result, result_reason, correlation_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Batches batches = new Batches(BATCH, delete, insert);
            for (Event event : events) {
                delete.setString(1, fit(event.eventId(), 400));
                delete.setString(2, fit(event.targetObjectId(), 64));
                delete.addBatch();
                insert.setString(1, fit(event.eventId(), 400));
                insert.setString(2, fit(event.targetObjectId(), 64));
                insert.setLong(3, event.activityAt().toEpochMilli());
                insert.setString(4, fit(event.activityDisplayName(), 400));
                insert.setString(5, fit(event.result(), 40));
                insert.setString(6, fit(event.resultReason(), 2000));
                insert.setString(7, fit(event.correlationId(), 100));
                insert.addBatch();
                batches.rowAdded();
            }
            batches.flush();
        }
    }

    /** The events, each (id and user) once: a batch that inserted one twice would break the primary key. */
    private static List<Event> onceEach(List<Event> events) {
        Map<List<String>, Event> once = new LinkedHashMap<>();
        for (Event event : events) {
            once.putIfAbsent(List.of(event.eventId(), event.targetObjectId()), event);
        }
        return List.copyOf(once.values());
    }

    private static String fit(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
