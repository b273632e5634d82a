package dev.ssprpreflight.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.jdbc.Batches;

/**
 * The attempt log's rows in SQL that runs unchanged on H2 and PostgreSQL: an {@link Attempt} is a row of
 * {@code attempt} and its codes, one row each in {@code attempt_reason} (V1, V2). Times are {@code timestamp with time
 * zone}, written and read as UTC offsets. Codes are read for a list of attempts in one query per chunk, never one per
 * attempt.
 */
final class AttemptRows {

    /** The attempt's columns in the order {@link #attempt(ResultSet)} reads them, prefixed with the alias {@code a}. */
    static final String COLUMNS = "a.id, a.reference_code, a.occurred_at, a.username_entered, a.username_normalised, "
            + "a.user_object_id, a.outcome, a.duration_millis, a.locale, a.directory_request_ids, a.unavailable_cause, "
            + "a.client_ip, a.user_agent, a.facts";

    /** How many attempts' codes one query asks for. */
    static final int CHUNK = 500;

    private AttemptRows() {
    }

    /** Writes the attempt and its codes; sets its {@link Attempt#id}. */
    static void insert(Connection connection, Attempt attempt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attempt (reference_code, occurred_at, "
                + "username_entered, username_normalised, user_object_id, outcome, duration_millis, locale, "
                + "directory_request_ids, unavailable_cause, client_ip, user_agent, facts) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
            bind(insert, Arrays.asList(attempt.referenceCode, attempt.occurredAt, attempt.usernameEntered,
                    attempt.usernameNormalised, attempt.userObjectId, attempt.outcome, attempt.durationMillis,
                    attempt.locale, attempt.directoryRequestIds, attempt.unavailableCause, attempt.clientIp,
                    attempt.userAgent, attempt.facts));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                attempt.id = key.getLong(1);
            }
        }
        if (attempt.reasons.isEmpty()) {
            return;
        }
        try (PreparedStatement reason = connection
                .prepareStatement("INSERT INTO attempt_reason (attempt_id, reason) VALUES (?, ?)")) {
            Batches batches = new Batches(CHUNK, reason);
            for (Reason code : attempt.reasons) {
                reason.setLong(1, attempt.id);
                reason.setString(2, code.name());
                reason.addBatch();
                batches.rowAdded();
            }
            batches.flush();
        }
    }

    /**
     * The attempts a query selects, with their codes.
     *
     * @param sql selects {@link #COLUMNS} from {@code attempt a}
     */
    static List<Attempt> select(Connection connection, String sql, List<?> parameters) throws SQLException {
        List<Attempt> attempts = new ArrayList<>();
        stream(connection, sql, parameters, 0, attempts::add);
        return attempts;
    }

    /**
     * Hands the attempts a query selects to {@code each} with their codes, a chunk at a time, so that an export of any
     * length holds one chunk.
     *
     * @param fetchSize the driver's fetch size; 0 for its default
     */
    static void stream(Connection connection, String sql, List<?> parameters, int fetchSize,
            Consumer<Attempt> each) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(fetchSize);
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                List<Attempt> chunk = new ArrayList<>(CHUNK);
                while (rows.next()) {
                    chunk.add(attempt(rows));
                    if (chunk.size() == CHUNK) {
                        withReasons(connection, chunk).forEach(each);
                        chunk.clear();
                    }
                }
                withReasons(connection, chunk).forEach(each);
            }
        }
    }

    /**
     * Binds the parameters in order: times as UTC offsets, outcomes and codes by name; a null is a NULL text (every
     * nullable column of the log is text).
     */
    static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (value instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** Reads one column of a row. */
    @FunctionalInterface
    interface Column<T> {
        T read(ResultSet row, int column) throws SQLException;
    }

    /** The first column of the one row a query answers (a count, a minimum). */
    static <T> T single(Connection connection, String sql, List<?> parameters, Column<T> column) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return column.read(rows, 1);
            }
        }
    }

    /** The instant of a {@code timestamp with time zone} column. */
    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime at = rows.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Attempt attempt(ResultSet rows) throws SQLException {
        Attempt attempt = new Attempt();
        attempt.id = rows.getLong(1);
        attempt.referenceCode = rows.getString(2);
        attempt.occurredAt = instant(rows, 3);
        attempt.usernameEntered = rows.getString(4);
        attempt.usernameNormalised = rows.getString(5);
        attempt.userObjectId = rows.getString(6);
        attempt.outcome = Outcome.valueOf(rows.getString(7));
        attempt.durationMillis = rows.getLong(8);
        attempt.locale = rows.getString(9);
        attempt.directoryRequestIds = rows.getString(10);
        attempt.unavailableCause = rows.getString(11);
        attempt.clientIp = rows.getString(12);
        attempt.userAgent = rows.getString(13);
        attempt.facts = rows.getString(14);
        return attempt;
    }

    /** Fills in the codes of these attempts with one query. */
    private static List<Attempt> withReasons(Connection connection, List<Attempt> attempts) throws SQLException {
        if (attempts.isEmpty()) {
            return attempts;
        }
        Map<Long, Attempt> byId = new HashMap<>();
        attempts.forEach(attempt -> byId.put(attempt.id, attempt));
        String marks = String.join(", ", Collections.nCopies(attempts.size(), "?"));
        try (PreparedStatement select = connection
                .prepareStatement("SELECT attempt_id, reason FROM attempt_reason WHERE attempt_id IN (" + marks + ")")) {
            for (int i = 0; i < attempts.size(); i++) {
                select.setLong(i + 1, attempts.get(i).id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Attempt attempt = byId.get(rows.getLong(1));
                    // Retired codes stay in Reason, so every stored code is one of its constants.
                    attempt.reasons.add(Reason.valueOf(rows.getString(2)));
                }
            }
        }
        return attempts;
    }

}
