package dev.ssprpreflight.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one lease component, on an in-memory H2 database with the state tables' shape: a lease per holder (the
 * mirror, the feed) and a lease per subject (the scans). Each statement runs alone in autocommit, as from two
 * replicas.
 */
class StateRowLeaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final StateRowLease perHolder = StateRowLease.perHolder("feed_state");
    private final StateRowLease perSubject = StateRowLease.perSubject("scan_lock", "scan_id");
    private DataSource dataSource;

    @BeforeEach
    void database() throws SQLException {
        dataSource = H2Tables.database(
                "CREATE TABLE feed_state (id INT PRIMARY KEY, holder VARCHAR(200), lease_expires_at BIGINT NOT NULL)",
                "INSERT INTO feed_state (id, holder, lease_expires_at) VALUES (1, NULL, 0)",
                "CREATE TABLE scan_lock (id INT PRIMARY KEY, scan_id BIGINT, holder VARCHAR(200), "
                        + "lease_expires_at BIGINT NOT NULL)",
                "INSERT INTO scan_lock (id, scan_id, holder, lease_expires_at) VALUES (1, NULL, NULL, 0)");
    }

    @Test
    void aFreeLeaseIsTakenUntilNowPlusTheDuration() {
        assertThat(take(perHolder, "a", T0)).isTrue();

        assertThat(holds("a", T0.plus(LEASE).minusMillis(1))).isTrue();
        assertThat(holds("a", T0.plus(LEASE))).isFalse();
    }

    @Test
    void aLeaseHeldByAnotherIsRefusedUntilItExpires() {
        take(perHolder, "a", T0);

        assertThat(take(perHolder, "b", T0.plus(LEASE).minusMillis(1))).isFalse();
        assertThat(holds("b", T0)).isFalse();
        assertThat(take(perHolder, "b", T0.plus(LEASE))).isTrue();
        assertThat(holds("a", T0.plusSeconds(1))).isFalse();
    }

    @Test
    void perHolderTheHolderRenewsByTakingAgain() {
        take(perHolder, "a", T0);

        assertThat(take(perHolder, "a", T0.plus(LEASE).minusSeconds(1))).isTrue();
        assertThat(holds("a", T0.plus(LEASE).plusSeconds(1))).isTrue();
    }

    @Test
    void releasedByItsHolderTheLeaseIsFreeAtOnce() {
        take(perHolder, "a", T0);

        release(perHolder, "b");
        assertThat(take(perHolder, "b", T0)).isFalse();
        release(perHolder, "a");
        assertThat(take(perHolder, "b", T0)).isTrue();
    }

    @Test
    void perSubjectTheSameHolderCannotTakeItForASecondSubject() {
        assertThat(takeFor("a", 7, T0)).isTrue();

        assertThat(take(perSubject, "a", T0.plusSeconds(1))).isFalse();
        assertThat(take(perSubject, "b", T0.plus(LEASE))).isTrue();
    }

    @Test
    void perSubjectOnlyTheHolderRenewsItForItsSubjectBeforeItExpires() {
        takeFor("a", 7, T0);

        assertThat(succeeds(connection -> perSubject.renew(connection, 8, "a", T0.plusSeconds(1), LEASE))).isFalse();
        assertThat(succeeds(connection -> perSubject.renew(connection, 7, "b", T0.plusSeconds(1), LEASE))).isFalse();
        assertThat(succeeds(connection -> perSubject.renew(connection, 7, "a", T0.plusSeconds(60), LEASE))).isTrue();
        assertThat(take(perSubject, "b", T0.plus(LEASE))).isFalse();
        assertThat(succeeds(connection -> perSubject.renew(connection, 7, "a", T0.plus(LEASE).plusSeconds(60), LEASE)))
                .isFalse();
    }

    @Test
    void perSubjectReleasedByItsHolderOrForItsFailedSubject() {
        takeFor("a", 7, T0);

        assertThat(succeeds(connection -> perSubject.releaseHeld(connection, 7, "b", T0))).isFalse();
        assertThat(succeeds(connection -> perSubject.releaseHeld(connection, 7, "a", T0))).isTrue();
        assertThat(takeFor("b", 8, T0)).isTrue();
        run(connection -> {
            perSubject.releaseSubject(connection, 7);
            return null;
        });
        assertThat(take(perSubject, "c", T0)).isFalse();
        run(connection -> {
            perSubject.releaseSubject(connection, 8);
            return null;
        });
        assertThat(take(perSubject, "c", T0)).isTrue();
    }

    @Test
    void aLeasePerHolderNamesNoSubject() {
        assertThatThrownBy(() -> run(connection -> perHolder.renew(connection, 7, "a", T0, LEASE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("feed_state names no subject");
    }

    private boolean take(StateRowLease lease, String holder, Instant now) {
        return run(connection -> lease.take(connection, holder, now, LEASE));
    }

    private boolean takeFor(String holder, long scanId, Instant now) {
        return Transactions.commitIf(dataSource, "take the lease for a scan", taken -> taken, connection -> {
            if (!perSubject.take(connection, holder, now, LEASE)) {
                return false;
            }
            perSubject.bind(connection, scanId);
            return true;
        });
    }

    private boolean holds(String holder, Instant now) {
        return run(connection -> perHolder.holds(connection, holder, now));
    }

    private void release(StateRowLease lease, String holder) {
        run(connection -> {
            lease.release(connection, holder);
            return null;
        });
    }

    private boolean succeeds(Transactions.Work<Boolean> work) {
        return run(work);
    }

    private <T> T run(Transactions.Work<T> work) {
        return Transactions.read(dataSource, "use the lease", work);
    }

    @Test
    void perSubjectTheLeaseRowNamesTheSubjectAndTheHolder() throws SQLException {
        takeFor("a", 7, T0);

        try (var connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT scan_id, holder, lease_expires_at FROM scan_lock WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            row.next();
            assertThat(row.getLong(1)).isEqualTo(7);
            assertThat(row.getString(2)).isEqualTo("a");
            assertThat(row.getLong(3)).isEqualTo(T0.plus(LEASE).toEpochMilli());
        }
    }
}
