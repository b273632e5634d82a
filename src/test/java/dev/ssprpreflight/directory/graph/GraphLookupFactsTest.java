package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import dev.ssprpreflight.check.AssignedPlan;
import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.SubscribedSku;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;

/**
 * The facts of DESIGN §2 as a lookup reads them from the fake Graph through the real SDK: the user's
 * {@code identities} and {@code creationType}, role objects with and without template id, the declared groups through
 * {@code checkMemberGroups}, the organisation's subscriptions, the registration report's {@code isAdmin} beside the
 * roles, and all of it in one {@code $batch}. The tenant declares an SSPR group and a protected-account group, and
 * password writeback on; tenant facts are read with every lookup.
 */
class GraphLookupFactsTest {

    static final String SSPR_GROUP = "5a5a5a5a-0000-4000-8000-0000000000a1";
    static final String PROTECTED_GROUP = "5a5a5a5a-0000-4000-8000-0000000000b2";
    static final List<String> DECLARED = List.of(SSPR_GROUP, PROTECTED_GROUP);
    static final String USER_ID = "9e9e9e9e-0000-4000-8000-000000000001";
    static final String REPORT = "/v1.0/reports/authenticationMethods/userRegistrationDetails";

    static FakeGraph graph;
    static GraphDirectory directory;
    static ExecutorService executor;
    static PreflightService preflight;

    @BeforeAll
    static void startFakeGraph() {
        graph = new FakeGraph();
        directory = new GraphDirectory(FakeGraphSettings.configReadingTenantEveryLookup(graph),
                FakeGraphSettings.tenant(true, Set.of(PROTECTED_GROUP)),
                FakeGraphSettings.policy(1, Optional.of(SSPR_GROUP)), Duration.ofSeconds(3), null, null, null, null);
        executor = Executors.newCachedThreadPool();
        preflight = new PreflightService(directory, CheckCatalogue.standard(), CheckSettings.defaults(),
                Clock.systemUTC(), Duration.ofSeconds(3), executor);
    }

    @AfterAll
    static void stopFakeGraph() {
        executor.shutdownNow();
        directory.stop();
        graph.stop();
    }

    @BeforeEach
    void resetGraph() {
        graph.reset();
        graph.stubTenant(false, null, true);
    }

    // --- one round trip ---------------------------------------------------------------------------

    @Test
    void everyFactOfTheUserAndTheOrganisationTravelsInOneBatch() {
        UserJson user = UserJson.ready(USER_ID, "adele.vance@contoso.com");
        stubUser(user, registered(user, false), SSPR_GROUP);

        Verdict verdict = preflight.check(user.upn());

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        List<ServeEvent> ours = graph.server.getAllServeEvents().stream()
                .filter(event -> !event.getRequest().containsHeader(BatchExecutingTransformer.INNER_HEADER)).toList();
        assertThat(ours).as("requests the adapter sent itself").hasSize(1)
                .allMatch(event -> event.getRequest().getUrl().equals("/v1.0/$batch"));
        String path = "/v1.0/users/" + user.upn();
        graph.server.verify(getRequestedFor(urlPathEqualTo(path))
                .withQueryParam("$select", matching(".*,identities,creationType$")));
        graph.server.verify(getRequestedFor(urlPathEqualTo(path + "/transitiveMemberOf/microsoft.graph.directoryRole"))
                .withQueryParam("$select", equalTo("id,roleTemplateId,displayName")));
        graph.server.verify(postRequestedFor(urlEqualTo(path + "/checkMemberGroups"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"groupIds\":[\"" + PROTECTED_GROUP + "\",\"" + SSPR_GROUP + "\"]}", true,
                        false)));
        graph.server.verify(getRequestedFor(urlPathEqualTo("/v1.0/organization"))
                .withQueryParam("$select", equalTo("id,displayName,verifiedDomains,onPremisesSyncEnabled,"
                        + "onPremisesLastSyncDateTime")));
        graph.server.verify(getRequestedFor(urlPathEqualTo("/v1.0/subscribedSkus"))
                .withQueryParam("$select", equalTo("skuId,skuPartNumber,capabilityStatus,prepaidUnits,servicePlans")));
        graph.server.verify(getRequestedFor(urlPathEqualTo("/v1.0/directoryRoles"))
                .withQueryParam("$select", equalTo("id,roleTemplateId,displayName")));
        assertThat(verdict.tenant()).get().extracting(tenant -> tenant.verifiedDomains())
                .isEqualTo(Set.of("contoso.onmicrosoft.com", "contoso.com"));
    }

