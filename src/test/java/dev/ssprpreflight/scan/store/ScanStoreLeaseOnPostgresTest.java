package dev.ssprpreflight.scan.store;

import dev.ssprpreflight.testsupport.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same lease behaviour, with the same migrations, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ScanStoreLeaseOnPostgresTest extends ScanStoreLeaseTest {
}
