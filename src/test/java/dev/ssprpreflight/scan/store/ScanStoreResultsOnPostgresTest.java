package dev.ssprpreflight.scan.store;

import dev.ssprpreflight.testsupport.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same reads, with the same migrations and queries, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ScanStoreResultsOnPostgresTest extends ScanStoreResultsTest {
}
