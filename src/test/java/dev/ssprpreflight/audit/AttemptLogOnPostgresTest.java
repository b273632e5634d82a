package dev.ssprpreflight.audit;

import dev.ssprpreflight.testsupport.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same attempt-log behaviour, with the same migrations, on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class AttemptLogOnPostgresTest extends AttemptLogTest {
}
