package dev.ssprpreflight.scan;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import dev.ssprpreflight.check.AssignedPlan;
import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.check.RegistrationFacts;
import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.SubscribedSku;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;
import dev.ssprpreflight.scan.store.DatabaseScanStore;

/**
 * Listed users for scan tests: a cloud-only, licensed, registered member for whom reset works, and the
 * few ways of being blocked or having findings that the tests need, in an organisation that holds an
 * Entra ID P1 subscription; and a fresh database with the application's migrations.
 */
final class ScanFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String P1_PLAN = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";
    static final TenantFacts TENANT = new TenantFacts("tenant-id", "Contoso", Optional.empty(), Set.of(), true,
            Optional.of(true), Set.of("contoso.example"), false,
            Optional.of(List.of(new SubscribedSku("078d2b04-f1bd-4111-bbd4-b4b1b354cef4", "AAD_PREMIUM",
                    AssignedPlan.CapabilityStatus.ENABLED, 100, List.of(new SubscribedSku.ServicePlan(P1_PLAN, "Success"))))),
            SsprPolicy.defaults());

    private ScanFixtures() {
    }

    /** A member for whom reset works; {@code n} makes the name and the object id. */
    static ListedUser ready(int n) {
        return new Fixture(n).listed();
    }

    /** Blocked by ACCOUNT_DISABLED. */
    static ListedUser disabled(int n) {
        Fixture fixture = new Fixture(n);
        fixture.enabled = false;
        return fixture.listed();
    }

    /**
     * The finding LICENSE_NOT_ASSIGNED and nothing else: the organisation is licensed, so reset works for a
     * user without a plan of their own (a licence is an organisation-level block).
     */
    static ListedUser unlicensed(int n) {
        Fixture fixture = new Fixture(n);
        fixture.licensed = false;
        return fixture.listed();
    }

    /** Blocked by ACCOUNT_DISABLED, with the finding LICENSE_NOT_ASSIGNED beside it. */
    static ListedUser disabledAndUnlicensed(int n) {
        Fixture fixture = new Fixture(n);
        fixture.enabled = false;
        fixture.licensed = false;
        return fixture.listed();
    }

    /** Blocked by METHODS_NOT_REGISTERED, on the registration report's word. */
    static ListedUser unregistered(int n) {
        Fixture fixture = new Fixture(n);
        fixture.registered = false;
        return fixture.listed();
    }

    /** An invited user from another organisation ({@code #EXT#} in the UPN): listed, not judged. */
    static ListedUser guest(int n) {
        Fixture fixture = new Fixture(n);
        fixture.userPrincipalName = "user" + n + "_fabrikam.example#EXT#@contoso.example";
        fixture.type = UserFacts.UserType.GUEST;
        fixture.creationType = Optional.of("Invitation");
        fixture.licensed = false;
        fixture.registered = false;
        return fixture.listed();
    }

    /**
     * A guest by {@code userType} whose account is at home here (a local password, no invitation): judged like
     * a member, and ready.
     */
    static ListedUser internalGuest(int n) {
        Fixture fixture = new Fixture(n);
        fixture.type = UserFacts.UserType.GUEST;
        return fixture.listed();
    }

    static String objectId(int n) {
        return new UUID(0x5ca9L, n).toString();
    }

    static String upn(int n) {
        return "user" + n + "@contoso.example";
    }

    /** A ready member, until a fixture changes what it needs. */
    private static final class Fixture {
        final int n;
        String userPrincipalName;
        boolean enabled = true;
        UserFacts.UserType type = UserFacts.UserType.MEMBER;
        Optional<String> creationType = Optional.empty();
        boolean licensed = true;
        boolean registered = true;

        Fixture(int n) {
            this.n = n;
            this.userPrincipalName = upn(n);
        }

        ListedUser listed() {
            Set<AuthMethod> methods = registered ? EnumSet.of(AuthMethod.MOBILE_PHONE, AuthMethod.EMAIL)
                    : EnumSet.noneOf(AuthMethod.class);
            RegistrationReport report = new RegistrationReport(true, registered, methods, NOW.minusSeconds(3600), false);
            UserFacts user = new UserFacts(objectId(n), userPrincipalName, "User " + n, enabled, type, Optional.empty(),
                    List.of(),
                    licensed ? List.of(new AssignedPlan(P1_PLAN, AssignedPlan.CapabilityStatus.ENABLED)) : List.of(),
                    List.of(), DirectoryRoles.none(), false, RegistrationFacts.fromReport(report), Set.of(),
                    creationType, Optional.empty(), SsprLockoutFact.NOT_KNOWN);
            return new ListedUser(user, TENANT);
        }
    }

    /** A new, empty in-memory database migrated as the application migrates its own. */
    static DatabaseScanStore freshStore() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:scan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sspr");
        migrate(dataSource);
        return new DatabaseScanStore(dataSource);
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }
}
