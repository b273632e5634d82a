package dev.ssprpreflight.directory.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.directory.RegistrationEventStore;
import dev.ssprpreflight.directory.RegistrationEventStore.Coverage;
import dev.ssprpreflight.directory.RegistrationEventStore.Event;
import dev.ssprpreflight.directory.store.DatabaseRegistrationEventStore;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The registration events store on the embedded H2 database (and on PostgreSQL in the subclass): one poll lease
 * across replicas, writes only by its holder, each event kept once, the latest event by object id or UPN, coverage per
 * source, retention; and the memory store of one instance answering every question as the database does. Each
 * "replica" is a store of its own over the same database.
 */
@QuarkusTest
class RegistrationEventStoreTest {

    static final Instant T0 = Instant.parse("2030-01-01T08:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(1);
    static final String METHODS = "Authentication Methods";
    static final String SSPR = "Self-service Password Management";
    static final String ANNA_ID = "a0a0a0a0-0000-4000-8000-00000000000a";
    static final String ANNA = "anna@contoso.com";
    static final String BERT_ID = "b0b0b0b0-0000-4000-8000-00000000000b";
    static final String BERT = "bert@contoso.com";

    @Inject
    DataSource dataSource;

    DatabaseRegistrationEventStore replicaA;
    DatabaseRegistrationEventStore replicaB;

    @BeforeEach
    void emptyStore() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate("DELETE FROM registration_event");
            statement.executeUpdate("DELETE FROM registration_feed_coverage");
            statement.executeUpdate("UPDATE registration_feed_state SET holder = NULL, lease_expires_at = 0 WHERE id = 1");
        }
        replicaA = new DatabaseRegistrationEventStore(dataSource);
        replicaB = new DatabaseRegistrationEventStore(dataSource);
    }

    private static Event event(String id, String objectId, String upn, Instant at) {
        return new Event(id, objectId, upn, at);
    }

    private static Optional<Coverage> covered(Instant from, Instant until) {
        return Optional.of(new Coverage(from, until));
    }

    @Test
    void oneReplicaHoldsTheLeaseUntilItExpiresAndItsHolderRenewsIt() {
        assertThat(replicaA.tryLease("replica-a", T0, LEASE)).isTrue();
        assertThat(replicaB.tryLease("replica-b", T0.plusSeconds(59), LEASE)).isFalse();
        assertThat(replicaA.tryLease("replica-a", T0.plusSeconds(30), LEASE)).as("renewed until T0+90s").isTrue();

        assertThat(replicaB.tryLease("replica-b", T0.plusSeconds(61), LEASE)).isFalse();
        assertThat(replicaB.tryLease("replica-b", T0.plusSeconds(90), LEASE)).as("expired").isTrue();
        assertThat(replicaA.tryLease("replica-a", T0.plusSeconds(91), LEASE)).isFalse();
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceButOnlyItsHolderReleasesIt() {
        assertThat(replicaA.tryLease("replica-a", T0, LEASE)).isTrue();

        replicaB.release("replica-b");
        assertThat(replicaB.tryLease("replica-b", T0.plusSeconds(1), LEASE)).isFalse();

        replicaA.release("replica-a");
        assertThat(replicaB.tryLease("replica-b", T0.plusSeconds(1), LEASE)).isTrue();
    }

    @Test
    void exactlyOneOfTwoReplicasRacingForTheLeaseGetsIt() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                Instant now = T0.plus(Duration.ofHours(round));
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> taken = new ArrayList<>();
                for (Map.Entry<String, DatabaseRegistrationEventStore> replica : Map.of("replica-a", replicaA,
                        "replica-b", replicaB).entrySet()) {
                    Callable<Boolean> take = () -> {
                        ready.countDown();
                        go.await();
                        return replica.getValue().tryLease(replica.getKey(), now, LEASE);
                    };
                    taken.add(threads.submit(take));
                }
                ready.await();
                go.countDown();
                int winners = 0;
                for (Future<Boolean> result : taken) {
                    winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }

                assertThat(winners).as("round %d", round).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void onlyTheHolderOfAnUnexpiredLeaseWritesAndAReplicaThatLostItWritesNothing() {
        assertThat(replicaA.tryLease("replica-a", T0, LEASE)).isTrue();
        List<Event> events = List.of(event("e1", ANNA_ID, ANNA, T0.minusSeconds(60)));

        assertThat(replicaB.publish("replica-b", T0.plusSeconds(1), METHODS, events, covered(T0.minusSeconds(3600), T0)))
                .isFalse();
        assertThat(replicaA.publish("replica-a", T0.plus(LEASE), METHODS, events, covered(T0.minusSeconds(3600), T0)))
                .as("expired").isFalse();
        assertThat(replicaA.eventCount()).isZero();
        assertThat(replicaA.coverage()).isEmpty();

        assertThat(replicaA.publish("replica-a", T0.plusSeconds(1), METHODS, events, covered(T0.minusSeconds(3600), T0)))
                .isTrue();
        assertThat(replicaB.eventCount()).isEqualTo(1);
        assertThat(replicaB.coverage()).containsExactly(Map.entry(METHODS, new Coverage(T0.minusSeconds(3600), T0)));
    }

    @Test
    void anEventReadAgainIsKeptOnceAndAnEventOfTwoUsersOncePerUser() {
        replicaA.tryLease("replica-a", T0, LEASE);
        Event anna = event("e1", ANNA_ID, ANNA, T0.minusSeconds(60));

        replicaA.publish("replica-a", T0, METHODS, List.of(anna), Optional.empty());
        replicaA.publish("replica-a", T0, METHODS, List.of(anna, event("e1", BERT_ID, BERT, T0.minusSeconds(60))),
                Optional.empty());

        assertThat(replicaB.eventCount()).isEqualTo(2);
    }

    @Test
    void theLatestEventOfAUserIsFoundByObjectIdOrByUserPrincipalName() {
        replicaA.tryLease("replica-a", T0, LEASE);
        replicaA.publish("replica-a", T0, METHODS, List.of(
                event("e1", ANNA_ID, ANNA, T0.minusSeconds(300)),
                event("e2", ANNA_ID, null, T0.minusSeconds(200)),
                event("e3", null, ANNA, T0.minusSeconds(100)),
                event("e4", BERT_ID, BERT, T0.minusSeconds(50))), Optional.empty());

        assertThat(replicaB.latestEventOf(ANNA_ID, ANNA)).contains(T0.minusSeconds(100));
        assertThat(replicaB.latestEventOf(ANNA_ID, "renamed@contoso.com")).contains(T0.minusSeconds(200));
        assertThat(replicaB.latestEventOf(null, ANNA)).contains(T0.minusSeconds(100));
        assertThat(replicaB.latestEventOf("c0c0c0c0-0000-4000-8000-00000000000c", null)).isEmpty();
        assertThat(replicaB.latestEventOf(null, null)).as("an event without an id is nobody's").isEmpty();
        assertThat(replicaB.latestEventOf("", "")).isEmpty();
    }

    @Test
    void coverageIsKeptPerSourceAndAReadWithoutCoverageLeavesItAlone() {
        replicaA.tryLease("replica-a", T0, LEASE);
        replicaA.publish("replica-a", T0, METHODS, List.of(), covered(T0.minus(Duration.ofDays(1)), T0));
        replicaA.publish("replica-a", T0, SSPR, List.of(), covered(T0.minus(Duration.ofDays(1)), T0.plusSeconds(5)));
        replicaA.publish("replica-a", T0, METHODS, List.of(), covered(T0.minus(Duration.ofDays(1)), T0.plusSeconds(10)));
        replicaA.publish("replica-a", T0, SSPR, List.of(event("e1", ANNA_ID, ANNA, T0)), Optional.empty());

        assertThat(replicaB.coverage()).containsOnly(
                Map.entry(METHODS, new Coverage(T0.minus(Duration.ofDays(1)), T0.plusSeconds(10))),
                Map.entry(SSPR, new Coverage(T0.minus(Duration.ofDays(1)), T0.plusSeconds(5))));
    }

    @Test
    void pruningForgetsOlderEventsAndMovesEveryCoverageUpToTheCut() {
        replicaA.tryLease("replica-a", T0, LEASE);
        replicaA.publish("replica-a", T0, METHODS, List.of(
                event("old", ANNA_ID, ANNA, T0.minusSeconds(7200)),
                event("cut", BERT_ID, BERT, T0.minusSeconds(3600)),
                event("new", BERT_ID, BERT, T0.minusSeconds(60))), covered(T0.minus(Duration.ofDays(1)), T0));
        replicaA.publish("replica-a", T0, SSPR, List.of(), covered(T0.minusSeconds(60), T0));

        assertThat(replicaB.prune(T0.minusSeconds(3600))).isEqualTo(1);

        assertThat(replicaA.eventCount()).isEqualTo(2);
        assertThat(replicaA.latestEventOf(ANNA_ID, ANNA)).isEmpty();
        assertThat(replicaA.coverage()).containsOnly(
                Map.entry(METHODS, new Coverage(T0.minusSeconds(3600), T0)),
                Map.entry(SSPR, new Coverage(T0.minusSeconds(60), T0)));
    }

    @Test
    void theMemoryStoreAnswersAsTheDatabaseDoes() {
        RegistrationEventStore memory = new MemoryRegistrationEventStore();
        List<RegistrationEventStore> stores = List.of(memory, replicaA);
        List<Consumer<RegistrationEventStore>> steps = List.of(
                store -> store.publish("replica-a", T0, METHODS, List.of(
                        event("e1", ANNA_ID, ANNA, T0.minusSeconds(7200)),
                        event("e2", ANNA_ID.toUpperCase(), "Anna@Contoso.com", T0.minusSeconds(3000)),
                        event("e3", null, BERT, T0.minusSeconds(2000))), covered(T0.minus(Duration.ofDays(1)), T0)),
                store -> store.publish("replica-a", T0, SSPR, List.of(
                        event("e3", null, BERT, T0.minusSeconds(2000)),
                        event("e4", BERT_ID, null, T0.minusSeconds(1000)),
                        event("e4", ANNA_ID, ANNA, T0.minusSeconds(1000))), Optional.empty()),
                store -> store.publish("replica-a", T0, SSPR, List.of(), covered(T0.minusSeconds(600), T0.plusSeconds(5))),
                store -> store.prune(T0.minusSeconds(3000)),
                store -> store.prune(T0.minusSeconds(1500)),
                store -> store.publish("replica-a", T0, METHODS, List.of(event("e5", BERT_ID, BERT, T0)),
                        covered(T0.minusSeconds(1500), T0.plusSeconds(10))));
        for (RegistrationEventStore store : stores) {
            assertThat(store.tryLease("replica-a", T0, LEASE)).isTrue();
        }
        List<String[]> users = List.of(new String[] { ANNA_ID, ANNA }, new String[] { ANNA_ID, null },
                new String[] { null, "ANNA@contoso.com" }, new String[] { BERT_ID, BERT }, new String[] { BERT_ID, null },
                new String[] { null, BERT }, new String[] { "c0c0c0c0-0000-4000-8000-00000000000c", "carl@contoso.com" });

        for (int step = 0; step < steps.size(); step++) {
            for (RegistrationEventStore store : stores) {
                steps.get(step).accept(store);
            }
            assertThat(replicaA.eventCount()).as("events after step %d", step).isEqualTo(memory.eventCount());
            assertThat(replicaA.coverage()).as("coverage after step %d", step).isEqualTo(memory.coverage());
            for (String[] user : users) {
                assertThat(replicaA.latestEventOf(user[0], user[1])).as("%s/%s after step %d", user[0], user[1], step)
                        .isEqualTo(memory.latestEventOf(user[0], user[1]));
            }
        }
        // The sequence did exercise something: the stores agree on a non-trivial end state.
        assertThat(memory.eventCount()).isEqualTo(3);
        assertThat(memory.latestEventOf(null, "anna@contoso.com")).contains(T0.minusSeconds(1000));
    }
}
