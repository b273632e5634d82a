package dev.ssprpreflight.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Whether the database answers, asked on a schedule of its own ({@code sspr.health.database-check-interval}) and not
 * by each readiness request: a storm of probes never reaches a database that is down, and no probe waits for a
 * connection (Agroal may wait {@code quarkus.datasource.jdbc.acquisition-timeout}, 5 s, for one: longer than the
 * kubelet's 1 s timeout, which would fail readiness for the very cause it must only report). The readiness check and
 * the metric read the latest answer. A change is logged once: WARN when the database stops answering, INFO when it is
 * back.
 */
@ApplicationScoped
class DatabaseReachability {

    static final int MAX_FAILURE_LENGTH = 300;

    /**
     * One answer.
     *
     * @param reachable whether a pooled connection validated within {@code sspr.health.database-check-timeout}
     * @param at when the question was asked
     * @param failure why not, when not
     */
    record Answer(boolean reachable, Instant at, Optional<String> failure) {
    }

    private final AgroalDataSource dataSource;
    private final HealthConfig config;
    private final Clock clock;
    private volatile Answer latest;
    /**
     * When the current outage was first seen; null while the database answers. Only the schedule (one run at a time) touches
     * it.
     */
    private Instant unreachableSince;

    DatabaseReachability(AgroalDataSource dataSource, HealthConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /** The latest answer; empty before the first check. */
    Optional<Answer> latest() {
        return Optional.ofNullable(latest);
    }

    @Scheduled(every = "${sspr.health.database-check-interval:PT10S}", identity = "database-reachability", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        Answer answer = ask();
        latest = answer;
        if (!answer.reachable() && unreachableSince == null) {
            unreachableSince = answer.at();
            Log.warnf("Database unreachable: %s. Readiness stays UP (every replica shares this cause) and checks go on;"
                    + " attempts that cannot be recorded are logged at ERROR (\"Attempt … NOT recorded\")",
                    answer.failure().orElse("no reason given"));
        } else if (answer.reachable() && unreachableSince != null) {
            Log.infof("Database reachable again (unreachable since %s)", unreachableSince);
            unreachableSince = null;
        }
    }

    private Answer ask() {
        Instant at = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(timeoutSeconds())) {
                return new Answer(true, at, Optional.empty());
            }
        } catch (SQLException | RuntimeException e) {
            return new Answer(false, at, Optional.of(describe(e)));
        }
        // The pool handed out a connection the server had dropped. Agroal's background validation would remove it only
        // minutes later; until then every check could draw it again and report the database down after it is back.
        dataSource.flush(AgroalDataSource.FlushMode.INVALID);
        return new Answer(false, at,
                Optional.of("a pooled connection failed validation (closed, or no answer within "
                        + config.databaseCheckTimeout() + ")"));
    }

    /** JDBC's isValid takes whole seconds, and 0 would mean no limit at all. */
    private int timeoutSeconds() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, config.databaseCheckTimeout().toSeconds()));
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() <= MAX_FAILURE_LENGTH ? text : text.substring(0, MAX_FAILURE_LENGTH);
    }
}
