package dev.ssprpreflight.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.jdbc.Transactions;

/** The console's reads of the attempt log: filtered pages, exports and the dashboard's figures. */
@ApplicationScoped
public class AttemptSearch {

    static final int EXPORT_FETCH_SIZE = 500;

    private final DataSource dataSource;

    AttemptSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public AttemptPage page(AttemptQuery query) {
        Filter filter = Filter.of(query);
        return Transactions.inSnapshot(dataSource, "read a page of attempts", connection -> {
            long total = AttemptRows.single(connection, "SELECT COUNT(*) FROM attempt a" + filter.where(),
                    filter.parameters(), ResultSet::getLong);
            List<Object> parameters = new ArrayList<>(filter.parameters());
            parameters.add(query.pageSize());
            parameters.add((long) (query.page() - 1) * query.pageSize());
            List<Attempt> attempts = AttemptRows.select(connection, "SELECT " + AttemptRows.COLUMNS + " FROM attempt a"
                    + filter.where() + orderBy(query) + " LIMIT ? OFFSET ?", parameters);
            return new AttemptPage(attempts, total, query.page(), query.pageSize());
        });
    }

    /**
     * Hands every attempt that matches the filter to the consumer, in the query's order, without holding them all in
     * memory: rows are fetched in portions (PostgreSQL does so only inside a transaction) and their codes a chunk at a
     * time.
     */
    public void forEach(AttemptQuery query, Consumer<Attempt> consumer) {
        Filter filter = Filter.of(query);
        Transactions.inTransaction(dataSource, "export attempts", connection -> {
            AttemptRows.stream(connection, "SELECT " + AttemptRows.COLUMNS + " FROM attempt a" + filter.where()
                    + orderBy(query), filter.parameters(), EXPORT_FETCH_SIZE, consumer);
            return null;
        });
    }

    /** The attempt with this reference code, with its codes; null when there is none. */
    public Attempt byReferenceCode(String referenceCode) {
        return Transactions.read(dataSource, "read an attempt", connection -> AttemptRows
                .select(connection, "SELECT " + AttemptRows.COLUMNS + " FROM attempt a WHERE a.reference_code = ?",
                        List.of(referenceCode))
                .stream().findFirst().orElse(null));
    }

    /**
     * When the user with this object id was checked next after {@code after}, if they were: the end of what the
     * attempt detail attributes to the earlier attempt.
     */
    public Optional<Instant> nextAttemptOf(String userObjectId, Instant after) {
        return Transactions.read(dataSource, "find the next attempt", connection -> Optional.ofNullable(
                AttemptRows.single(connection, "SELECT MIN(occurred_at) FROM attempt WHERE user_object_id = ? "
                        + "AND occurred_at > ?", List.of(userObjectId, after), AttemptRows::instant)));
    }

    /** How many attempts the log held from before {@code instant}. */
    public long countBefore(Instant instant) {
        return Transactions.read(dataSource, "count attempts", connection -> AttemptRows.single(connection,
                "SELECT COUNT(*) FROM attempt WHERE occurred_at < ?", List.of(instant), ResultSet::getLong));
    }

    /** How many attempts ended each way in the period. Every outcome is present, zero or not. */
    public Map<Outcome, Long> totalsByOutcome(Instant from, Instant to) {
        return Transactions.read(dataSource, "count attempts by outcome", connection -> {
            Map<Outcome, Long> totals = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                totals.put(outcome, 0L);
            }
            try (PreparedStatement count = connection.prepareStatement("SELECT outcome, COUNT(*) FROM attempt "
                    + "WHERE occurred_at >= ? AND occurred_at < ? GROUP BY outcome")) {
                AttemptRows.bind(count, List.of(from, to));
                try (ResultSet rows = count.executeQuery()) {
                    while (rows.next()) {
                        totals.put(Outcome.valueOf(rows.getString(1)), rows.getLong(2));
                    }
                }
            }
            return totals;
        });
    }

    /**
     * Attempts per blocking reason per day (UTC) in the period; days without any are absent. Blocks only, retired
     * ones included (their history stays): a finding never blocked anybody, whatever attempt carries it.
     */
    public List<DailyReasonCount> blockedByReasonPerDay(Instant from, Instant to) {
        return byReasonPerDay(from, to, true);
    }

    /** Attempts per admin-only finding per day (UTC) in the period, whatever their outcome; days without any are absent. */
    public List<DailyReasonCount> findingsByReasonPerDay(Instant from, Instant to) {
        return byReasonPerDay(from, to, false);
    }

    /**
     * The tier is a property of the code, so the query selects the codes of one tier rather than a stored column. The
     * day is the UTC one whatever the database session's zone ({@code AT TIME ZONE 'UTC'}, on H2 and PostgreSQL).
     */
    private List<DailyReasonCount> byReasonPerDay(Instant from, Instant to, boolean blocks) {
        List<Reason> ofTier = Arrays.stream(Reason.values()).filter(reason -> reason.blocks() == blocks).toList();
        String marks = String.join(", ", ofTier.stream().map(reason -> "?").toList());
        List<Object> parameters = new ArrayList<>(List.of(from, to));
        parameters.addAll(ofTier);
        return Transactions.read(dataSource, "count attempts by reason and day", connection -> {
            List<DailyReasonCount> counts = new ArrayList<>();
            try (PreparedStatement count = connection.prepareStatement("SELECT r.reason, "
                    + "CAST(a.occurred_at AT TIME ZONE 'UTC' AS DATE), COUNT(*) FROM attempt a "
                    + "JOIN attempt_reason r ON r.attempt_id = a.id "
                    + "WHERE a.occurred_at >= ? AND a.occurred_at < ? AND r.reason IN (" + marks + ") "
                    + "GROUP BY r.reason, CAST(a.occurred_at AT TIME ZONE 'UTC' AS DATE)")) {
                AttemptRows.bind(count, parameters);
                try (ResultSet rows = count.executeQuery()) {
                    while (rows.next()) {
                        counts.add(new DailyReasonCount(rows.getObject(2, LocalDate.class),
                                Reason.valueOf(rows.getString(1)), rows.getLong(3)));
                    }
                }
            }
            return counts;
        });
    }

    private static String orderBy(AttemptQuery query) {
        String direction = query.descending() ? " DESC" : " ASC";
        return " ORDER BY a." + query.sort().column() + direction + ", a.id DESC";
    }

    /** The where clause of a query and its parameters in order, built only from validated values. */
    private record Filter(String where, List<Object> parameters) {

        static Filter of(AttemptQuery query) {
            StringBuilder where = new StringBuilder(" WHERE a.occurred_at >= ? AND a.occurred_at < ?");
            List<Object> parameters = new ArrayList<>(List.of(query.from(), query.to()));
            query.outcome().ifPresent(outcome -> {
                where.append(" AND a.outcome = ?");
                parameters.add(outcome);
            });
            query.reason().ifPresent(reason -> {
                where.append(" AND EXISTS (SELECT 1 FROM attempt_reason r WHERE r.attempt_id = a.id AND r.reason = ?)");
                parameters.add(reason);
            });
            query.usernameContains().ifPresent(text -> {
                where.append(" AND a.username_normalised LIKE ? ESCAPE '!'");
                parameters.add("%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
            });
            return new Filter(where.toString(), List.copyOf(parameters));
        }

        /** The user's text is matched literally: LIKE's wildcards in it are escaped. */
        private static String escapeLike(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
