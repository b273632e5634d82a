package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.journey.ratelimit.AnotherReplica;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The shared store on a real PostgreSQL: its migration, its rows, and a limit that holds across replicas. */
@QuarkusTest
@TestProfile(PostgresRateLimitProfile.class)
class RateLimitOnPostgresTest {

    @Inject
    DataSource dataSource;

    @Test
    void theLimitIsKeptInTheDatabase() throws SQLException {
        String client = Clients.fresh();
        for (int i = 0; i < PostgresRateLimitProfile.PER_CLIENT; i++) {
            assertThat(JourneyClient.submitFrom(client, Clients.username()).statusCode()).isEqualTo(303);
        }

        assertThat(JourneyClient.submitFrom(client, Clients.username()).statusCode()).isEqualTo(429);
        assertThat(rowsFor("client:" + client)).isEqualTo(1);
    }

    @Test
    void anotherReplicaSeesTheSameBuckets() {
        String client = Clients.fresh();
        AnotherReplica replica = new AnotherReplica(dataSource);
        for (int i = 0; i < PostgresRateLimitProfile.PER_CLIENT; i++) {
            assertThat(replica.admitsClient(client, PostgresRateLimitProfile.PER_CLIENT, Duration.ofHours(1))).isTrue();
        }

        assertThat(JourneyClient.submitFrom(client, Clients.username()).statusCode())
                .as("this replica, after the other used up the bucket").isEqualTo(429);
        assertThat(JourneyClient.submitFrom(Clients.fresh(), Clients.username()).statusCode()).isEqualTo(303);
    }

    @Test
    void purgingRemovesOnlyBucketsThatAreFullAgain() throws SQLException {
        String client = Clients.fresh();
        JourneyClient.submitFrom(client, Clients.username());

        new AnotherReplica(dataSource).purgeExpired();

        assertThat(rowsFor("client:" + client)).as("a bucket still refilling").isEqualTo(1);
    }

    private long rowsFor(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM rate_limit_bucket WHERE id = ?")) {
            query.setString(1, key);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
