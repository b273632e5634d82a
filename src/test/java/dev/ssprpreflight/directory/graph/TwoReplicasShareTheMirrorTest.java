package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.directory.graph.FakeGraphResource.InjectFakeGraph;
import dev.ssprpreflight.directory.store.DatabaseMirrorStore;
import dev.ssprpreflight.testsupport.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;

/**
 * Two replicas, one PostgreSQL database, one (fake) Graph: the registration report is paged by one
 * replica per refresh period and its rows are used by both; when the holder stops, the other takes over
 * once the lease has expired.
 * <p>
 * Replica A is the running application ({@code replica-id=replica-a}, its {@link GraphDirectory} bean
 * with the store Quarkus wired). Replica B is a second instance of the same mirror component, built
 * here as {@link GraphDirectory} builds it: its own {@link DatabaseMirrorStore} over its own connections
 * to the same database, its own reports budget, its own clock (which the test moves forward instead of
 * waiting for the lease to expire) and its own holder id. It shares A's Graph SDK client only, which
 * changes nothing that is counted: every report request reaches the fake Graph. A second full Quarkus
 * application in one JVM is not possible; the database, the lease and the rows are the real ones.
 * <p>
 * {@link TwoInstancesIT} runs two real instances of the packaged application (its own JVMs) and proves
 * the sharing end to end, with real time: one paging, the takeover after a crash. This test stays for
 * what real time makes too slow or too loose there: with a moved clock it shows that the lease is not
 * taken before it expires, that the new holder pages once when the copy is due (a refresh period later),
 * that the other replica then loads the new holder's rows, that a holder's explicit refresh is refused
 * to the others, and that a replica shutting down releases the lease at once.
 */
@QuarkusTest
@TestProfile(SharedMirrorProfile.class)
class TwoReplicasShareTheMirrorTest {

    static final String REPORT = "/v1.0/reports/authenticationMethods/userRegistrationDetails";
    static final Duration LEASE = Duration.ofMinutes(1);
    static final Duration REFRESH_EVERY = Duration.ofMinutes(30);

    @InjectFakeGraph
    FakeGraph graph;

    @Inject
    @Identifier("graph")
    GraphDirectory replicaA;

