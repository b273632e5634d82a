package dev.ssprpreflight.directory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.directory.MirrorStore;
import dev.ssprpreflight.jdbc.Batches;
import dev.ssprpreflight.jdbc.StateRowLease;
import dev.ssprpreflight.jdbc.Transactions;
import io.quarkus.arc.Unremovable;

/**
 * The shared registration-report mirror in the application's database (tables of
 * {@code V110__Registration_mirror.sql}). Plain JDBC with portable SQL, so that the same migration and
 * statements run on PostgreSQL (several replicas) and on the embedded H2 database.
 * <p>
 * The lease is the single row of {@code registration_mirror_state} ({@link StateRowLease} per holder), taken
 * with one conditional {@code UPDATE} (free, expired or already ours): the database's row lock makes that atomic between
 * replicas, and a dead holder's lease simply expires. Publishing re-checks the lease in the same
 * transaction that replaces the rows, so a replica that lost its lease cannot overwrite a newer copy.
 */
@Singleton
@Unremovable
public class DatabaseMirrorStore implements MirrorStore {

    private static final int BATCH = 500;

    private static final StateRowLease LEASE = StateRowLease.perHolder("registration_mirror_state");

    private final DataSource dataSource;

    @Inject
    public DatabaseMirrorStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean tryLease(String holder, Instant now, Duration duration) {
        return LEASE.take(dataSource, "the registration-mirror lease", holder, now, duration);
    }

    @Override
    public void release(String holder) {
        LEASE.release(dataSource, "the registration-mirror lease", holder);
    }

    @Override
    public boolean publish(String holder, Instant now, Instant completedAt, List<Row> rows) {
        return Transactions.commitIf(dataSource, "store the registration mirror", published -> published,
                connection -> {
                    // Locks the state row until commit: nobody takes the lease while the rows are swapped. The
                    // lease check and the version's bump are one statement here, not StateRowLease.holds and a second.
                    try (PreparedStatement state = connection.prepareStatement("UPDATE registration_mirror_state "
                            + "SET version = version + 1, completed_at = ? "
                            + "WHERE id = 1 AND holder = ? AND lease_expires_at > ?")) {
                        state.setLong(1, completedAt.toEpochMilli());
                        state.setString(2, holder);
                        state.setLong(3, now.toEpochMilli());
                        if (state.executeUpdate() != 1) {
                            return false;
                        }
                    }
                    try (PreparedStatement delete = connection
                            .prepareStatement("DELETE FROM registration_mirror_row")) {
                        delete.executeUpdate();
                    }
                    insertRows(connection, rows);
                    return true;
                });
    }

    @Override
    public long version() {
        return Transactions.read(dataSource, "read the registration mirror's version", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version FROM registration_mirror_state WHERE id = 1");
                    ResultSet result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        });
    }

    @Override
    public Optional<Copy> read() {
        // One snapshot for the state and the rows: a publish in between cannot mix two copies.
        return Transactions.inSnapshot(dataSource, "read the registration mirror", connection -> {
            long version;
            Instant completedAt;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version, completed_at FROM registration_mirror_state WHERE id = 1");
                    ResultSet result = select.executeQuery()) {
                if (!result.next() || result.getLong(1) == 0) {
                    return Optional.empty();
                }
                version = result.getLong(1);
                completedAt = Instant.ofEpochMilli(result.getLong(2));
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT object_id, user_principal_name, "
                    + "sspr_enabled, sspr_registered, methods, is_admin, updated_at FROM registration_mirror_row");
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getString(2),
                            new RegistrationReport(result.getBoolean(3), result.getBoolean(4),
                                    methods(result.getString(5)), Instant.parse(result.getString(7)),
                                    result.getBoolean(6)),
                            result.getBoolean(6)));
                }
            }
            return Optional.of(new Copy(version, completedAt, rows));
        });
    }

    private static void insertRows(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO registration_mirror_row "
                + "(object_id, user_principal_name, sspr_enabled, sspr_registered, methods, is_admin, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Batches batches = new Batches(BATCH, insert);
            for (Row row : rows) {
                insert.setString(1, row.objectId());
                insert.setString(2, row.userPrincipalName());
                insert.setBoolean(3, row.report().ssprEnabled());
                insert.setBoolean(4, row.report().ssprRegistered());
                insert.setString(5, row.report().methods().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",")));
                insert.setBoolean(6, row.admin());
                insert.setString(7, row.report().updatedAt().toString());
                insert.addBatch();
                batches.rowAdded();
            }
            batches.flush();
        }
    }

    private static Set<AuthMethod> methods(String names) {
        Set<AuthMethod> methods = EnumSet.noneOf(AuthMethod.class);
        if (names != null && !names.isEmpty()) {
            for (String name : names.split(",")) {
                methods.add(AuthMethod.valueOf(name));
            }
        }
        return methods;
    }
}
