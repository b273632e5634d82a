package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.UserFacts;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;
import dev.ssprpreflight.scan.ListedUser;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.TenantListing;
import dev.ssprpreflight.scan.TenantListing.ListingFailure;

/**
 * The readiness scan's listing through the real Graph SDK against {@link FakeGraph}: paging, the group
 * scope, groups by name, role holders, the registration mirror, throttling, failures and interrupts. Waits
 * go through a recording {@link GraphPager.Pause}, so that no test sleeps.
 */
class GraphTenantListingTest {

    static final String USERS = "/v1.0/users";
    static final String REPORT = "/v1.0/reports/authenticationMethods/userRegistrationDetails";
    static final String USER_ADMIN = "fe930be7-5e62-47db-91af-98c3a49a38b1";
    static final String GROUP_ID = "0b1c2d3e-0000-4000-8000-00000000abcd";

    static FakeGraph graph;
    static GraphDirectory directory;

    final List<Duration> pauses = new ArrayList<>();
    RegistrationMirror mirror;
    GraphHealth health;

    @BeforeAll
    static void startFakeGraph() {
        graph = new FakeGraph();
        directory = new GraphDirectory(FakeGraphSettings.config(graph), FakeGraphSettings.tenant(), FakeGraphSettings.policy(),
                Duration.ofSeconds(3),
                null, null, null, null);
    }

    @AfterAll
    static void stopFakeGraph() {
        directory.stop();
        graph.stop();
    }

