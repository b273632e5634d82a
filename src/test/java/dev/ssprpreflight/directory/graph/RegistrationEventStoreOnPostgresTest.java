package dev.ssprpreflight.directory.graph;

import dev.ssprpreflight.testsupport.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same store behaviour, with the same migrations, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class RegistrationEventStoreOnPostgresTest extends RegistrationEventStoreTest {
}
