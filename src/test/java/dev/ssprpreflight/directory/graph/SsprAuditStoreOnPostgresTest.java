package dev.ssprpreflight.directory.graph;

import dev.ssprpreflight.testsupport.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same SSPR audit store behaviour, with the same migration, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class SsprAuditStoreOnPostgresTest extends SsprAuditStoreTest {
}
