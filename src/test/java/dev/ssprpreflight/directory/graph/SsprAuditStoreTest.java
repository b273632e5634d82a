package dev.ssprpreflight.directory.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ssprpreflight.directory.MemorySsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditStore.Event;
import dev.ssprpreflight.directory.store.DatabaseSsprAuditStore;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The SSPR audit store on the embedded H2 database (and on PostgreSQL in the subclass) and in memory, answering
 * alike: each event kept once per user, as it came; a user's events since a time, oldest first; retention.
 */
@QuarkusTest
class SsprAuditStoreTest {

    static final Instant T0 = Instant.parse("2030-01-01T08:00:00Z");
    static final String ANNA_ID = "a0a0a0a0-0000-4000-8000-00000000000a";
    static final String BERT_ID = "b0b0b0b0-0000-4000-8000-00000000000b";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void emptyTable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate("DELETE FROM sspr_audit_event");
        }
    }

    private SsprAuditStore store(String kind) {
        return "database".equals(kind) ? new DatabaseSsprAuditStore(dataSource) : new MemorySsprAuditStore();
    }

    private static Event event(String id, Instant at, String activity, String userId) {
        return new Event(id, at, activity, "Failure", "User submitted an incorrect verification code",
                "b662f17a-4e4d-4e1c-9248-cdec180024b2", userId);
    }

    @ParameterizedTest
    @ValueSource(strings = { "memory", "database" })
    void answersTheEventsOfManyUsersInATimeRangeOldestFirst(String kind) {
        SsprAuditStore store = store(kind);
        // More users than one statement's slice (500), so that the slices are joined in time order.
        Set<String> asked = new LinkedHashSet<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            String user = String.format("%08x-0000-4000-8000-000000000000", i);
            events.add(event("in-" + i, T0.plusSeconds(1_200 - i), "Reset password (self-service)", user));
            if (i % 2 == 0) {
                asked.add(user.toUpperCase());
            }
        }
        events.add(event("at-end", T0.plusSeconds(3_600), "Reset password (self-service)",
                "00000000-0000-4000-8000-000000000000"));
        events.add(event("before", T0.minusMillis(1), "Reset password (self-service)", "00000000-0000-4000-8000-000000000000"));
        events.add(event("someone-else", T0.plusSeconds(5), "Reset password (self-service)", ANNA_ID));
        store.keep(events);

        List<Event> found = store.eventsOf(asked, T0, T0.plusSeconds(3_600));

        assertThat(found).as("600 asked users, from inclusive, to exclusive").hasSize(600);
        assertThat(found).extracting(Event::eventId).startsWith("in-1198", "in-1196").endsWith("in-2", "in-0");
        assertThat(found).extracting(Event::activityAt).isSorted();
        assertThat(store.eventsOf(Set.of(), T0, T0.plusSeconds(3_600))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "memory", "database" })
    void keepsEachEventOncePerUserAsItCame(String kind) {
        SsprAuditStore store = store(kind);
        Event blocked = event("e1", T0.minus(Duration.ofHours(2)), "Blocked from self-service password reset",
                ANNA_ID.toUpperCase());
        Event step = event("e2", T0.minus(Duration.ofHours(3)), "A name Microsoft adds later", ANNA_ID);

        store.keep(List.of(blocked, step, blocked));
        store.keep(List.of(blocked));
        store.keep(List.of(event("e3", T0, "Reset password (self-service)", BERT_ID)));

        assertThat(store.eventCount()).isEqualTo(3);
        List<Event> anna = store.eventsOf(ANNA_ID, T0.minus(Duration.ofDays(1)));
        assertThat(anna).extracting(Event::eventId).containsExactly("e2", "e1");
        assertThat(anna.get(0)).isEqualTo(step);
        assertThat(anna.get(1).targetObjectId()).isEqualTo(ANNA_ID);
        assertThat(anna.get(1).result()).isEqualTo("failure");
        assertThat(anna.get(1).resultReason()).isEqualTo("User submitted an incorrect verification code");
        assertThat(anna.get(1).correlationId()).isEqualTo("b662f17a-4e4d-4e1c-9248-cdec180024b2");
        assertThat(store.eventsOf(ANNA_ID, T0.minus(Duration.ofHours(2)))).as("from the time on, inclusive")
                .extracting(Event::eventId).containsExactly("e1");
    }

    @ParameterizedTest
    @ValueSource(strings = { "memory", "database" })
    void purgesEventsOlderThanTheRetention(String kind) {
        SsprAuditStore store = store(kind);
        store.keep(List.of(event("old", T0.minus(Duration.ofDays(31)), "Reset password (by admin)", ANNA_ID),
                event("kept", T0.minus(Duration.ofDays(30)), "Reset password (by admin)", ANNA_ID)));

        long purged = store.purge(T0.minus(Duration.ofDays(30)));

        assertThat(purged).isEqualTo(1);
        assertThat(store.eventsOf(ANNA_ID, Instant.EPOCH)).extracting(Event::eventId).containsExactly("kept");
    }
}
