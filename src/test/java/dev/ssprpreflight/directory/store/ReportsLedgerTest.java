package dev.ssprpreflight.directory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.directory.store.DatabaseReportsLedger.Take;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reports budget's ledger in the database, on the embedded H2 database (and on PostgreSQL in the subclass):
 * at most {@code capacity} slots per window across replicas, the limit below it, slots free again one window
 * later, Graph's Retry-After, the mirror's claim, and a database that does not answer. Each "replica" is a
 * ledger of its own over the same database.
 */
@QuarkusTest
class ReportsLedgerTest {

    static final int CAPACITY = 5;
    static final Duration WINDOW = Duration.ofSeconds(10);
    static final String FEED = "registration-feed";
    static final String LIVE_LOOK = "live-look";
    /**
     * A slot's stamp is the database's time in whole milliseconds plus what elapsed on the replica since, rounded
     * up: the slot may stay busy a millisecond or two longer than a window, never shorter.
     */
    static final Duration ROUNDING = Duration.ofMillis(5);

    @Inject
    DataSource dataSource;

    DatabaseReportsLedger replicaA;
    DatabaseReportsLedger replicaB;

    @BeforeEach
    void emptyLedger() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate("DELETE FROM reports_budget_slot");
            statement.executeUpdate("UPDATE reports_budget_state SET mirror_first_until = 0 WHERE id = 1");
        }
        replicaA = new DatabaseReportsLedger(dataSource);
        replicaB = new DatabaseReportsLedger(dataSource);
    }

    @AfterEach
    void nothingFailed() {
        assertThat(replicaA.failures()).isZero();
        assertThat(replicaB.failures()).isZero();
    }

    @Test
    void takesEverySlotOfTheWindowThenSaysHowLongUntilOneFrees() throws SQLException {
        for (int take = 1; take <= CAPACITY; take++) {
            assertThat(replicaA.tryTake(CAPACITY, CAPACITY, WINDOW, FEED)).as("take %d", take).isEmpty();
        }

        Optional<Duration> refused = replicaA.tryTake(CAPACITY, CAPACITY, WINDOW, FEED);

        assertThat(refused).hasValueSatisfying(wait -> assertThat(wait)
                .isGreaterThan(WINDOW.minusSeconds(5)).isLessThanOrEqualTo(WINDOW.plus(ROUNDING)));
        assertThat(slotsTakenBy()).containsExactly(Map.entry(FEED, (long) CAPACITY));
    }

    @Test
    void aLimitBelowTheCapacityLeavesTheOtherSlotsFree() {
        for (int take = 1; take <= 3; take++) {
            assertThat(replicaA.tryTake(CAPACITY, 3, WINDOW, FEED)).as("take %d", take).isEmpty();
        }

        assertThat(replicaA.tryTake(CAPACITY, 3, WINDOW, FEED)).hasValueSatisfying(
                wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(WINDOW.plus(ROUNDING)));
        assertThat(replicaB.tryTake(CAPACITY, 3, WINDOW, FEED)).isPresent();
        // What the limit left free is there for whoever may use every slot.
        assertThat(replicaB.tryTake(CAPACITY, CAPACITY, WINDOW, LIVE_LOOK)).isEmpty();
        assertThat(replicaB.tryTake(CAPACITY, CAPACITY, WINDOW, LIVE_LOOK)).isEmpty();
        assertThat(replicaA.tryTake(CAPACITY, CAPACITY, WINDOW, LIVE_LOOK)).isPresent();
    }

    @Test
    void twoReplicasShareTheSlots() throws SQLException {
        for (int take = 1; take <= 3; take++) {
            assertThat(replicaA.tryTake(CAPACITY, CAPACITY, WINDOW, FEED)).as("A's take %d", take).isEmpty();
        }
        for (int take = 1; take <= 2; take++) {
            assertThat(replicaB.tryTake(CAPACITY, CAPACITY, WINDOW, LIVE_LOOK)).as("B's take %d", take).isEmpty();
        }

        assertThat(replicaA.tryTake(CAPACITY, CAPACITY, WINDOW, FEED)).isPresent();
        assertThat(replicaB.tryTake(CAPACITY, CAPACITY, WINDOW, LIVE_LOOK)).isPresent();
        assertThat(slotsTakenBy()).containsOnly(Map.entry(FEED, 3L), Map.entry(LIVE_LOOK, 2L));
    }

    @Test
    void aReplicaWithASmallerCapacityUsesTheFirstSlotsOnly() {
        for (int take = 1; take <= 3; take++) {
            assertThat(replicaA.tryTake(3, 3, WINDOW, FEED)).as("take %d", take).isEmpty();
        }
        assertThat(replicaA.tryTake(3, 3, WINDOW, FEED)).isPresent();

        assertThat(replicaB.tryTake(CAPACITY, CAPACITY, WINDOW, FEED)).isEmpty();
        assertThat(replicaB.tryTake(CAPACITY, CAPACITY, WINDOW, FEED)).isEmpty();
        assertThat(replicaB.tryTake(CAPACITY, CAPACITY, WINDOW, FEED)).isPresent();
        assertThat(replicaA.tryTake(3, 3, WINDOW, FEED)).isPresent();
    }

    @Test
    void aSlotIsFreeAgainOneWindowAfterItWasTaken() {
        Duration window = Duration.ofMillis(300);
        List<Take> first = new ArrayList<>();
        for (int take = 1; take <= CAPACITY; take++) {
            first.add(replicaA.take(CAPACITY, CAPACITY, window, FEED));
        }
        assertThat(first).allMatch(Take::taken);
        assertThat(replicaA.tryTake(CAPACITY, CAPACITY, window, FEED)).hasValueSatisfying(
                wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(window.plus(ROUNDING)));

        Take again = await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> replicaB.take(CAPACITY, CAPACITY, window, FEED), Take::taken);

        Take oldest = first.stream().min(Comparator.comparingLong(Take::takenAt).thenComparingInt(Take::slotNo))
                .orElseThrow();
        assertThat(again.slotNo()).as("the oldest slot").isEqualTo(oldest.slotNo());
        assertThat(again.takenAt() - oldest.takenAt()).isGreaterThanOrEqualTo(window.toMillis());
    }

    @Test
    void graphsRetryAfterHoldsEverySlotBackUntilItHasPassed() {
        Duration retryAfter = Duration.ofSeconds(2);
        long pausedAt = System.nanoTime();
        replicaA.pause(CAPACITY, WINDOW, retryAfter);
        // A shorter Retry-After afterwards shortens nothing.
        replicaB.pause(CAPACITY, WINDOW, Duration.ofMillis(200));

        assertThat(replicaB.tryTake(CAPACITY, CAPACITY, WINDOW, FEED)).hasValueSatisfying(
                wait -> assertThat(wait).isGreaterThan(Duration.ofMillis(1500)).isLessThanOrEqualTo(retryAfter));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> replicaB.tryTake(CAPACITY, CAPACITY, WINDOW, FEED).isEmpty());

        assertThat(Duration.ofNanos(System.nanoTime() - pausedAt)).isGreaterThanOrEqualTo(retryAfter.minusMillis(50));
        for (int take = 2; take <= CAPACITY; take++) {
            assertThat(replicaA.tryTake(CAPACITY, CAPACITY, WINDOW, FEED)).as("take %d", take).isEmpty();
        }
        assertThat(replicaA.tryTake(CAPACITY, CAPACITY, WINDOW, FEED)).isPresent();
    }

    @Test
    void theMirrorsClaimHoldsForEveryReplicaUntilReleasedOrExpired() {
        assertThat(replicaA.mirrorFirst()).isFalse();

        replicaA.claimMirrorFirst(Duration.ofSeconds(10));
        assertThat(replicaA.mirrorFirst()).isTrue();
        assertThat(replicaB.mirrorFirst()).isTrue();

        replicaA.releaseMirrorFirst();
        assertThat(replicaA.mirrorFirst()).isFalse();
        assertThat(replicaB.mirrorFirst()).isFalse();

        replicaA.claimMirrorFirst(Duration.ofMillis(300));
        replicaA.claimMirrorFirst(Duration.ofMillis(1200));
        // Renewed: it outlives the first claim's 300 ms, then expires by itself.
        await().during(Duration.ofMillis(600)).atMost(Duration.ofMillis(1100)).pollInterval(Duration.ofMillis(50))
                .until(replicaB::mirrorFirst);
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> !replicaB.mirrorFirst());
    }

    /**
     * Eight replicas take slots as fast as they can for three seconds: no window holds more than the capacity's
     * grants (by the stamps written into the slots), each slot is taken at most once per window, and the stamps
     * recorded are the ones stored.
     */
    @Test
    void racingReplicasNeverPutMoreThanTheCapacityIntoOneWindow() throws Exception {
        Duration window = Duration.ofMillis(500);
        int replicas = 8;
        long runFor = TimeUnit.SECONDS.toNanos(3);
        ConcurrentLinkedQueue<Take> grants = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(replicas);
        List<DatabaseReportsLedger> ledgers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (int replica = 0; replica < replicas; replica++) {
                DatabaseReportsLedger ledger = new DatabaseReportsLedger(dataSource);
                ledgers.add(ledger);
                String consumer = "replica-" + replica;
                running.add(threads.submit(() -> {
                    go.await();
                    long until = System.nanoTime() + runFor;
                    while (System.nanoTime() - until < 0) {
                        Take take = ledger.take(CAPACITY, CAPACITY, window, consumer);
                        if (take.taken()) {
                            grants.add(take);
                        } else {
                            Thread.sleep(Math.min(take.retryIn().orElseThrow().toMillis(), 5));
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> replica : running) {
                replica.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(ledgers).allSatisfy(ledger -> assertThat(ledger.failures()).isZero());
        List<Take> byTime = grants.stream().sorted(Comparator.comparingLong(Take::takenAt)).toList();
        assertThat(byTime).hasSizeGreaterThanOrEqualTo(2 * CAPACITY);
        for (int i = 0; i + CAPACITY < byTime.size(); i++) {
            assertThat(byTime.get(i + CAPACITY).takenAt() - byTime.get(i).takenAt())
                    .as("%d grants within %s from grant %d", CAPACITY + 1, window, i)
                    .isGreaterThanOrEqualTo(window.toMillis());
        }
        long span = byTime.get(byTime.size() - 1).takenAt() - byTime.get(0).takenAt();
        assertThat((long) byTime.size()).isLessThanOrEqualTo(CAPACITY * (span / window.toMillis() + 1));
        Map<Integer, List<Long>> bySlot = byTime.stream().collect(Collectors.groupingBy(Take::slotNo,
                Collectors.mapping(Take::takenAt, Collectors.toList())));
        assertThat(bySlot.keySet()).allMatch(slot -> slot >= 1 && slot <= CAPACITY);
        for (Map.Entry<Integer, List<Long>> slot : bySlot.entrySet()) {
            List<Long> stamps = slot.getValue();
            for (int i = 1; i < stamps.size(); i++) {
                assertThat(stamps.get(i) - stamps.get(i - 1)).as("slot %d taken again", slot.getKey())
                        .isGreaterThanOrEqualTo(window.toMillis());
            }
        }
        Map<Integer, Long> lastStamps = new HashMap<>();
        bySlot.forEach((slot, stamps) -> lastStamps.put(slot, stamps.get(stamps.size() - 1)));
        assertThat(storedStamps()).containsAllEntriesOf(lastStamps);
    }

    @Test
    void aDatabaseThatDoesNotAnswerRefusesEverySlotAndThrowsNothing() throws SQLException {
        FlakyDatabase database = new FlakyDatabase(dataSource);
        DatabaseReportsLedger ledger = new DatabaseReportsLedger(database.dataSource());
        database.down = true;

        assertThat(ledger.tryTake(CAPACITY, CAPACITY, WINDOW, LIVE_LOOK)).hasValueSatisfying(
                wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(ledger.failures()).isEqualTo(1);

        // While it backs off, the hot paths do not ask the database again.
        assertThat(ledger.tryTake(CAPACITY, CAPACITY, WINDOW, LIVE_LOOK)).isPresent();
        assertThat(ledger.mirrorFirst()).isFalse();
        assertThat(database.connections.get()).isEqualTo(1);

        assertThatCode(() -> {
            ledger.pause(CAPACITY, WINDOW, Duration.ofSeconds(1));
            ledger.claimMirrorFirst(Duration.ofSeconds(10));
            ledger.releaseMirrorFirst();
        }).doesNotThrowAnyException();
        assertThat(ledger.failures()).isEqualTo(4);

        // Back, once the back-off has passed.
        database.down = false;
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> ledger.tryTake(CAPACITY, CAPACITY, WINDOW, LIVE_LOOK).isEmpty());
        assertThat(ledger.failures()).isEqualTo(4);
        assertThat(slotsTakenBy()).containsExactly(Map.entry(LIVE_LOOK, 1L));
    }

    /** How many slots each consumer holds (taken at all, whenever). */
    private Map<String, Long> slotsTakenBy() throws SQLException {
        Map<String, Long> taken = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT taken_by, COUNT(*) FROM reports_budget_slot WHERE taken_at > 0 GROUP BY taken_by")) {
            while (result.next()) {
                taken.put(result.getString(1), result.getLong(2));
            }
        }
        return taken;
    }

    private Map<Integer, Long> storedStamps() throws SQLException {
        Map<Integer, Long> stamps = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT slot_no, taken_at FROM reports_budget_slot")) {
            while (result.next()) {
                stamps.put(result.getInt(1), result.getLong(2));
            }
        }
        return stamps;
    }

    /** The test's database behind a switch: while down, every connection is refused as by an unreachable server. */
    static final class FlakyDatabase {

        final AtomicInteger connections = new AtomicInteger();
        volatile boolean down;
        private final DataSource database;

        FlakyDatabase(DataSource database) {
            this.database = database;
        }

        DataSource dataSource() {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                        if (method.getName().equals("getConnection")) {
                            connections.incrementAndGet();
                            if (down) {
                                throw new SQLException("Connection refused", "08001");
                            }
                        }
                        try {
                            return method.invoke(database, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
