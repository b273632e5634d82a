package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema is migrated after the start, so a store must get the connections that wait for it: wherever a
 * {@code DataSource} is injected, it is {@link MigratedDataSource}, over Agroal's pool, which stays what
 * {@code AgroalDataSource} resolves to (the migration and the reachability check need no table).
 */
@QuarkusTest
class StoresWaitForTheSchemaTest {

    @Inject
    DataSource dataSource;

    @Inject
    AgroalDataSource pool;

    @Test
    void anInjectedDataSourceWaitsForTheMigrationAndThePoolIsAgroals() {
        assertThat(dataSource).isInstanceOf(MigratedDataSource.class);
        assertThat(pool).isNotInstanceOf(MigratedDataSource.class);
    }
}
