package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckContext;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.SubscribedSku;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;

/**
 * The demo file shows everything it promises to show: every reason, and a user for each rule that issue 12
 * changed. {@link DemoUsersVerdictTest} proves the verdicts; this test proves that the users it proves them
 * for are the ones the stories need (a synced admin, an internal guest, ...).
 */
class DemoFileCoverageTest {

    /** The user whose registration report lags behind a registration made after it was refreshed. */
    private static final String LAGGING_REPORT_USER = "lynne.robbins@contoso.example";

    private final List<DemoTenantFile.User> users = DemoFixtures.BUNDLED.users();

    @Test
    void holdsAtLeast40Users() {
        assertThat(users).hasSizeGreaterThanOrEqualTo(40);
    }

    /** A sentence cut short (a {@code #} in unquoted YAML starts a comment) would go into the README unnoticed. */
    @Test
    void everyUserSaysInOneFullSentenceWhatItShows() {
        assertThat(users).allSatisfy(user -> assertThat(user.shows()).as(user.upn()).matches("[A-Z].*\\.")
                .doesNotContain("\n"));
    }

    @Test
    void showsEveryReasonThatAnyCheckRaises() {
        Set<Reason> shown = EnumSet.noneOf(Reason.class);
        users.forEach(user -> shown.addAll(expected(user).reasons()));

        assertThat(shown).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Reason.values()).filter(reason -> !reason.retired()).toList());
    }

    @Test
    void showsEveryBlockAsSomeUsersOnlyBlock() {
        Set<Reason> shownAlone = EnumSet.noneOf(Reason.class);
        users.stream().map(DemoFileCoverageTest::expected).filter(expected -> expected.blocks().size() == 1)
                .forEach(expected -> shownAlone.addAll(expected.blocks()));

        assertThat(shownAlone).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Reason.values()).filter(reason -> reason.blocks() && !reason.retired()).toList());
    }

    @Test
    void showsEveryFindingAsTheOnlyReasonOfAReadyUser() {
        Set<Reason> shownAlone = EnumSet.noneOf(Reason.class);
        users.stream().map(DemoFileCoverageTest::expected)
                .filter(expected -> expected.outcome() == Outcome.READY && expected.findings().size() == 1)
                .forEach(expected -> shownAlone.addAll(expected.findings()));

        assertThat(shownAlone).containsExactlyInAnyOrder(Reason.LICENSE_NOT_ASSIGNED, Reason.PROVISIONING_ERRORS,
                Reason.SYNC_LATE);
    }

    @Test
    void hasAUserWithThreeBlocksAndFindingsBesideThem() {
        assertThat(users).map(DemoFileCoverageTest::expected)
                .anyMatch(expected -> expected.blocks().size() == 3 && !expected.findings().isEmpty());
    }

    @Test
    void hasReadyCloudOnlyAndReadySyncedUsers() {
        assertThat(readyUsers()).anyMatch(UserFacts::isSynced);
        assertThat(readyUsers()).anyMatch(user -> user.onPremisesSyncEnabled().isEmpty());
    }

    @Test
    void hasReadyCloudOnlyAndReadySyncedAdministrators() {
        assertThat(readyUsers()).anyMatch(user -> !user.isSynced() && context(user).userIsAdmin());
        assertThat(readyUsers()).as("an Entra role never blocks a synced admin by itself")
                .anyMatch(user -> user.isSynced() && context(user).userIsAdmin());
    }

    @Test
    void hasAReadyAdministratorWithOneMethodInAnOrganisationWithoutCustomDomainOrSync() {
        assertThat(readyUsers()).anyMatch(user -> {
            TenantFacts tenant = context(user).tenant();
            return context(user).userIsAdmin() && !tenant.hasCustomDomain() && !tenant.directorySyncEnabled()
                    && reportMethods(user).size() == 1;
        });
    }

    @Test
    void hasABlockedAdministratorWhoseSecondMethodIsTheAlternateMobilePhone() {
        assertThat(usersExpected(expected -> expected.blocks().equals(List.of(Reason.ADMIN_NEEDS_TWO_METHODS))))
                .anyMatch(user -> reportMethods(user).equals(Set.of(AuthMethod.MOBILE_PHONE,
                        AuthMethod.ALTERNATE_MOBILE_PHONE)));
    }

    @Test
    void hasAGuestWithAnExternalUpnAnExternalMemberAndAReadyInternalGuest() {
        List<UserFacts> guests = usersExpected(expected -> expected.blocks().equals(List.of(Reason.GUEST_ACCOUNT)));
        assertThat(guests).anyMatch(user -> user.userPrincipalName().contains("#EXT#@"));
        assertThat(guests).as("external by its identities, not by userType")
                .anyMatch(user -> user.userType() == UserFacts.UserType.MEMBER && !user.userPrincipalName().contains("#"));
        assertThat(readyUsers()).anyMatch(user -> user.userType() == UserFacts.UserType.GUEST);
    }

    @Test
    void hasASyncedUserInANestedProtectedAccountGroupWhoIsBlocked() {
        assertThat(usersExpected(expected -> expected.blocks().equals(List.of(Reason.ONPREM_PROTECTED_ACCOUNT))))
                .anyMatch(user -> user.isSynced() && DemoFixtures.BUNDLED.groups().all().stream()
                        .filter(group -> group.members().contains(user.userPrincipalName()))
                        .noneMatch(group -> context(user).tenant().policy().protectedAccountGroupIds()
                                .contains(DemoFixtures.BUNDLED.groups().idOf(group))));
    }

    @Test
    void hasAnOrganisationWithSubscriptionsOfWhichNoneIsInForceWhoseUsersAreAllBlockedForIt() {
        assertThat(DemoFixtures.BUNDLED.organisations()).anySatisfy(organisation -> {
            TenantFacts tenant = DemoFixtures.BUNDLED.tenantFacts(organisation, DemoFixtures.NOW);
            assertThat(tenant.subscriptions()).hasValueSatisfying(skus -> assertThat(skus).isNotEmpty()
                    .noneMatch(SubscribedSku::inForce));
            assertThat(users).filteredOn(user -> DemoFixtures.BUNDLED.organisationOf(user) == organisation).isNotEmpty()
                    .allMatch(user -> expected(user).blocks().contains(Reason.LICENSE_MISSING));
        });
    }

    @Test
    void hasAnOrganisationRequiringTwoMethodsWithAReadyAndAnUnderRegisteredUser() {
        List<UserFacts> underTwoMethodPolicy = users.stream().map(DemoFileCoverageTest::facts)
                .filter(user -> context(user).tenant().policy().methodsRequired() == 2).toList();

        assertThat(underTwoMethodPolicy).anyMatch(user -> expectedOf(user).outcome() == Outcome.READY);
        assertThat(underTwoMethodPolicy)
                .anyMatch(user -> expectedOf(user).blocks().equals(List.of(Reason.METHODS_NOT_REGISTERED)));
    }

    @Test
    void hasAnEnabledGroupWithAReadyMemberABlockedOutsiderAndAReadyAdministratorOutsideIt() {
        List<UserFacts> underEnabledGroup = users.stream().map(DemoFileCoverageTest::facts)
                .filter(user -> context(user).tenant().policy().enabledGroupId().isPresent()).toList();
        Predicate<UserFacts> member = user -> context(user)
                .userIsMemberOf(context(user).tenant().policy().enabledGroupId().orElseThrow()).orElseThrow();

        assertThat(underEnabledGroup).anyMatch(member.and(user -> expectedOf(user).outcome() == Outcome.READY));
        assertThat(underEnabledGroup).anyMatch(member.negate()
                .and(user -> expectedOf(user).blocks().equals(List.of(Reason.SSPR_NOT_ENABLED))));
        assertThat(underEnabledGroup).anyMatch(member.negate()
                .and(user -> context(user).userIsAdmin() && expectedOf(user).outcome() == Outcome.READY));
    }

    @Test
    void hasReadyUsersWithAnApostropheAndWithNonAsciiLetters() {
        assertThat(readyUsers()).anyMatch(user -> user.userPrincipalName().contains("'"));
        assertThat(readyUsers()).anyMatch(user -> user.userPrincipalName().chars().anyMatch(c -> c > 127));
    }

    @Test
    void hasAUserWhoseLookupFails() {
        assertThat(users).anyMatch(user -> user.outageSimulated()
                && expected(user).outcome() == Outcome.CHECKS_UNAVAILABLE);
    }

    @Test
    void laggingReportUserIsReadyOnlyBecauseOfTheLiveLook() {
        DemoTenantFile.User lagging = DemoFixtures.user(LAGGING_REPORT_USER);
        UserFacts facts = facts(lagging);
        Set<AuthMethod> reportMethods = reportMethods(facts);
        Set<AuthMethod> liveMethods = DemoUserTranslator.liveMethods(lagging).orElseThrow();
        CheckCatalogue catalogue = CheckCatalogue.standard();

        assertThat(facts.registration().report().orElseThrow().ssprRegistered()).isFalse();
        assertThat(catalogue.wantsLiveMethods(context(facts))).isTrue();
        assertThat(catalogue.raisedReasons(context(withLiveMethods(facts, reportMethods))))
                .as("judged on what the report shows").containsExactly(Reason.METHODS_NOT_REGISTERED);
        assertThat(catalogue.raisedReasons(context(withLiveMethods(facts, liveMethods))))
                .as("judged on what the live look shows").isEmpty();
        assertThat(expected(lagging).outcome()).isEqualTo(Outcome.READY);
    }

    private List<UserFacts> readyUsers() {
        return usersExpected(expected -> expected.outcome() == Outcome.READY);
    }

    private List<UserFacts> usersExpected(Predicate<ExpectedVerdict> verdict) {
        return users.stream().filter(user -> verdict.test(expected(user))).map(DemoFileCoverageTest::facts).toList();
    }

    private static ExpectedVerdict expected(DemoTenantFile.User user) {
        return DemoFixtures.expected(user);
    }

    private static ExpectedVerdict expectedOf(UserFacts user) {
        return expected(DemoFixtures.user(user.userPrincipalName()));
    }

    private static UserFacts facts(DemoTenantFile.User user) {
        return DemoFixtures.BUNDLED.userFacts(user, DemoFixtures.NOW);
    }

    private static Set<AuthMethod> reportMethods(UserFacts user) {
        return user.registration().report().orElseThrow().methods();
    }

    private static UserFacts withLiveMethods(UserFacts user, Set<AuthMethod> methods) {
        return user.withRegistration(user.registration().withLiveMethods(methods));
    }

    private static CheckContext context(UserFacts user) {
        DemoTenantFile.User entry = DemoFixtures.user(user.userPrincipalName());
        return new CheckContext(user, DemoFixtures.BUNDLED.tenantFacts(entry, DemoFixtures.NOW),
                CheckSettings.defaults(), DemoFixtures.NOW);
    }
}
