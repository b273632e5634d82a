package dev.ssprpreflight.admin;

import dev.ssprpreflight.testsupport.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** The console's filters, sorting, paging, export and dashboard queries on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@TestSecurity(user = "helpdesk.anna", roles = "SsprPreflight.Admin", authMechanism = "code")
class AttemptsConsoleOnPostgresTest extends AttemptsConsoleTest {
}
