package dev.ssprpreflight.directory.store;

import dev.ssprpreflight.testsupport.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same ledger, with the same migrations, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ReportsLedgerOnPostgresTest extends ReportsLedgerTest {
}