    @BeforeEach
    void resetGraph() {
        graph.reset();
        graph.stubTenant(false, null, true);
        graph.stubRoles(Map.of(), Map.of(), Map.of());
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).willReturn(okJson(GraphJson.registrationPage(List.of(), null))));
    }

    /** A listing of its own per test: fresh tenant-facts cache, mirror and health, and a pause that only records. */
    private GraphTenantListing listing() {
        return listing(SsprPolicy.defaults());
    }

    /** ... under a declared policy of the test's own. */
    private GraphTenantListing listing(SsprPolicy policy) {
        var client = directory.client();
        var cache = new TenantFactsCache(Clock.systemUTC(), Duration.ofMinutes(10), false, Optional.of(false), policy);
        mirror = new RegistrationMirror(client, ReportsBudget.local(1000, Duration.ofSeconds(1), Duration.ZERO, 0),
                Clock.systemUTC());
        health = new GraphHealth();
        var pager = new GraphPager(health, new GraphPager.Patience(3, 2, Duration.ofMillis(100)), pauses::add);
        return new GraphTenantListing(client, new TenantReads(client, cache), mirror, pager, health);
    }

    private static List<ListedUser> all(TenantListing listing, ScanScope scope) throws Exception {
        List<ListedUser> users = new ArrayList<>();
        listing.forEachPage(scope, users::addAll);
        return users;
    }

    private static List<String> upns(List<ListedUser> users) {
        return users.stream().map(u -> u.user().userPrincipalName()).toList();
    }

    private static UserJson user(int n) {
        return UserJson.ready(String.format("00000000-0000-4000-8000-%012d", n), "user" + n + "@contoso.com");
    }

    @Test
    void deliversEveryUserOnceInOrderAcrossNextLinkPages() throws Exception {
        graph.stubUsersPages(List.of(List.of(user(1), user(2)), List.of(user(3), user(4).guest()), List.of(user(5))));
        List<Integer> pageSizes = new ArrayList<>();

        List<ListedUser> users = new ArrayList<>();
        listing().forEachPage(ScanScope.wholeTenant(), page -> {
            pageSizes.add(page.size());
            users.addAll(page);
        });

        assertThat(upns(users)).containsExactly("user1@contoso.com", "user2@contoso.com", "user3@contoso.com",
                "user4@contoso.com", "user5@contoso.com");
        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(users.get(3).user().userType()).as("guests are listed; the scan skips them")
                .isEqualTo(UserFacts.UserType.GUEST);
        assertThat(users.get(0).tenant().displayName()).isEqualTo("Contoso");
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(USERS))
                .withQueryParam("$select", equalTo(GraphUsernamesAndMirrorTest.SELECT.substring("?$select=".length())))
                .withQueryParam("$top", equalTo("999")));
        graph.server.verify(3, getRequestedFor(urlPathEqualTo(USERS)));
    }

    @Test
    void groupScopeListsTheTransitiveUserMembersAsAnAdvancedQuery() throws Exception {
        graph.stubGroupUsersPages(GROUP_ID, List.of(List.of(user(7)), List.of(user(8))));

        List<ListedUser> users = all(listing(), ScanScope.group(GROUP_ID, "Sales"));

        assertThat(upns(users)).containsExactly("user7@contoso.com", "user8@contoso.com");
        graph.server.verify(2,
                getRequestedFor(FakeGraph.groupUsers(GROUP_ID)).withHeader("ConsistencyLevel", equalTo("eventual")));
        graph.server.verify(0, getRequestedFor(urlPathEqualTo(USERS)));
    }

    @Test
    void findsNoneOneOrSeveralGroupsByExactNameWithQuotesDoubled() throws Exception {
        stubGroups("Nobody", GraphJson.groups());
        stubGroups("Sales", GraphJson.groups(GROUP_ID, "Sales"));
        stubGroups("O'Brien's team", GraphJson.groups("11111111-0000-4000-8000-000000000001", "O'Brien's team",
                "11111111-0000-4000-8000-000000000002", "O'Brien's team"));
        var listing = listing();

        assertThat(listing.findGroups("Nobody")).isEmpty();
        assertThat(listing.findGroups("Sales")).containsExactly(new TenantListing.Group(GROUP_ID, "Sales"));
        assertThat(listing.findGroups("O'Brien's team")).extracting(TenantListing.Group::id)
                .containsExactly("11111111-0000-4000-8000-000000000001", "11111111-0000-4000-8000-000000000002");
        // Written out here, not computed by the code under test; OkHttp sends the quotes as %27.
        graph.server.verify(getRequestedFor(urlEqualTo(
                "/v1.0/groups?$filter=displayName%20eq%20%27O%27%27Brien%27%27s%20team%27&$select=id,displayName")));
    }

    private static void stubGroups(String name, String json) {
        // WireMock compares the decoded value: the OData literal with its quotes doubled.
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/groups"))
                .withQueryParam("$filter", equalTo("displayName eq '" + name.replace("'", "''") + "'"))
                .willReturn(okJson(json)));
    }

    @Test
    void throttledPageIsAskedForAgainAfterRetryAfterSoNoUserIsLostOrRepeated() throws Exception {
        graph.stubUsersPages(List.of(List.of(user(1), user(2)), List.of(user(3), user(4)), List.of(user(5))));
        graph.server.stubFor(get(urlPathEqualTo(USERS)).withQueryParam("$skiptoken", equalTo("page2")).atPriority(1)
                .inScenario("throttle").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2.128")
                        .withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("TooManyRequests", "Please retry again later."))));

        List<ListedUser> users = all(listing(), ScanScope.wholeTenant());

        assertThat(upns(users)).containsExactly("user1@contoso.com", "user2@contoso.com", "user3@contoso.com",
                "user4@contoso.com", "user5@contoso.com");
        assertThat(pauses).containsExactly(Duration.ofMillis(2128));
        graph.server.verify(2, getRequestedFor(urlPathEqualTo(USERS)).withQueryParam("$skiptoken", equalTo("page2")));
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(USERS)).withQueryParam("$skiptoken", equalTo("page3")));
    }

    @Test
    void endlessThrottlingEndsTheListingAfterBoundedRetries() {
        graph.server.stubFor(get(urlPathEqualTo(USERS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody(GraphJson.error("TooManyRequests", "Please retry again later."))));

        assertThatThrownBy(() -> all(listing(), ScanScope.wholeTenant())).isInstanceOf(ListingFailure.class)
                .hasMessageContaining("GET users page failed: 429").hasMessageContaining("after 3 retries");
        assertThat(pauses).hasSize(3);
        graph.server.verify(4, getRequestedFor(urlPathEqualTo(USERS)));
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() throws Exception {
        graph.stubUsersPages(List.of(List.of(user(1))));
        graph.server.stubFor(get(urlPathEqualTo(USERS)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("once")
                .willReturn(aResponse().withStatus(503)));
        graph.server.stubFor(get(urlPathEqualTo(USERS)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs("once").willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(502)));

        assertThat(upns(all(listing(), ScanScope.wholeTenant()))).containsExactly("user1@contoso.com");
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void forbiddenNamesTheMissingPermission() {
        graph.server.stubFor(get(urlPathEqualTo(USERS)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        GraphJson.error("Authorization_RequestDenied", "Insufficient privileges to complete the operation."))));
        var listing = listing();

        assertThatThrownBy(() -> all(listing, ScanScope.wholeTenant())).isInstanceOf(ListingFailure.class)
                .hasMessageContaining("403 Authorization_RequestDenied").hasMessageContaining("User.Read.All");
        assertThat(pauses).as("a 403 is not retried").isEmpty();
        assertThat(health.missingPermissions()).containsExactly("User.Read.All");
    }

    @Test
    void forbiddenRoleListNamesRoleManagementRead() {
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/directoryRoles")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        GraphJson.error("Authorization_RequestDenied", "Insufficient privileges to complete the operation."))));

        assertThatThrownBy(() -> all(listing(), ScanScope.wholeTenant())).isInstanceOf(ListingFailure.class)
                .hasMessageContaining("RoleManagement.Read.Directory");
        graph.server.verify(0, getRequestedFor(urlPathEqualTo(USERS)));
    }

    @Test
    void rolesComeFromRoleMembersIncludingRoleAssignableGroups() throws Exception {
        UserJson direct = user(1);
        UserJson viaGroup = user(2);
        UserJson plain = user(3);
        String globalAdminRole = "aaaaaaaa-0000-4000-8000-000000000001";
        String userAdminRole = "aaaaaaaa-0000-4000-8000-000000000002";
        String roleGroup = "bbbbbbbb-0000-4000-8000-000000000001";
        graph.stubRoles(Map.of(globalAdminRole, GraphJson.GLOBAL_ADMIN, userAdminRole, USER_ADMIN.toUpperCase()),
                Map.of(globalAdminRole, List.of(direct.id()), userAdminRole, List.of(viaGroup.id())),
                Map.of(globalAdminRole, List.of(roleGroup)));
        graph.stubRoleGroup(roleGroup, List.of(viaGroup.id()));
        graph.stubUsersPages(List.of(List.of(direct, viaGroup, plain)));

        Map<String, Set<String>> roles = new HashMap<>();
        all(listing(), ScanScope.wholeTenant())
                .forEach(u -> roles.put(u.user().userPrincipalName(), u.user().roles().templateIds()));

        assertThat(roles.get(direct.upn())).containsExactly(GraphJson.GLOBAL_ADMIN);
        assertThat(roles.get(viaGroup.upn())).containsExactlyInAnyOrder(GraphJson.GLOBAL_ADMIN, USER_ADMIN);
        assertThat(roles.get(plain.upn())).isEmpty();
        graph.server.verify(1,
                getRequestedFor(FakeGraph.groupUsers(roleGroup)).withHeader("ConsistencyLevel", equalTo("eventual")));
    }

    @Test
    void listedUsersCarryIdentitiesCreationTypeRoleNamesAndTheOrganisationsSubscriptions() throws Exception {
        UserJson invited = UserJson.ready("00000000-0000-4000-8000-000000000021", "adele_fabrikam.com#EXT#@contoso.com")
                .invited();
        UserJson admin = user(22);
        String globalAdminRole = "aaaaaaaa-0000-4000-8000-000000000001";
        graph.stubRoles(Map.of(globalAdminRole, GraphJson.GLOBAL_ADMIN), Map.of(globalAdminRole, List.of(admin.id())),
                Map.of());
        graph.stubUsersPages(List.of(List.of(invited, admin)));

        List<ListedUser> users = all(listing(), ScanScope.wholeTenant());

        assertThat(users.get(0).user().identityIssuers()).containsExactly("externalazuread");
        assertThat(users.get(0).user().creationType()).contains("Invitation");
        assertThat(users.get(1).user().identityIssuers()).containsExactly(GraphJson.INITIAL_DOMAIN);
        assertThat(users.get(1).user().roles().templateIds()).containsExactly(GraphJson.GLOBAL_ADMIN);
        assertThat(users.get(1).user().roles().displayNames()).containsExactly("Role 1");
        assertThat(users.get(1).tenant().subscriptions()).get().satisfies(skus -> assertThat(skus)
                .extracting(sku -> sku.skuId()).containsExactly(GraphJson.P1_SKU));
        assertThat(users.get(1).user().declaredGroupMemberships()).as("no group declared: nobody looked").isEmpty();
        graph.server.verify(getRequestedFor(urlPathEqualTo(USERS))
                .withQueryParam("$select",
                        com.github.tomakehurst.wiremock.client.WireMock.matching(".*,identities,creationType")));
    }

    @Test
    void theDeclaredGroupsAreReadOncePerScanAndGiveEveryListedUserTheirMemberships() throws Exception {
        String ssprGroup = "cccccccc-0000-4000-8000-0000000000a1";
        String protectedGroup = "cccccccc-0000-4000-8000-0000000000b2";
        graph.stubRoleGroup(ssprGroup, List.of(user(1).id(), user(2).id()));
        graph.stubRoleGroup(protectedGroup, List.of(user(2).id()));
        graph.stubUsersPages(List.of(List.of(user(1), user(2)), List.of(user(3))));
        var policy = new SsprPolicy(1, SsprPolicy.everyResetMethod(), Optional.of(ssprGroup), Set.of(protectedGroup));

        Map<String, Optional<Set<String>>> memberships = new HashMap<>();
        all(listing(policy), ScanScope.wholeTenant())
                .forEach(u -> memberships.put(u.user().userPrincipalName(), u.user().declaredGroupMemberships()));

        assertThat(memberships).containsExactlyInAnyOrderEntriesOf(Map.of(
                "user1@contoso.com", Optional.of(Set.of(ssprGroup)),
                "user2@contoso.com", Optional.of(Set.of(ssprGroup, protectedGroup)),
                "user3@contoso.com", Optional.of(Set.of())));
        for (String group : List.of(ssprGroup, protectedGroup)) {
            graph.server.verify(1,
                    getRequestedFor(FakeGraph.groupUsers(group)).withHeader("ConsistencyLevel", equalTo("eventual")));
        }
    }

    @Test
    void aDeclaredGroupThatCannotBeReadLeavesEveryonesMembershipsUnknownAndTheScanGoesOn() throws Exception {
        String ssprGroup = "cccccccc-0000-4000-8000-0000000000a1";
        graph.server.stubFor(get(FakeGraph.groupUsers(ssprGroup))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("Authorization_RequestDenied", "Insufficient privileges."))));
        graph.stubUsersPages(List.of(List.of(user(1), user(2))));
        var policy = new SsprPolicy(1, SsprPolicy.everyResetMethod(), Optional.of(ssprGroup), Set.of());

        List<ListedUser> users = all(listing(policy), ScanScope.wholeTenant());

        assertThat(users).hasSize(2).allSatisfy(u -> assertThat(u.user().declaredGroupMemberships()).isEmpty());
        assertThat(health.missingPermissions()).contains("GroupMember.Read.All");
    }

    @Test
    void registrationRowsComeFromTheMirrorWhichIsReadOnceIfNeverRefreshed() throws Exception {
        UserJson registered = user(1);
        UserJson unknown = user(2);
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).willReturn(okJson(GraphJson.registrationPage(List.of(
                GraphJson.registrationRow(registered.id(), registered.upn(), true, true, "mobilePhone", "email")), null))));
        graph.stubUsersPages(List.of(List.of(registered, unknown)));
        var listing = listing();

        List<ListedUser> first = all(listing, ScanScope.wholeTenant());
        all(listing, ScanScope.wholeTenant());

        assertThat(first.get(0).user().registration().report()).get().extracting(r -> r.ssprRegistered()).isEqualTo(true);
        assertThat(first.get(0).user().registration().liveMethods()).as("no live look in a scan").isEmpty();
        assertThat(first.get(1).user().registration().report()).isEmpty();
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(REPORT)));
        graph.server.verify(0, getRequestedFor(urlPathEqualTo("/v1.0/users/" + registered.id() + "/authentication/methods")));
    }

    @Test
    void aRegistrationReportThatCannotBeReadFailsTheScanNamingThePermission() {
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(GraphJson.error("Authorization_RequestDenied", "Insufficient privileges."))));
        graph.stubUsersPages(List.of(List.of(user(1))));

        assertThatThrownBy(() -> all(listing(), ScanScope.wholeTenant())).isInstanceOf(ListingFailure.class)
                .hasMessageContaining("registration report could not be read").hasMessageContaining("AuditLog.Read.All");
        graph.server.verify(0, getRequestedFor(urlPathEqualTo(USERS)));
    }

    @Test
    void tenantFactsAreReadOncePerScanAndReusedWhileFresh() throws Exception {
        graph.stubUsersPages(List.of(List.of(user(1)), List.of(user(2))));
        var listing = listing();

        all(listing, ScanScope.wholeTenant());
        all(listing, ScanScope.wholeTenant());

        graph.server.verify(1, getRequestedFor(urlPathEqualTo("/v1.0/organization")));
        graph.server.verify(1, getRequestedFor(urlEqualTo("/v1.0/policies/authorizationPolicy")));
    }

    @Test
    void countsUsersAndGivesUpQuietlyWhenGraphCannotSay() {
        graph.stubUserCount(1234);
        var listing = listing();

        assertThat(listing.countUsers(ScanScope.wholeTenant())).hasValue(1234);

        graph.server.stubFor(get(urlEqualTo("/v1.0/users/$count")).atPriority(1).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(
                        GraphJson.error("Authorization_RequestDenied", "Insufficient privileges to complete the operation."))));
        assertThat(listing.countUsers(ScanScope.wholeTenant())).isEmpty();
        assertThat(listing.countUsers(ScanScope.group(GROUP_ID, "Sales"))).as("not stubbed: 404").isEmpty();
        assertThat(pauses).isEmpty();
    }

    @Test
    void countsAGroupsUsersWithTheAdvancedQueryHeader() {
        graph.server.stubFor(get(FakeGraph.groupUsersCount(GROUP_ID))
                .withHeader("ConsistencyLevel", equalTo("eventual"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("893")));

        assertThat(listing().countUsers(ScanScope.group(GROUP_ID, "Sales"))).hasValue(893);
    }

    @Test
    void interruptBetweenPagesStopsTheListing() {
        graph.stubUsersPages(List.of(List.of(user(1)), List.of(user(2))));
        var listing = listing();

        try {
            assertThatThrownBy(() -> listing.forEachPage(ScanScope.wholeTenant(),
                    page -> Thread.currentThread().interrupt())).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(USERS)));
        graph.server.verify(0, getRequestedFor(urlPathEqualTo(USERS)).withQueryParam("$skiptoken", equalTo("page2")));
    }

    @Test
    void interruptDuringAThrottlingWaitStopsTheListing() {
        graph.server
                .stubFor(get(urlPathEqualTo(USERS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
        var client = directory.client();
        var waitInterrupted = new GraphPager(new GraphHealth(), GraphPager.Patience.DEFAULT, duration -> {
            throw new InterruptedException();
        });
        var listing = new GraphTenantListing(client, new TenantReads(client,
                new TenantFactsCache(Clock.systemUTC(), Duration.ofMinutes(10), false, Optional.of(false),
                        SsprPolicy.defaults())),
                new RegistrationMirror(client, ReportsBudget.local(1000, Duration.ofSeconds(1), Duration.ZERO, 0),
                        Clock.systemUTC()),
                waitInterrupted, new GraphHealth());

        assertThatThrownBy(() -> all(listing, ScanScope.wholeTenant())).isInstanceOf(InterruptedException.class);
        graph.server.verify(1, getRequestedFor(urlPathEqualTo(USERS)).withQueryParam("$skiptoken", absent()));
    }

    @Test
    void graphDirectoryIsTheTenantListing() throws Exception {
        graph.stubUsersPages(List.of(List.of(user(1))));

        assertThat(upns(all(directory, ScanScope.wholeTenant()))).containsExactly("user1@contoso.com");
    }
}
