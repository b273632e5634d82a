package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.UserFacts;
import dev.ssprpreflight.scan.ListedUser;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.TenantListing;

/** The demo tenant as the readiness scan reads it: pages, groups, and the same facts a lookup gives. */
class DemoTenantListingTest {

    private final DemoTenantListing listing = new DemoTenantListing(DemoFixtures.BUNDLED, DemoFixtures.CLOCK,
            Duration.ZERO);

    @Test
    void listsEveryUserOnceInPagesOfTen() throws Exception {
        List<Integer> pageSizes = new ArrayList<>();
        List<String> upns = new ArrayList<>();
        listing.forEachPage(ScanScope.wholeTenant(), page -> {
            pageSizes.add(page.size());
            page.forEach(listed -> upns.add(listed.user().userPrincipalName()));
        });

        int users = DemoFixtures.BUNDLED.users().size();
        assertThat(upns).doesNotHaveDuplicates().hasSize(users)
                .containsExactlyElementsOf(DemoFixtures.BUNDLED.users().stream().map(DemoTenantFile.User::upn).toList());
        assertThat(pageSizes).allMatch(size -> size <= DemoTenantListing.PAGE_SIZE).hasSize((users + 9) / 10);
        assertThat(listing.countUsers(ScanScope.wholeTenant())).hasValue(users);
    }

    @Test
    void listedFactsAreTheLookupsFacts() throws Exception {
        DemoDirectory directory = DemoFixtures.bundledDirectory();
        List<ListedUser> all = new ArrayList<>();
        listing.forEachPage(ScanScope.wholeTenant(), all::addAll);

        ListedUser allan = all.stream().filter(l -> l.user().userPrincipalName().equals("allan.deyoung@contoso.example"))
                .findFirst().orElseThrow();
        var found = (dev.ssprpreflight.check.DirectoryAnswer.Found) directory.lookup("allan.deyoung@contoso.example",
                DemoFixtures.NOW.plusSeconds(3));
        assertThat(allan.user()).isEqualTo(found.user());
        assertThat(allan.tenant()).isEqualTo(found.tenant());
        assertThat(all).anyMatch(l -> l.user().userType() == UserFacts.UserType.GUEST);
    }

    @Test
    void findsGroupsByNameIgnoringCaseAndTellsSameNamedGroupsApart() throws Exception {
        List<TenantListing.Group> finance = listing.findGroups("  finance ");
        List<TenantListing.Group> falcon = listing.findGroups("Project Falcon");

        assertThat(finance).singleElement().extracting(TenantListing.Group::displayName).isEqualTo("Finance");
        assertThat(falcon).hasSize(2).extracting(TenantListing.Group::id).doesNotHaveDuplicates();
        assertThat(listing.findGroups("Nobody's group")).isEmpty();
    }

    @Test
    void listsOnlyTheMembersOfTheChosenGroup() throws Exception {
        TenantListing.Group second = listing.findGroups("Project Falcon").get(1);
        ScanScope scope = ScanScope.group(second.id(), second.displayName());
        List<String> upns = new ArrayList<>();
        listing.forEachPage(scope, page -> page.forEach(listed -> upns.add(listed.user().userPrincipalName())));

        assertThat(upns).containsExactly("patti.fernandez@contoso.example", "joni.sherman@contoso.example");
        assertThat(listing.countUsers(scope)).hasValue(2);
    }

    @Test
    void listsTheMembersOfNestedGroupsAsMembersOfTheGroupAbove() throws Exception {
        TenantListing.Group pilot = listing.findGroups("SSPR pilot").get(0);
        List<String> upns = new ArrayList<>();
        listing.forEachPage(ScanScope.group(pilot.id(), pilot.displayName()),
                page -> page.forEach(listed -> upns.add(listed.user().userPrincipalName())));

        assertThat(upns).containsExactly("ivy.chen@litware.example", "petra.novak@litware.example",
                "noah.lind@litware.example");
    }

    @Test
    void aGroupThatIsGoneFailsTheListingAndHasNoCount() {
        ScanScope gone = ScanScope.group("00000000-0000-0000-0000-000000000000", "Deleted");

        assertThatThrownBy(() -> listing.forEachPage(gone, page -> {
        })).isInstanceOf(TenantListing.ListingFailure.class).hasMessageContaining("no group");
        assertThat(listing.countUsers(gone)).isEmpty();
    }
}
