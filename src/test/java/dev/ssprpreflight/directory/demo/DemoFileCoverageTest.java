package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckContext;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;

/** The demo file shows everything it promises to show. */
class DemoFileCoverageTest {

    /** The user whose registration report lags behind a registration made after it was refreshed. */
    private static final String LAGGING_REPORT_USER = "lynne.robbins@contoso.example";

    private final List<DemoTenantFile.User> users = DemoFixtures.BUNDLED.users();

    @Test
    void holdsAtLeast22Users() {
        assertThat(users).hasSizeGreaterThanOrEqualTo(22);
    }

    @Test
    void showsEveryReasonAtLeastOnce() {
        Set<Reason> shown = EnumSet.noneOf(Reason.class);
        users.forEach(user -> shown.addAll(user.expect().reasons()));

        assertThat(shown).containsExactlyInAnyOrder(Reason.values());
    }

    @Test
    void showsEveryReasonOnItsOwnAtLeastOnce() {
        Set<Reason> shownAlone = EnumSet.noneOf(Reason.class);
        users.stream().filter(user -> user.expect().reasons().size() == 1)
                .forEach(user -> shownAlone.addAll(user.expect().reasons()));

        assertThat(shownAlone).containsExactlyInAnyOrder(Reason.values());
    }

    @Test
    void hasAUserWithExactlyThreeReasonsAndSeveralWithCombinedReasons() {
        assertThat(users).anyMatch(user -> user.expect().reasons().size() == 3);
        assertThat(users).filteredOn(user -> user.expect().reasons().size() >= 2).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void hasReadyCloudOnlyAndReadySyncedUsers() {
        assertThat(readyUsers()).anyMatch(UserFacts::isSynced);
        assertThat(readyUsers()).anyMatch(user -> user.onPremisesSyncEnabled().isEmpty());
    }

    @Test
    void hasAReadyCloudOnlyAdministrator() {
        assertThat(readyUsers()).anyMatch(user -> !user.isSynced() && context(user).userIsAdmin());
    }

    @Test
    void hasAGuestWithAnExternalUpn() {
        assertThat(users).anyMatch(user -> user.upn().contains("#EXT#@")
                && user.expect().reasons().equals(List.of(Reason.GUEST_ACCOUNT)));
    }

    @Test
    void hasReadyUsersWithAnApostropheAndWithNonAsciiLetters() {
        assertThat(readyUsers()).anyMatch(user -> user.userPrincipalName().contains("'"));
        assertThat(readyUsers()).anyMatch(user -> user.userPrincipalName().chars().anyMatch(c -> c > 127));
    }

    @Test
    void hasAUserWhoseLookupFails() {
        assertThat(users).anyMatch(user -> user.outageSimulated()
                && user.expect().outcome() == Outcome.CHECKS_UNAVAILABLE);
    }

    @Test
    void laggingReportUserIsReadyOnlyBecauseOfTheLiveLook() {
        DemoTenantFile.User lagging = DemoFixtures.user(LAGGING_REPORT_USER);
        UserFacts facts = facts(lagging);
        Set<AuthMethod> reportMethods = facts.registration().report().orElseThrow().methods();
        Set<AuthMethod> liveMethods = DemoFactsTranslator.liveMethods(lagging).orElseThrow();
        CheckCatalogue catalogue = CheckCatalogue.standard();

        assertThat(facts.registration().report().orElseThrow().ssprRegistered()).isFalse();
        assertThat(catalogue.wantsLiveMethods(context(facts))).isTrue();
        assertThat(catalogue.raisedReasons(context(withLiveMethods(facts, reportMethods))))
                .as("judged on what the report shows").containsExactly(Reason.METHODS_NOT_REGISTERED);
        assertThat(catalogue.raisedReasons(context(withLiveMethods(facts, liveMethods))))
                .as("judged on what the live look shows").isEmpty();
        assertThat(lagging.expect().outcome()).isEqualTo(Outcome.READY);
    }

    private List<UserFacts> readyUsers() {
        return users.stream().filter(user -> user.expect().outcome() == Outcome.READY).map(this::facts).toList();
    }

    private UserFacts facts(DemoTenantFile.User user) {
        return DemoFactsTranslator.userFacts(user, DemoFixtures.BUNDLED.objectIdOf(user), DemoFixtures.NOW);
    }

    private static UserFacts withLiveMethods(UserFacts user, Set<AuthMethod> methods) {
        return user.withRegistration(user.registration().withLiveMethods(methods));
    }

    private static CheckContext context(UserFacts user) {
        DemoTenantFile.User entry = DemoFixtures.user(user.userPrincipalName());
        TenantFacts tenant = DemoFactsTranslator.tenantFacts(DemoFixtures.BUNDLED.organisationOf(entry),
                DemoFixtures.NOW);
        return new CheckContext(user, tenant, CheckSettings.defaults(), DemoFixtures.NOW);
    }
}
