package dev.ssprpreflight.check;

import static dev.ssprpreflight.check.Facts.GLOBAL_ADMINISTRATOR;
import static dev.ssprpreflight.check.Facts.GLOBAL_READER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminRolesTest {

    /** The 78 names of concept-sspr-policy: 73 template ids (two names share one) and four roles by name. */
    @Test
    void listsTheSeventyEightTwoGateRoles() {
        assertThat(AdminRoles.TWO_GATE).hasSize(73);
        assertThat(AdminRoles.TWO_GATE_BY_NAME_ONLY).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Application Administrator,                          9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3
            Attack Simulation Administrator,                    c430b396-e693-46cc-96f3-db01bf8bb62a
            Attribute Assignment Administrator,                 58a13ea3-c632-46ae-9ee0-9c0d43cd7f3d
            Attribute Definition Administrator,                 8424c6f0-a189-499e-bbd0-26c1753c96d4
            Attribute Log Administrator,                        5b784334-f94b-471a-a387-e7219fc49ca2
            Authentication Administrator,                       c4e39bd9-1100-46d3-8c65-fb160da0071f
            Authentication Extensibility Administrator,         25a516ed-2fa0-40ea-a2d0-12923a21473a
            Authentication Policy Administrator,                0526716b-113d-4c15-b2c8-68e3c22b9f80
            Azure DevOps Administrator,                         e3973bdf-4987-49ae-837a-ba8e231c7286
            Azure Information Protection Administrator,         7495fdc4-34c4-4d15-a289-98788ce399fd
            B2C IEF Keyset Administrator,                       aaf43236-0c0d-4d5f-883a-6955382ac081
            B2C IEF Policy Administrator,                       3edaf663-341e-4475-9f94-5c398ef6c070
            Billing Administrator,                              b0f54661-2d74-4c50-afa3-1ec803f12efe
            Cloud App Security Administrator,                   892c5842-a9a6-463a-8041-72aa08ca3cf6
            Cloud Device Administrator,                         7698a772-787b-4ac8-901f-60d6b08affd2
            Compliance Administrator,                           17315797-102d-40b4-93e0-432062caca18
            Compliance Data Administrator,                      e6d1a23a-da11-4be4-9570-befc86d067a7
            Conditional Access Administrator,                   b1be1c3e-b65d-4f19-8427-f6fa0d97feb9
            Customer LockBox Access Approver,                   5c4f9dcd-47dc-4cf7-8c9a-9e4207cbfc91
            Desktop Analytics Administrator,                    38a96431-2bdf-4b4c-8b6e-5d3d8abac1a4
            Device Administrators,                              9f06204d-73c1-4d4c-880a-6edb90606fd8
            Directory Synchronization Accounts,                 d29b2b05-8046-44ba-8758-1e26182fcf32
            Directory Writers,                                  9360feb5-f418-4baa-8175-e2a00bac4301
            Domain Name Administrator,                          8329153b-31d0-4727-b945-745eb3bc5f31
            Dynamics 365 Administrator,                         44367163-eba1-44c3-98af-f5787879f96a
            Dynamics 365 Business Central Administrator,        963797fb-eb3b-4cde-8ce3-5878b3f32a3f
            Edge Administrator,                                 3f1acade-1e04-4fbc-9b69-f0302cd84aef
            Exchange Administrator,                             29232cdf-9323-42fd-ade2-1d097af3e4de
            Exchange Recipient Administrator,                   31392ffb-586c-42d1-9346-e59415a2cc4e
            External ID User Flow Administrator,                6e591065-9bad-43ed-90f3-e9424366d2f0
            External ID User Flow Attribute Administrator,      0f971eea-41eb-4569-a71e-57bb8a3eff1e
            External Identity Provider Administrator,           be2f45a1-457d-42af-a067-6ec1fa63bc45
            Global Administrator,                               62e90394-69f5-4237-9190-012177145e10
            Global Secure Access Administrator,                 ac434307-12b9-4fa1-a708-88bf58caabc1
            Groups Administrator,                               fdd7a751-b60b-444a-984c-02652fe8fa1c
            Helpdesk Administrator,                             729827e3-9c14-49f7-bb1b-9608f156bbb8
            Hybrid Identity Administrator,                      8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2
            Identity Governance Administrator,                  45d8d3c5-c802-45c6-b32a-1d70b5e1e86e
            Insights Administrator,                             eb1f4a8d-243a-41f0-9fbd-c7cdf6c5ef7c
            Intune Administrator,                               3a2c62db-5318-420d-8d74-23affee5d9d5
            Knowledge Administrator,                            b5a8dcf3-09d5-43a9-a639-8e29ef291470
            License Administrator,                              4d6ac14f-3453-41d0-bef9-a3e0c569773a
            Lifecycle Workflows Administrator,                  59d46f88-662b-457b-bceb-5c3809e5908f
            Microsoft Hardware Warranty Administrator,          1501b917-7653-4ff9-a4b5-203eaf33784f
            Microsoft365 Migration Administrator,               8c8b803f-96e1-4129-9349-20738d9f9652
            Modern Commerce Administrator,                      d24aef57-1500-4070-84db-2666f29cf966
            Network Administrator,                              d37c8bed-0711-4417-ba38-b4abe66ce4c2
            Office Apps Administrator,                          2b745bdf-0803-4d80-aa65-822c4493daac
            Organizational Branding Administrator,              92ed04bf-c94a-4b82-9729-b799a7a4c178
            Partner Tier1 Support,                              4ba39ca4-527c-499a-b93d-d9b492c50246
            Partner Tier2 Support,                              e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8
            Password Administrator,                             966707d0-3269-4727-9be2-8c3a10f19b9d
            Permissions Management Administrator,               af78dc32-cf4d-46f9-ba4e-4428526346b5
            Power BI Service Administrator,                     a9ea8996-122f-4c74-9520-8edcd192826c
            Power Platform Administrator,                       11648597-926c-4cf3-9c36-bcebb0ba8dcc
            Printer Administrator,                              644ef478-e28f-4e28-b9dc-3fdde9aa0b1f
            Privileged Authentication Administrator,            7be44c8a-adaf-4e2a-84d6-ab2649e08a13
            Privileged Role Administrator,                      e8611ab8-c189-46e8-94e1-60213ab1f814
            Search Administrator,                               0964bb5e-9bdb-4d7b-ac29-58e794862a40
            Security Administrator,                             194ae4cb-b126-40b2-bd5b-6091b380977d
            Service Support Administrator,                      f023fd81-a637-4b56-95fd-791ac0226033
            SharePoint Administrator,                           f28a1f50-f6e7-4571-818b-6a12f2af6b6c
            Skype for Business Administrator,                   75941009-915a-4869-abe7-691bff18279e
            Teams Administrator,                                69091246-20e8-4a56-aa4d-066075b2a7a8
            Teams Communications Administrator,                 baf37b3a-610e-45da-9e62-d9d1e5e8914b
            Teams Devices Administrator,                        3d762c5a-1b6c-493f-843e-55a3b42923d4
            User Administrator,                                 fe930be7-5e62-47db-91af-98c3a49a38b1
            Virtual Visits Administrator,                       e300d9e7-4a2b-4295-9eff-f1c78b36cc98
            Viva Goals Administrator,                           92b086b3-e367-4ef2-b869-1de128fb986e
            Viva Pulse Administrator,                           87761b17-1ed2-4af3-9acd-92a150038160
            Windows Update Deployment Administrator,            32696413-001a-46ae-978c-ce0f6b3620d2
            Windows365 Administrator,                           11451d60-acb2-45eb-a7d6-43d0f0125c13
            Yammer Administrator,                               810a2642-a034-447f-a5e8-41beaa378541
            """)
    void knowsEachTwoGateRoleByItsTemplateId(String name, String roleTemplateId) {
        assertThat(AdminRoles.TWO_GATE).containsEntry(roleTemplateId, name);
        assertThat(AdminRoles.anyTwoGate(List.of(roleTemplateId), List.of())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            AdHoc License Administrator
            Application Proxy Service Administrator
            Email Verified User Creator
            MAILBOX ADMINISTRATOR
            """)
    void knowsTheRolesWithoutAPublishedTemplateIdByName(String name) {
        assertThat(AdminRoles.anyTwoGate(List.of(), List.of(name))).isTrue();
    }

    @Test
    void doesNotTakeOtherRoleNamesForTwoGateRoles() {
        assertThat(AdminRoles.anyTwoGate(List.of(), List.of("Global Reader", "Mailbox Administrators"))).isFalse();
    }

    @ParameterizedTest(name = "custom domain {0}, sync {1}: {2}")
    @CsvSource(textBlock = """
            true,  true,  2
            true,  false, 2
            false, true,  2
            false, false, 1
            """)
    void asksForOneMethodOnlyWithoutCustomDomainAndSync(boolean customDomain, boolean sync, int required) {
        var facts = customDomain ? Facts.ready() : Facts.ready().verifiedDomains("contoso.onmicrosoft.com");

        assertThat(AdminRoles.methodsRequired(facts.directorySyncEnabled(sync).tenant())).isEqualTo(required);
    }

    @Test
    void matchesTemplateIdsInAnyCase() {
        assertThat(AdminRoles.anyTwoGate(List.of(GLOBAL_ADMINISTRATOR.toUpperCase(Locale.ROOT)), List.of())).isTrue();
    }

    @Test
    void findsTheAdminRoleAmongOtherRoles() {
        assertThat(AdminRoles.anyTwoGate(List.of(GLOBAL_READER, GLOBAL_ADMINISTRATOR), List.of())).isTrue();
    }

    @Test
    void doesNotCountRolesOffTheList() {
        assertThat(AdminRoles.anyTwoGate(List.of(GLOBAL_READER), List.of())).isFalse();
        assertThat(AdminRoles.anyTwoGate(List.of(), List.of())).isFalse();
    }
}
