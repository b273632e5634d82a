package dev.ssprpreflight.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * How fast the console's queries are on a big attempt log: a real PostgreSQL with the project's
 * migrations, filled with a million attempts over 90 days, then each console query timed (median
 * of several runs). The SQL is the SQL Hibernate generates for {@link AttemptSearch}'s queries.
 * <p>
 * Run: see docs/performance.md. Argument: number of attempts (default 1,000,000).
 */
public final class AttemptLogBenchmark {

    private static final int RUNS = 7;

    private AttemptLogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            try (Connection connection = dataSource.getConnection()) {
                long loadStart = System.nanoTime();
                fill(connection, rows);
                System.out.printf("Loaded %,d attempts in %.1f s%n%n", rows, (System.nanoTime() - loadStart) / 1e9);
                report(connection);
            }
        }
    }

    private static void fill(Connection connection, int rows) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            // 70 % ready, 20 % blocked, 8 % unknown users, 2 % checks unavailable; 50,000 distinct
            // usernames; times spread evenly over the last 90 days.
            sql.execute("""
                    insert into attempt (reference_code, occurred_at, username_entered, username_normalised,
                                         outcome, duration_millis, locale, client_ip, user_agent)
                    select upper(substr(lpad(to_hex(g), 8, '0'), 1, 4) || '-' || substr(lpad(to_hex(g), 8, '0'), 5, 4)),
                           now() - (g::double precision / %d) * interval '90 days',
                           'user' || (g %% 50000) || '@contoso.example',
                           'user' || (g %% 50000) || '@contoso.example',
                           case when g %% 100 < 70 then 'READY' when g %% 100 < 90 then 'BLOCKED'
                                when g %% 100 < 98 then 'UNKNOWN_USER' else 'CHECKS_UNAVAILABLE' end,
                           50 + g %% 400, 'en', '203.0.113.0', 'Mozilla/5.0'
                    from generate_series(1, %d) g
                    """.formatted(rows, rows));
            sql.execute(
                    """
                            insert into attempt_reason (attempt_id, reason)
                            select id, (array['WRITEBACK_NOT_ENABLED','LICENSE_MISSING','SYNC_ERRORS','SYNC_STALE',
                                              'METHODS_NOT_REGISTERED','ADMIN_WRITEBACK_UNSUPPORTED','ADMIN_NEEDS_TWO_METHODS',
                                              'ADMIN_SSPR_DISABLED','ACCOUNT_DISABLED','SSPR_NOT_ENABLED','GUEST_ACCOUNT'])[1 + id %% 11]
                            from attempt where outcome = 'BLOCKED'
                            """
                            .formatted());
            sql.execute("""
                    insert into attempt_reason (attempt_id, reason)
                    select id, 'SYNC_ERRORS' from attempt where outcome = 'BLOCKED' and id %% 3 = 0 and id %% 11 <> 2
                    """.formatted());
            // Autovacuum keeps the visibility map current in production; do its work once here.
            sql.execute("vacuum analyze");
        }
    }

    private static void report(Connection connection) throws SQLException {
        Instant now = Instant.now();
        Timestamp from = Timestamp.from(now.minus(Duration.ofDays(30)));
        Timestamp to = Timestamp.from(now.plus(Duration.ofDays(1)));
        String period = " where a.occurred_at >= ? and a.occurred_at < ?";
        String page = " order by a.occurred_at desc, a.id desc offset 0 rows fetch first 50 rows only";
        String byReason = " and ? in (select r.reason from attempt_reason r where a.id = r.attempt_id)";
        Map<String, Query> queries = new LinkedHashMap<>();
        queries.put("list, 30 days, newest first (page 1)", new Query("select a.* from attempt a" + period + page, from, to));
        queries.put("count, 30 days", new Query("select count(*) from attempt a" + period, from, to));
        queries.put("list, outcome = BLOCKED",
                new Query("select a.* from attempt a" + period + " and a.outcome = ?" + page, from, to, "BLOCKED"));
        queries.put("count, outcome = BLOCKED",
                new Query("select count(*) from attempt a" + period + " and a.outcome = ?", from, to, "BLOCKED"));
        queries.put("list, reason = SYNC_STALE",
                new Query("select a.* from attempt a" + period + byReason + page, from, to, "SYNC_STALE"));
        queries.put("count, reason = SYNC_STALE",
                new Query("select count(*) from attempt a" + period + byReason, from, to, "SYNC_STALE"));
        queries.put("list, username contains 'user4242'", new Query(
                "select a.* from attempt a" + period + " and a.username_normalised like ? escape '!'" + page, from, to,
                "%user4242%"));
        queries.put("count, username contains 'user4242'", new Query(
                "select count(*) from attempt a" + period + " and a.username_normalised like ? escape '!'", from, to,
                "%user4242%"));
        queries.put("list page 200 (offset 9,950)", new Query("select a.* from attempt a" + period
                + " order by a.occurred_at desc, a.id desc offset 9950 rows fetch first 50 rows only", from, to));
        queries.put("dashboard: totals by outcome, 30 days",
                new Query("select a.outcome, count(a.id) from attempt a" + period + " group by a.outcome", from, to));
        queries.put("dashboard: blocked per reason per day, 30 days", new Query(
                "select r.reason, cast(a.occurred_at as date), count(a.id) from attempt a join attempt_reason r"
                        + " on a.id = r.attempt_id" + period + " group by r.reason, cast(a.occurred_at as date)",
                from, to));
        queries.put("dashboard: totals by outcome, 90 days", new Query(
                "select a.outcome, count(a.id) from attempt a" + period + " group by a.outcome",
                Timestamp.from(now.minus(Duration.ofDays(90))), to));
        queries.put("find by reference code", new Query("select a.* from attempt a where a.reference_code = ?",
                "0000-1234"));
        System.out.println("| Console query (1M attempts, PostgreSQL 18) | median ms | p max ms |");
        System.out.println("|---|---|---|");
        for (var entry : queries.entrySet()) {
            double[] timings = entry.getValue().time(connection);
            System.out.printf("| %s | %.1f | %.1f |%n", entry.getKey(), timings[RUNS / 2], timings[RUNS - 1]);
        }
    }

    private record Query(String sql, Object... parameters) {

        double[] time(Connection connection) throws SQLException {
            List<Double> timings = new ArrayList<>();
            for (int run = 0; run < RUNS + 1; run++) {
                long start = System.nanoTime();
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            result.getObject(1);
                        }
                    }
                }
                if (run > 0) {
                    timings.add((System.nanoTime() - start) / 1e6);
                }
            }
            return timings.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
    }
}
