package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.check.MethodsAnswer;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;

/** The demo adapter: lookups, live looks, relative times and correlation ids. */
class DemoDirectoryTest {

    private static final Instant DEADLINE = DemoFixtures.NOW.plusSeconds(3);

    private final DemoDirectory directory = DemoFixtures.bundledDirectory();

    @ParameterizedTest
    @ValueSource(strings = { "adele.vance@contoso.example", "ADELE.VANCE@CONTOSO.EXAMPLE", "Adele.Vance@Contoso.Example" })
    void findsAUserWhateverTheCase(String typed) {
        assertThat(directory.lookup(typed, DEADLINE)).isInstanceOfSatisfying(DirectoryAnswer.Found.class,
                found -> assertThat(found.user().userPrincipalName()).isEqualTo("adele.vance@contoso.example"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "bj\u00f6rn@contoso.example", "bjo\u0308rn@contoso.example", "BJ\u00d6RN@contoso.example" })
    void findsANonAsciiUserInEitherUnicodeForm(String typed) {
        assertThat(directory.lookup(typed, DEADLINE)).isInstanceOf(DirectoryAnswer.Found.class);
    }

    @Test
    void findsAUserWithAnApostrophe() {
        assertThat(directory.lookup("O'Brien@contoso.example", DEADLINE)).isInstanceOf(DirectoryAnswer.Found.class);
    }

    @Test
    void findsAGuestByTheirExternalUpn() {
        assertThat(directory.lookup("alex_partner.example#EXT#@contoso.example", DEADLINE))
                .isInstanceOfSatisfying(DirectoryAnswer.Found.class,
                        found -> assertThat(found.user().userPrincipalName()).contains("#EXT#"));
    }

    @Test
    void answersNotFoundForAnyoneElse() {
        assertThat(directory.lookup("nobody@contoso.example", DEADLINE)).isInstanceOf(DirectoryAnswer.NotFound.class);
        assertThat(directory.lookup("adele.vance@contoso.example.evil", DEADLINE))
                .isInstanceOf(DirectoryAnswer.NotFound.class);
    }

    @Test
    void simulatesAnOutageForTheOutageUser() {
        assertThat(directory.lookup("outage@contoso.example", DEADLINE)).isInstanceOfSatisfying(
                DirectoryAnswer.Unavailable.class,
                unavailable -> assertThat(unavailable.cause()).isEqualTo("demo: simulated Graph outage"));
    }

    @Test
    void putsEachUserIntoTheOrganisationOfTheirDomain() {
        assertThat(tenantName("kim.akers@fabrikam.example")).isEqualTo("Fabrikam (demo)");
        assertThat(tenantName("eva.lund@fabrikam.onmicrosoft.example")).isEqualTo("Fabrikam (demo)");
        assertThat(tenantName("sam.taylor@tailspin.example")).isEqualTo("Tailspin Toys (demo)");
        assertThat(tenantName("alan.brewer@adatum.onmicrosoft.example")).isEqualTo("Adatum (demo)");
        assertThat(tenantName("alex_partner.example#EXT#@contoso.example")).isEqualTo("Contoso (demo)");
    }

    @Test
    void answersTheOrganisationsDomainsSyncSubscriptionsAndDeclaredPolicy() {
        TenantFacts litware = found("noah.lind@litware.example").tenant();
        TenantFacts adatum = found("alan.brewer@adatum.onmicrosoft.example").tenant();

        assertThat(litware.hasCustomDomain()).isTrue();
        assertThat(litware.directorySyncEnabled()).isFalse();
        assertThat(litware.policy().methodsRequired()).isEqualTo(2);
        assertThat(litware.policy().enabledGroupId()).contains(groupId("SSPR pilot"));
        assertThat(litware.subscriptions()).hasValueSatisfying(skus -> assertThat(skus).singleElement()
                .satisfies(sku -> assertThat(sku.skuPartNumber()).isEqualTo("AAD_PREMIUM")));
        assertThat(adatum.hasCustomDomain()).as("only Microsoft's onmicrosoft domain").isFalse();
        assertThat(found("adele.vance@contoso.example").tenant().directorySyncEnabled()).isTrue();
    }

    @Test
    void answersMembershipsOfTheDeclaredGroupsThroughNestedGroups() {
        String protectedAccounts = groupId("AD protected accounts (synced)");

        assertThat(found("lidia.holloway@contoso.example").user().declaredGroupMemberships())
                .contains(Set.of(protectedAccounts));
        assertThat(found("adele.vance@contoso.example").user().declaredGroupMemberships()).contains(Set.of());
        assertThat(found("sam.taylor@tailspin.example").user().declaredGroupMemberships())
                .as("Tailspin declares no group, so nobody looks").isEmpty();
    }

    @Test
    void answersIdentitiesCreationTypeAndTheReportsAdminFlag() {
        UserFacts guest = found("zrinka.makovac@contoso.example").user();
        UserFacts partner = found("chris.green@contoso.example").user();

        assertThat(guest.userType()).isEqualTo(UserFacts.UserType.GUEST);
        assertThat(guest.identityIssuers()).containsExactly("contoso.onmicrosoft.example");
        assertThat(partner.creationType()).contains("Invitation");
        assertThat(partner.identityIssuers()).containsExactly("externalazuread");
        assertThat(found("irvin.sayers@contoso.example").user().registration().report().orElseThrow().admin())
                .as("Global Reader is an admin role to the report, though not a two-gate one").isTrue();
        assertThat(found("adele.vance@contoso.example").user().registration().report().orElseThrow().admin()).isFalse();
    }

    @Test
    void resolvesRelativeTimesAgainstTheClock() {
        Instant later = DemoFixtures.NOW.plus(Duration.ofDays(400));
        DemoDirectory laterDirectory = new DemoDirectory(DemoFixtures.BUNDLED, Clock.fixed(later, ZoneOffset.UTC));

        var found = (DirectoryAnswer.Found) laterDirectory.lookup("adele.vance@contoso.example", DEADLINE);

        assertThat(found.tenant().lastSyncAt()).contains(later.minus(Duration.ofMinutes(20)));
        assertThat(found.user().registration().report().orElseThrow().updatedAt())
                .isEqualTo(later.minus(Duration.ofHours(6)));
    }

    @Test
    void liveLookReturnsTheMethodsTheFileGives() {
        MethodsAnswer live = directory.liveMethods(objectIdOf("lynne.robbins@contoso.example"), DEADLINE);

        assertThat(live.methods()).contains(Set.of(AuthMethod.MOBILE_PHONE, AuthMethod.EMAIL));
    }

    @Test
    void liveLookDefaultsToTheReportsMethodsWithoutSecurityQuestions() {
        MethodsAnswer live = directory.liveMethods(objectIdOf("christie.cline@contoso.example"), DEADLINE);

        assertThat(live.methods()).contains(Set.of(AuthMethod.MOBILE_PHONE));
    }

    @Test
    void liveLookDeclinesWhenTheFileSaysItIsUnavailable() {
        assertThat(directory.liveMethods(objectIdOf("patti.fernandez@contoso.example"), DEADLINE).methods()).isEmpty();
    }

    @Test
    void liveLookDeclinesForAnUnknownObjectId() {
        assertThat(directory.liveMethods("00000000-0000-0000-0000-000000000000", DEADLINE).methods()).isEmpty();
    }

    @Test
    void givesEveryCallItsOwnDemoRequestId() {
        List<String> ids = new ArrayList<>();
        ids.addAll(directory.lookup("adele.vance@contoso.example", DEADLINE).requestIds());
        ids.addAll(directory.lookup("nobody@contoso.example", DEADLINE).requestIds());
        ids.addAll(directory.lookup("outage@contoso.example", DEADLINE).requestIds());
        ids.addAll(directory.liveMethods(objectIdOf("lynne.robbins@contoso.example"), DEADLINE).requestIds());

        assertThat(ids).hasSize(4).doesNotHaveDuplicates().allMatch(id -> id.matches("demo-[0-9a-f-]{36}"));
    }

    @Test
    void keepsObjectIdsStableAcrossLoads() {
        var first = (DirectoryAnswer.Found) directory.lookup("adele.vance@contoso.example", DEADLINE);
        var second = (DirectoryAnswer.Found) new DemoDirectory(DemoFileLoader.loadBundled(), DemoFixtures.CLOCK)
                .lookup("adele.vance@contoso.example", DEADLINE);

        assertThat(first.user().objectId()).isEqualTo(second.user().objectId());
    }

    private DirectoryAnswer.Found found(String upn) {
        return (DirectoryAnswer.Found) directory.lookup(upn, DEADLINE);
    }

    private static String groupId(String name) {
        return DemoFixtures.BUNDLED.groups().idOf(DemoFixtures.BUNDLED.groups().onlyOneNamed(name, "group"));
    }

    private String tenantName(String upn) {
        return ((DirectoryAnswer.Found) directory.lookup(upn, DEADLINE)).tenant().displayName();
    }

    private static String objectIdOf(String upn) {
        return DemoFixtures.BUNDLED.objectIdOf(DemoFixtures.user(upn));
    }
}