    // --- declared groups (checkMemberGroups) ------------------------------------------------------

    @ParameterizedTest
    @CsvSource({ "true, READY", "false, BLOCKED" })
    void decidesTheSsprScopeByTheDeclaredGroupLookedUpInTheBatch(boolean member, Outcome expected) {
        UserJson user = UserJson.ready(USER_ID, "scope." + member + "@contoso.com");
        // The report would say "enabled": the declared group decides, not the report.
        stubUser(user, registered(user, false), member ? new String[] { SSPR_GROUP } : new String[0]);

        Verdict verdict = preflight.check(user.upn());

        assertThat(verdict.outcome()).isEqualTo(expected);
        assertThat(verdict.blocks()).isEqualTo(member ? List.of() : List.of(Reason.SSPR_NOT_ENABLED));
        assertThat(verdict.user()).get().extracting(facts -> facts.declaredGroupMemberships())
                .isEqualTo(Optional.of(member ? Set.of(SSPR_GROUP) : Set.of()));
    }

    @Test
    void blocksASyncedMemberOfADeclaredProtectedAccountGroup() {
        graph.stubTenant(true, Instant.now().minus(Duration.ofMinutes(10)), true);
        UserJson user = UserJson.ready(USER_ID, "domain.admin@contoso.com").synced();
        stubUser(user, registered(user, false), SSPR_GROUP, PROTECTED_GROUP);

        assertThat(preflight.check(user.upn()).blocks()).containsExactly(Reason.ONPREM_PROTECTED_ACCOUNT);
    }

