package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.check.AssignedPlan;
import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.SubscribedSku;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;

/** A malformed demo file stops the application with a message naming the file and the entry. */
class DemoFileLoaderTest {

    private static final String FILE = "test-tenant.yaml";

    private static final String ORGANISATIONS = """
            organisations:
              - name: Contoso
                domains: [contoso.example]
                allowedToUseSspr: true
            """;

    /** A second valid user. */
    private static final String BOB = """
              - upn: bob@contoso.example
                name: Bob
                shows: another user
                expect: READY
            """;

    /** One valid user; each test breaks one line of it. */
    private static final String USER = """
              - upn: ann@contoso.example
                name: Ann
                shows: a user
                expect: READY
                report: { ssprEnabled: true, registered: true, methods: [email], updatedAgo: PT6H }
            """;

    @Test
    void loadsAValidFile() {
        DemoTenant tenant = DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + USER);

        assertThat(tenant.userByUpn("ann@contoso.example")).isPresent();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            name: Ann                 | name: Ann\\n    acountEnabled: false | user #1 'ann@contoso.example': unknown field 'acountEnabled'
            shows: a user             | # shows left out           | user #1 'ann@contoso.example': 'shows' is missing
            expect: READY             | # expect left out          | user #1 'ann@contoso.example': 'expect' is missing
            updatedAgo: PT6H          | updatedAgo: six hours      | user #1 'ann@contoso.example': field 'report.updatedAgo'
            updatedAgo: PT6H          | updatedAgo: -PT6H          | user #1 'ann@contoso.example': updatedAgo PT-6H lies in the future
            methods: [email]          | methods: [emial]           | user #1 'ann@contoso.example': 'emial' is not a method name the demo knows
            expect: READY             | expect: READY\\n    roles: [global-admin] | user #1 'ann@contoso.example': roles: 'global-admin' is neither a role template id nor one of
            expect: READY             | expect: READY\\n    creationType: Invited | user #1 'ann@contoso.example': creationType 'Invited' is not one of [EmailVerified, Invitation, LocalAccount, SelfServiceSignUp]
            expect: READY             | expect: READY\\n    identities: [{ signInType: upn, issuer: contoso.example }] | user #1 'ann@contoso.example': identities.signInType 'upn' is not one of
            expect: READY             | expect: READY\\n    identities: [{ signInType: federated }] | user #1 'ann@contoso.example': field 'identities[0]': 'issuer' is missing
            updatedAgo: PT6H          | updatedAgo: PT6H, admin: maybe | user #1 'ann@contoso.example': field 'report.admin'
            expect: READY             | expect: READY\\n    userType: Visitor | user #1 'ann@contoso.example': field 'userType'
            """)
    void namesTheUserAndTheProblem(String validLine, String brokenLine, String expectedMessage) {
        String brokenUser = USER.replace(validLine, brokenLine.replace("\\n", "\n"));
        assertThat(brokenUser).as("the test must actually break the user").isNotEqualTo(USER);

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + brokenUser))
                .isInstanceOf(DemoFileException.class)
                .hasMessageStartingWith("Demo tenant file " + FILE + ": ")
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void rejectsAnUnknownPlanState() {
        String user = USER + """
                    assignedPlans:
                      - { servicePlanId: 41781fb2-bc02-4b7c-bd55-b576c07bb09d, capabilityStatus: Enabeld }
                """;

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + user))
                .hasMessageContaining("user #1 'ann@contoso.example': capabilityStatus 'Enabeld' is not one of");
    }

    @Test
    void rejectsTheSameUserTwiceEvenInAnotherCase() {
        String twice = USER + USER.replace("ann@contoso.example", "ANN@Contoso.example");

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + twice))
                .hasMessageContaining("user 'ANN@Contoso.example' appears twice");
    }

    @Test
    void rejectsAUserWhoseDomainNoOrganisationOwns() {
        String stranger = USER.replace("ann@contoso.example", "ann@elsewhere.example");

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + stranger))
                .hasMessageContaining("user 'ann@elsewhere.example': no organisation owns the domain elsewhere.example");
    }

    @Test
    void rejectsAFederatedDomainTheOrganisationDoesNotOwn() {
        String organisations = ORGANISATIONS + "    federatedDomains: [fabrikam.example]\n";

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, organisations + "users:\n" + USER))
                .hasMessageContaining("organisation 'Contoso': federated domain fabrikam.example is not one of its domains");
    }

    @Test
    void namesTheOrganisationWithAMissingField() {
        String organisations = ORGANISATIONS.replace("    allowedToUseSspr: true\n", "");

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, organisations + "users:\n" + USER))
                .hasMessageContaining("organisation #1 'Contoso': 'allowedToUseSspr' is missing");
    }

    @Test
    void rejectsTextThatIsNotYaml() {
        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, "users: [unclosed"))
                .isInstanceOf(DemoFileException.class)
                .hasMessageStartingWith("Demo tenant file " + FILE + ": is not valid YAML");
    }

    @Test
    void rejectsAnUnknownTopLevelKey() {
        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "user:\n" + USER))
                .hasMessageContaining("unknown top-level key 'user'");
    }

    @Test
    void namesTheGroupWithAMemberWhoIsNotAUser() {
        String groups = "groups:\n  - name: Finance\n    members: [ann@contoso.example, bob@contoso.example]\n";

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + USER + groups))
                .isInstanceOf(DemoFileException.class)
                .hasMessageContaining("group 'Finance': no user bob@contoso.example");
    }

    @Test
    void loadsGroupsWithTheMembersOfTheirNestedGroups() {
        String groups = """
                groups:
                  - name: Finance
                    members: [ann@contoso.example]
                    nestedGroups: [Payroll]
                  - name: Payroll
                    members: [bob@contoso.example, ann@contoso.example]
                """;

        DemoTenant tenant = DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + USER + BOB + groups);

        DemoTenantFile.Group finance = tenant.groups().named("Finance").get(0);
        assertThat(tenant.groups().membersOf(finance)).extracting(DemoTenantFile.User::upn)
                .containsExactly("ann@contoso.example", "bob@contoso.example");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nested group that does not exist | nestedGroups: [Payrol]                | group 'Finance': nested group 'Payrol' is not a group of the file
            group that contains itself       | nestedGroups: [Finance]               | group 'Finance' contains itself through 'Finance'
            """)
    void rejectsGroupsThatCannotBeResolved(String what, String nesting, String expectedMessage) {
        String groups = "groups:\n  - name: Finance\n    members: [ann@contoso.example]\n    " + nesting
                + "\n  - name: Payroll\n    members: [ann@contoso.example]\n";

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + USER + groups))
                .isInstanceOf(DemoFileException.class).hasMessageContaining(expectedMessage);
    }

    @Test
    void resolvesThePolicysGroupsToTheirIdsAndTheUsersMembershipsTransitively() {
        String file = ORGANISATIONS + """
                    policy:
                      methodsRequired: 2
                      methods: [mobilePhone, email]
                      enabledGroup: Everyone
                      protectedAccountGroups: [Tier 0]
                """ + "users:\n" + USER + BOB + """
                groups:
                  - name: Everyone
                    members: [ann@contoso.example]
                    nestedGroups: [Tier 0]
                  - name: Tier 0
                    members: [bob@contoso.example]
                """;

        DemoTenant tenant = DemoFileLoader.parse(FILE, file);

        String everyone = tenant.groups().idOf(tenant.groups().named("Everyone").get(0));
        String tier0 = tenant.groups().idOf(tenant.groups().named("Tier 0").get(0));
        var policy = tenant.tenantFacts(tenant.organisations().get(0), DemoFixtures.NOW).policy();
        assertThat(policy.methodsRequired()).isEqualTo(2);
        assertThat(policy.enabledMethods()).containsExactlyInAnyOrder(AuthMethod.MOBILE_PHONE, AuthMethod.EMAIL);
        assertThat(policy.enabledGroupId()).contains(everyone);
        assertThat(policy.protectedAccountGroupIds()).containsExactly(tier0);
        assertThat(memberships(tenant, "ann@contoso.example")).contains(Set.of(everyone));
        assertThat(memberships(tenant, "bob@contoso.example")).contains(Set.of(everyone, tier0));
    }

    @Test
    void looksUpNoMembershipsWhenThePolicyDeclaresNoGroup() {
        DemoTenant tenant = DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + USER);

        assertThat(memberships(tenant, "ann@contoso.example")).isEmpty();
        assertThat(tenant.tenantFacts(tenant.organisations().get(0), DemoFixtures.NOW).policy())
                .isEqualTo(SsprPolicy.defaults());
    }

    @Test
    void readsSubscriptionsAsSubscribedSkusShapesThem() {
        String file = ORGANISATIONS
                + """
                            subscribedSkus:
                              - skuId: 078D2B04-F1BD-4111-BBD4-B4B1B354CEF4
                                skuPartNumber: AAD_PREMIUM
                                capabilityStatus: Warning
                                prepaidUnits: { enabled: 0, warning: 5, suspended: 3 }
                                servicePlans:
                                  - { servicePlanId: 41781fb2-bc02-4b7c-bd55-b576c07bb09d, servicePlanName: AAD_PREMIUM, provisioningStatus: Disabled }
                        """
                + "users:\n" + USER;

        DemoTenant demo = DemoFileLoader.parse(FILE, file);
        TenantFacts tenant = demo.tenantFacts(demo.organisations().get(0), DemoFixtures.NOW);

        assertThat(tenant.subscriptions()).hasValueSatisfying(skus -> assertThat(skus).singleElement()
                .satisfies(sku -> {
                    assertThat(sku.skuId()).isEqualTo("078d2b04-f1bd-4111-bbd4-b4b1b354cef4");
                    assertThat(sku.capabilityStatus()).isEqualTo(AssignedPlan.CapabilityStatus.WARNING);
                    assertThat(sku.enabledUnits()).as("enabled plus warning units").isEqualTo(5);
                    assertThat(sku.servicePlans()).singleElement().extracting(SubscribedSku.ServicePlan::enabled)
                            .isEqualTo(false);
                }));
    }

    @Test
    void leavesSubscriptionsUnreadWhenTheFileGivesNone() {
        DemoTenant tenant = DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + USER);

        assertThat(tenant.tenantFacts(tenant.organisations().get(0), DemoFixtures.NOW).subscriptions()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            policy asking for three methods | policy: { methodsRequired: 3 }                         | organisation 'Contoso': SSPR requires one or two methods, not 3
            policy offering an MFA-only method | policy: { methods: [alternateMobilePhone] }        | organisation 'Contoso': policy.methods: 'alternateMobilePhone' cannot answer a password reset
            policy naming a missing group   | policy: { enabledGroup: Everybody }                    | organisation 'Contoso': policy.enabledGroup 'Everybody' is not a group of the file
            policy naming an ambiguous group | policy: { protectedAccountGroups: [Twins] }           | organisation 'Contoso': policy.protectedAccountGroups 'Twins' is ambiguous: 2 groups have that name
            misspelt policy field           | policy: { methodsRequried: 2 }                         | organisation #1 'Contoso': unknown field 'methodsRequried'
            subscription status typo        | subscribedSkus: [{ skuId: 078d2b04-f1bd-4111-bbd4-b4b1b354cef4, skuPartNumber: AAD_PREMIUM, capabilityStatus: Enbled, prepaidUnits: { enabled: 1 }, servicePlans: [] }] | organisation #1 'Contoso': capabilityStatus 'Enbled' is not one of
            subscription without units      | subscribedSkus: [{ skuId: 078d2b04-f1bd-4111-bbd4-b4b1b354cef4, skuPartNumber: AAD_PREMIUM, capabilityStatus: Enabled, servicePlans: [] }] | organisation #1 'Contoso': field 'subscribedSkus[0]': 'prepaidUnits' is missing
            negative units                  | subscribedSkus: [{ skuId: 078d2b04-f1bd-4111-bbd4-b4b1b354cef4, skuPartNumber: AAD_PREMIUM, capabilityStatus: Enabled, prepaidUnits: { enabled: -1 }, servicePlans: [] }] | prepaidUnits cannot be negative
            plan status typo                | subscribedSkus: [{ skuId: 078d2b04-f1bd-4111-bbd4-b4b1b354cef4, skuPartNumber: AAD_PREMIUM, capabilityStatus: Enabled, prepaidUnits: { enabled: 1 }, servicePlans: [{ servicePlanId: 41781fb2-bc02-4b7c-bd55-b576c07bb09d, servicePlanName: AAD_PREMIUM, provisioningStatus: Succes }] }] | organisation #1 'Contoso': provisioningStatus 'Succes' is not one of
            SKU id that is not a GUID       | subscribedSkus: [{ skuId: AAD_PREMIUM, skuPartNumber: AAD_PREMIUM, capabilityStatus: Enabled, prepaidUnits: { enabled: 1 }, servicePlans: [] }] | organisation #1 'Contoso': skuId 'AAD_PREMIUM' is not a GUID
            """)
    void namesTheOrganisationAndTheProblem(String what, String field, String expectedMessage) {
        String groups = "groups:\n  - name: Twins\n    members: [ann@contoso.example]\n"
                + "  - name: Twins\n    members: [ann@contoso.example]\n";

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "    " + field + "\nusers:\n" + USER + groups))
                .isInstanceOf(DemoFileException.class)
                .hasMessageStartingWith("Demo tenant file " + FILE + ": ")
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void readsRolesByTemplateIdAndTheUnpublishedTwoGateRolesByName() {
        String user = USER.replace("    expect: READY\n",
                "    expect: READY\n    roles: [62E90394-69F5-4237-9190-012177145E10, Mailbox Administrator]\n");

        DemoTenant tenant = DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + user);

        UserFacts ann = tenant.userFacts(tenant.userByUpn("ann@contoso.example").orElseThrow(), DemoFixtures.NOW);
        assertThat(ann.roles().templateIds()).containsExactly("62e90394-69f5-4237-9190-012177145e10");
        assertThat(ann.roles().displayNames()).containsExactly("Mailbox Administrator");
        assertThat(ann.registration().report().orElseThrow().admin()).as("isAdmin follows the roles by default").isTrue();
    }

    @Test
    void readsIdentitiesCreationTypeAndAnExplicitIsAdmin() {
        String user = USER.replace("updatedAgo: PT6H }", "updatedAgo: PT6H, admin: false }") + """
                    creationType: invitation
                    identities:
                      - { signInType: federated, issuer: ExternalAzureAD }
                      - { signInType: emailAddress, issuer: Contoso.example, issuerAssignedId: ann@contoso.example }
                """;

        DemoTenant tenant = DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + user);

        UserFacts ann = tenant.userFacts(tenant.userByUpn("ann@contoso.example").orElseThrow(), DemoFixtures.NOW);
        assertThat(ann.creationType()).contains("Invitation");
        assertThat(ann.identityIssuers()).containsExactlyInAnyOrder("externalazuread", "contoso.example");
        assertThat(ann.registration().report().orElseThrow().admin()).isFalse();
    }

    private static Optional<Set<String>> memberships(DemoTenant tenant, String upn) {
        return tenant.userFacts(tenant.userByUpn(upn).orElseThrow(), DemoFixtures.NOW).declaredGroupMemberships();
    }

    @Test
    void rejectsAFileWithoutUsers() {
        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS))
                .hasMessageContaining("'users' must be a non-empty list");
    }

    @Test
    void namesAMissingResource() {
        assertThatThrownBy(() -> DemoFileLoader.loadResource("demo/no-such-file.yaml"))
                .isInstanceOf(DemoFileException.class)
                .hasMessage("Demo tenant file demo/no-such-file.yaml: not found on the classpath");
    }
}
