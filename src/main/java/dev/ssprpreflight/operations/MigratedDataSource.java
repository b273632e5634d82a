package dev.ssprpreflight.operations;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.agroal.api.AgroalDataSource;

/**
 * The connection pool as every store sees it: a connection is handed out once the schema is migrated
 * ({@link SchemaMigration}, which runs after the start). Everything else is the pool's.
 */
final class MigratedDataSource implements DataSource {

    private final DataSource pool;
    private final SchemaMigration migration;

    MigratedDataSource(DataSource pool, SchemaMigration migration) {
        this.pool = pool;
        this.migration = migration;
    }

    /**
     * The {@code DataSource} that stores are given. Agroal's pool is a bean of the same type; this one is an
     * alternative with a priority, so it is the one injected wherever a {@code DataSource} is asked for. Code that
     * asks for the pool itself ({@code AgroalDataSource}: Flyway, the reachability check, which needs no table) gets
     * the pool.
     */
    static final class Producer {

        @Produces
        @Alternative
        @Priority(1)
        @Singleton
        DataSource migrated(AgroalDataSource pool, SchemaMigration migration) {
            return new MigratedDataSource(pool, migration);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        migration.awaitMigrated(SchemaMigration.WAIT);
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        migration.awaitMigrated(SchemaMigration.WAIT);
        return pool.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