    @Test
    void oneReplicaPagesTheReportAndBothUseTheRowsUntilTheOtherTakesOver() throws SQLException {
        graph.reset();
        stubReport("Anna@contoso.com", "Ben@contoso.com", "Cleo@contoso.com");

        DataSource ownConnections = replicaBDataSource();
        MovableClock clockB = new MovableClock(Instant.now());
        RegistrationMirror replicaB = new RegistrationMirror(replicaA.client(),
                ReportsBudget.local(1000, Duration.ofSeconds(1), Duration.ZERO, 0), clockB, REFRESH_EVERY,
                Optional.of(new RegistrationMirror.Sharing(new DatabaseMirrorStore(ownConnections), "replica-b",
                        LEASE)));

        // A syncs first: it takes the free lease and pages the report (two pages).
        RegistrationMirror.Refresh first = replicaA.syncRegistrationMirror();
        assertThat(first.complete()).isTrue();
        assertThat(first.pages()).isEqualTo(2);
        assertThat(reportRequests()).isEqualTo(2);
        assertThat(leaseHolder(ownConnections)).isEqualTo("replica-a");

        // B finds the lease held and the copy fresh: it loads A's rows and sends Graph nothing.
        RegistrationMirror.Refresh loaded = replicaB.sync();
        assertThat(loaded.pages()).isZero();
        assertThat(loaded.complete()).isTrue();
        assertThat(replicaB.size()).isEqualTo(3);
        assertThat(replicaB.byUserPrincipalName("anna@contoso.com")).hasValueSatisfying(row -> {
            assertThat(row.ssprRegistered()).isTrue();
            assertThat(row.methods()).containsExactlyInAnyOrder(AuthMethod.MOBILE_PHONE, AuthMethod.EMAIL);
        });
        assertThat(replicaB.byObjectId(id("Ben@contoso.com"))).isPresent();
        assertThat(replicaB.age()).isPresent();

        // Within the refresh period nobody pages again, however often both sync; B's explicit refresh
        // is refused too, because A holds the lease.
        for (int i = 0; i < 3; i++) {
            replicaA.syncRegistrationMirror();
            replicaB.sync();
        }
        assertThat(replicaB.refresh().failure()).contains("another replica holds the refresh lease");
        assertThat(reportRequests()).isEqualTo(2);
        assertThat(replicaA.remote().mirrorUsers()).isEqualTo(3);

        // A stops (a crash: no release). Before its lease expires, B still may not take it.
        clockB.move(LEASE.minusSeconds(10));
        replicaB.sync();
        assertThat(leaseHolder(ownConnections)).isEqualTo("replica-a");

        // After expiry B takes the lease over; the copy is not due yet, so it still pages nothing.
        clockB.move(Duration.ofSeconds(20));
        replicaB.sync();
        assertThat(leaseHolder(ownConnections)).isEqualTo("replica-b");
        assertThat(reportRequests()).isEqualTo(2);

        // When the copy is due, B (the holder now) pages the report once, and publishes its rows.
        stubReport("Anna@contoso.com", "Ben@contoso.com", "Cleo@contoso.com", "Dana@contoso.com");
        clockB.move(REFRESH_EVERY);
        RegistrationMirror.Refresh byB = replicaB.sync();
        assertThat(byB.pages()).isEqualTo(2);
        assertThat(reportRequests()).isEqualTo(4);
        assertThat(replicaB.size()).isEqualTo(4);
        replicaB.sync();
        assertThat(reportRequests()).isEqualTo(4);

        // A, back again, finds B's lease and loads B's rows instead of paging.
        RegistrationMirror.Refresh backAgain = replicaA.syncRegistrationMirror();
        assertThat(backAgain.pages()).isZero();
        assertThat(replicaA.remote().mirrorUsers()).isEqualTo(4);
        assertThat(reportRequests()).isEqualTo(4);
        assertThat(leaseHolder(ownConnections)).isEqualTo("replica-b");

        // A replica shutting down gives the lease up at once.
        replicaB.releaseLease();
        assertThat(leaseHolder(ownConnections)).isNull();
    }

    /** The report in two pages; the first page's rows are registered with a phone and e-mail. */
    private void stubReport(String... upns) {
        List<String> rows = java.util.Arrays.stream(upns)
                .map(upn -> GraphJson.registrationRow(id(upn), upn, true, true, "mobilePhone", "email")).toList();
        int half = rows.size() / 2;
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).withQueryParam("$skiptoken", absent())
                .withQueryParam("$filter", absent())
                .willReturn(okJson(GraphJson.registrationPage(rows.subList(0, half),
                        graph.baseUrl() + "/reports/authenticationMethods/userRegistrationDetails?$skiptoken=two"))));
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).withQueryParam("$skiptoken", equalTo("two"))
                .willReturn(okJson(GraphJson.registrationPage(rows.subList(half, rows.size()), null))));
    }

    private int reportRequests() {
        return graph.server.findAll(getRequestedFor(urlPathEqualTo(REPORT))).size();
    }

    private static String id(String upn) {
        return java.util.UUID.nameUUIDFromBytes(upn.toLowerCase().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** Replica B's own connections to the database the application uses. */
    private static DataSource replicaBDataSource() {
        var config = ConfigProvider.getConfig();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(config.getValue("quarkus.datasource.jdbc.url", String.class));
        dataSource.setUser(config.getValue("quarkus.datasource.username", String.class));
        dataSource.setPassword(config.getValue("quarkus.datasource.password", String.class));
        return dataSource;
    }

    private static String leaseHolder(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT holder FROM registration_mirror_state WHERE id = 1")) {
            result.next();
            return result.getString(1);
        }
    }
}