    @Test
    void aRefusedMembershipLookLeavesTheGroupChecksSilentAndNamesGroupMemberReadAll() {
        UserJson user = UserJson.ready(USER_ID, "outside.refused@contoso.com");
        stubUser(user, registered(user, false));
        graph.server.stubFor(post(urlEqualTo("/v1.0/users/" + user.upn() + "/checkMemberGroups")).atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("Authorization_RequestDenied",
                                "Insufficient privileges to complete the operation."))));

        Verdict verdict = preflight.check(user.upn());

        assertThat(verdict.outcome()).as("no membership known: no scope block").isEqualTo(Outcome.READY);
        assertThat(verdict.user()).get().extracting(facts -> facts.declaredGroupMemberships()).isEqualTo(Optional.empty());
        assertThat(directory.remote().missingPermissions()).contains("GroupMember.Read.All");
    }

    // --- identities and creationType --------------------------------------------------------------

    /** The expected answers are written out: issuers in lower case, external or not. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            // userType, signInType, issuer, creationType, UPN, external
            "Member, userPrincipalName, contoso.onmicrosoft.com, -,          member@contoso.com,                            false",
            "Guest,  userPrincipalName, contoso.onmicrosoft.com, -,          internal.guest@contoso.com,                    false",
            "Guest,  federated,         ExternalAzureAD,         Invitation, adele_fabrikam.com#EXT#@contoso.onmicrosoft.com, true",
            "Member, federated,         ExternalAzureAD,         -,          external.member@contoso.com,                   true",
            "Guest,  userPrincipalName, contoso.onmicrosoft.com, Invitation, pending.guest@contoso.com,                     true" })
    void tellsAccountsThatResetHereFromExternalOnesByIdentitiesAndCreationType(String userType, String signInType,
            String issuer, String creationType, String upn, boolean external) {
        UserJson base = UserJson.ready(USER_ID, upn);
        UserJson user = ("Guest".equals(userType) ? base.guest() : base).withIdentity(signInType, issuer)
                .withCreationType(creationType);
        stubUser(user, registered(user, false), SSPR_GROUP);

        var found = (DirectoryAnswer.Found) directory.lookup(upn, Instant.now().plusSeconds(3));
        Verdict verdict = preflight.check(upn);

        assertThat(found.user().identityIssuers()).containsExactly(issuer.toLowerCase(java.util.Locale.ROOT));
        assertThat(found.user().creationType()).isEqualTo(Optional.ofNullable(creationType));
        assertThat(verdict.blocks()).isEqualTo(external ? List.of(Reason.GUEST_ACCOUNT) : List.of());
    }

    // --- roles with and without roleTemplateId ----------------------------------------------------

    @Test
    void recognisesAnAdministratorWhoseRoleObjectCameWithLimitedInformation() {
        UserJson user = UserJson.ready(USER_ID, "limited.admin@contoso.com");
        stubUser(user, registered(user, true), SSPR_GROUP);
        graph.stubUserWithRoles(user, GraphJson.limitedRoles(FakeGraph.GLOBAL_ADMIN_ROLE_ID));
        long unreadableBefore = directory.remote().unreadableRoles();

        var found = (DirectoryAnswer.Found) directory.lookup(user.upn(), Instant.now().plusSeconds(3));

        assertThat(found.user().roles().templateIds()).containsExactly(GraphJson.GLOBAL_ADMIN);
        assertThat(found.user().roles().unreadable()).isZero();
        assertThat(directory.remote().unreadableRoles()).isEqualTo(unreadableBefore);
    }

    @Test
    void countsARoleNobodyCanDescribeAndNamesRoleManagementReadDirectory() {
        UserJson user = UserJson.ready(USER_ID, "mystery.role@contoso.com");
        stubUser(user, registered(user, true), SSPR_GROUP);
        graph.stubUserWithRoles(user, GraphJson.limitedRoles("77777777-0000-4000-8000-0000000000ff"));
        long unreadableBefore = directory.remote().unreadableRoles();
        long disagreementsBefore = directory.remote().adminSignalDisagreements();

        var found = (DirectoryAnswer.Found) directory.lookup(user.upn(), Instant.now().plusSeconds(3));

        assertThat(found.user().roles().unreadable()).isEqualTo(1);
        assertThat(found.user().roles().templateIds()).isEmpty();
        assertThat(directory.remote().unreadableRoles()).isEqualTo(unreadableBefore + 1);
        assertThat(directory.remote().missingPermissions()).contains("RoleManagement.Read.Directory");
        assertThat(directory.remote().adminSignalDisagreements()).as("unreadable, not a disagreement")
                .isEqualTo(disagreementsBefore);
    }

    @Test
    void aRefusedRoleListNamesItsPermissionAndTheLookupGoesOn() {
        UserJson user = UserJson.ready(USER_ID, "role.list.refused@contoso.com");
        stubUser(user, registered(user, false), SSPR_GROUP);
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/directoryRoles")).atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("Authorization_RequestDenied", "Insufficient privileges."))));

        assertThat(directory.lookup(user.upn(), Instant.now().plusSeconds(3))).isInstanceOf(DirectoryAnswer.Found.class);
        assertThat(directory.remote().missingPermissions()).contains("RoleManagement.Read.Directory");
    }

    // --- the registration report's isAdmin, a second signal ----------------------------------------

    @ParameterizedTest
    @CsvSource({
            // report says admin, role objects the user holds, counted as a disagreement
            "true,  none,       true",
            "false, global,     true",
            "true,  global,     false",
            "false, none,       false",
            "true,  unreadable, false" })
    void countsWhenTheReportsIsAdminDisagreesWithTheRolesRead(boolean reportSaysAdmin, String roles,
            boolean disagreement) {
        UserJson user = UserJson.ready(USER_ID, "signals." + roles + "." + reportSaysAdmin + "@contoso.com");
        stubUser(user, registered(user, reportSaysAdmin), SSPR_GROUP);
        graph.stubUserWithRoles(user, switch (roles) {
            case "global" -> GraphJson.roles(GraphJson.GLOBAL_ADMIN);
            case "unreadable" -> GraphJson.limitedRoles("77777777-0000-4000-8000-0000000000ee");
            default -> GraphJson.roles();
        });
        long before = directory.remote().adminSignalDisagreements();

        var found = (DirectoryAnswer.Found) directory.lookup(user.upn(), Instant.now().plusSeconds(3));

        assertThat(found.user().registration().report()).get().matches(report -> report.admin() == reportSaysAdmin);
        assertThat(directory.remote().adminSignalDisagreements()).isEqualTo(before + (disagreement ? 1 : 0));
    }

    // --- the organisation's subscriptions ---------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            // capabilityStatus, enabled, suspended, warning, P1 plan status, synced user, LICENSE_MISSING
            "Enabled,   25, 0,  0, Success,  false, false",
            "Warning,   0,  0,  5, Success,  false, false",
            "Suspended, 0,  25, 0, Success,  false, true",
            "Enabled,   0,  0,  0, Success,  false, true",
            "Enabled,   25, 0,  0, Disabled, false, false",
            "Enabled,   25, 0,  0, Disabled, true,  true",
            "Enabled,   25, 0,  0, Success,  true,  false" })
    void judgesLicencesByTheOrganisationsSubscriptions(String capabilityStatus, int enabled, int suspended, int warning,
            String planStatus, boolean syncedUser, boolean licenseMissing) {
        graph.stubTenant(syncedUser, syncedUser ? Instant.now().minus(Duration.ofMinutes(10)) : null, true);
        graph.stubSubscribedSkus(GraphJson.subscribedSku(GraphJson.P1_SKU, "AAD_PREMIUM", capabilityStatus, enabled,
                suspended, warning, GraphJson.P1, planStatus));
        UserJson cloud = UserJson.ready(USER_ID, "licence." + capabilityStatus + enabled + planStatus + syncedUser
                + "@contoso.com");
        UserJson user = syncedUser ? cloud.synced() : cloud;
        stubUser(user, registered(user, false), SSPR_GROUP);

        Verdict verdict = preflight.check(user.upn());

        assertThat(verdict.blocks().contains(Reason.LICENSE_MISSING)).isEqualTo(licenseMissing);
        SubscribedSku sku = verdict.tenant().orElseThrow().subscriptions().orElseThrow().get(0);
        assertThat(sku.skuId()).isEqualTo(GraphJson.P1_SKU);
        assertThat(sku.skuPartNumber()).isEqualTo("AAD_PREMIUM");
        assertThat(sku.capabilityStatus()).isEqualTo(AssignedPlan.CapabilityStatus.fromGraph(capabilityStatus));
        assertThat(sku.enabledUnits()).isEqualTo(enabled + warning);
        assertThat(sku.servicePlans()).containsExactly(new SubscribedSku.ServicePlan(GraphJson.P1, planStatus));
    }

    @Test
    void subscriptionsThatCannotBeReadBlockNobodyAndNameOrganizationReadAll() {
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/subscribedSkus")).atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("Authorization_RequestDenied", "Insufficient privileges."))));
        UserJson user = UserJson.ready(USER_ID, "no.skus@contoso.com").withoutPlans();
        stubUser(user, registered(user, false), SSPR_GROUP);

        Verdict verdict = preflight.check(user.upn());

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.findings()).containsExactly(Reason.LICENSE_NOT_ASSIGNED);
        assertThat(verdict.tenant()).get().extracting(tenant -> tenant.subscriptions()).isEqualTo(Optional.empty());
        assertThat(directory.remote().missingPermissions()).contains("Organization.Read.All");
    }

    // --- settings -------------------------------------------------------------------------------

    @Test
    void refusesToStartWithMoreDeclaredGroupsThanOneMembershipCheckTakes() {
        Set<String> groups = IntStream.rangeClosed(1, 21)
                .mapToObj(i -> String.format("6b6b6b6b-0000-4000-8000-%012d", i)).collect(Collectors.toSet());

        assertThatThrownBy(() -> new GraphDirectory(FakeGraphSettings.config(graph), FakeGraphSettings.tenant(true, groups),
                FakeGraphSettings.policy(), Duration.ofSeconds(3), null, null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sspr.tenant.protected-account-groups").hasMessageContaining("at most 20");
    }

    // --- helpers ------------------------------------------------------------------------------------

    /** A registered row of the report (mobile phone and e-mail), with the report's {@code isAdmin}. */
    private static String registered(UserJson user, boolean admin) {
        return GraphJson.registrationRow(user.id(), user.upn(), admin, true, true, "mobilePhone", "email");
    }

    /** The user without roles, their report row, and their answer to the membership check of both declared groups. */
    private static void stubUser(UserJson user, String reportRow, String... memberOf) {
        graph.stubUser(user);
        graph.stubReportRow(user.upn(), reportRow);
        graph.server.stubFor(get(urlPathEqualTo(REPORT)).withQueryParam("$filter", absent())
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock
                        .okJson(GraphJson.registrationPage(List.of(), null))));
        graph.stubMemberGroups(user.upn(), DECLARED, memberOf);
    }
}
