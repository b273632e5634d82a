package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.testsupport.MovableClock;
import io.agroal.api.AgroalDataSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * What the scheduled database check concludes from the pool's answers, without a database: a refused connection and
 * a connection that no longer validates are both unreachable, and the latter makes the pool drop its dead
 * connections, or the check would keep drawing them after the database is back.
 */
class DatabaseReachabilityTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final List<Object> answers = new ArrayList<>();
    private final List<AgroalDataSource.FlushMode> flushes = new ArrayList<>();
    private final List<Integer> timeouts = new ArrayList<>();
    private final DatabaseReachability reachability = new DatabaseReachability(pool(), defaults(), clock);

    @Test
    void nothingIsKnownBeforeTheFirstCheck() {
        assertThat(reachability.latest()).isEmpty();
    }

    @Test
    void aConnectionThatValidatesIsReachable() {
        answers.add(true);

        reachability.check();

        assertThat(reachability.latest()).hasValueSatisfying(answer -> {
            assertThat(answer.reachable()).isTrue();
            assertThat(answer.at()).isEqualTo(clock.instant());
            assertThat(answer.failure()).isEmpty();
        });
        assertThat(timeouts).containsExactly(2);
        assertThat(flushes).isEmpty();
    }

    @Test
    void aRefusedConnectionIsUnreachableWithItsReason() {
        answers.add(new SQLException("Connection to localhost:5432 refused"));

        reachability.check();

        assertThat(reachability.latest()).hasValueSatisfying(answer -> {
            assertThat(answer.reachable()).isFalse();
            assertThat(answer.failure()).hasValue("SQLException: Connection to localhost:5432 refused");
        });
    }

    @Test
    void aPooledConnectionThatNoLongerValidatesIsUnreachableAndThePoolDropsTheDeadOnes() {
        answers.add(false);
        answers.add(true);

        reachability.check();
        assertThat(reachability.latest().orElseThrow().reachable()).isFalse();
        assertThat(flushes).containsExactly(AgroalDataSource.FlushMode.INVALID);

        reachability.check();
        assertThat(reachability.latest().orElseThrow().reachable()).isTrue();
    }

    @Test
    void aLongReasonIsCut() {
        answers.add(new SQLException("x".repeat(1000)));

        reachability.check();

        assertThat(reachability.latest().orElseThrow().failure().orElseThrow())
                .hasSize(DatabaseReachability.MAX_FAILURE_LENGTH);
    }

    private static HealthConfig defaults() {
        return new SmallRyeConfigBuilder().withMapping(HealthConfig.class).build().getConfigMapping(HealthConfig.class);
    }

    /** A pool whose connections answer isValid with the next of {@link #answers} (an exception: no connection). */
    private AgroalDataSource pool() {
        return (AgroalDataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { AgroalDataSource.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getConnection":
                            Object next = answers.remove(0);
                            if (next instanceof SQLException refused) {
                                throw refused;
                            }
                            return connection((Boolean) next);
                        case "flush":
                            flushes.add((AgroalDataSource.FlushMode) args[0]);
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    private Connection connection(boolean valid) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isValid":
                            timeouts.add((Integer) args[0]);
                            return valid;
                        case "close":
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
