package dev.ssprpreflight.scan.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * A schema of its own in the test's database, for tables as an older release left them: Flyway migrates it
 * up to a version, a test writes rows the way that release wrote them, then migrates it on. Every connection
 * works in that schema and goes back to the pool in the schema it came in, so the application's tables
 * (and the other tests) never see it.
 */
final class SchemaDataSource implements DataSource {

    private final DataSource pool;
    private final String schema;

    private SchemaDataSource(DataSource pool, String schema) {
        this.pool = pool;
        this.schema = schema;
    }

    /**
     * A new, empty schema named {@code name} (in the case the database keeps unquoted names, so that
     * {@link Connection#setSchema} finds it on H2 and PostgreSQL alike), migrated up to {@code version}.
     */
    static SchemaDataSource migratedTo(DataSource pool, String name, String version) throws SQLException {
        String schema;
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            schema = connection.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT)
                    : name.toLowerCase(Locale.ROOT);
            statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
        SchemaDataSource dataSource = new SchemaDataSource(pool, schema);
        dataSource.migrateTo(version);
        return dataSource;
    }

    /** Runs the application's migrations in the schema up to {@code version} ({@code latest} for all). */
    void migrateTo(String version) {
        Flyway.configure().dataSource(pool).schemas(schema).locations("classpath:db/migration").target(version).load()
                .migrate();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = pool.getConnection();
        String original = connection.getSchema();
        connection.setSchema(schema);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && !connection.isClosed()) {
                        connection.setSchema(original);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("only the pool's own credentials");
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
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
