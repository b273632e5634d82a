package dev.ssprpreflight.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The directory roles that put a user under Microsoft's administrator ("two-gate") reset policy.
 * <p>
 * Source: the 78 roles of <a href=
 * "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences">
 * concept-sspr-policy, "Administrator reset policy differences"</a>, with the template ids of the
 * <a href="https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference">Entra
 * permissions reference</a>. Matched on {@code roleTemplateId}, never on a role's object id, which differs
 * per tenant. "Device Administrators" is the older name of Microsoft Entra Joined Device Local
 * Administrator, so 78 names make 73 template ids plus four roles that the permissions reference does not
 * list, which are matched by their display name.
 */
public final class AdminRoles {

    /** Template id to role name, for the two-gate roles Microsoft publishes a template id for. */
    public static final Map<String, String> TWO_GATE = Map.ofEntries(
            Map.entry("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "Application Administrator"),
            Map.entry("c430b396-e693-46cc-96f3-db01bf8bb62a", "Attack Simulation Administrator"),
            Map.entry("58a13ea3-c632-46ae-9ee0-9c0d43cd7f3d", "Attribute Assignment Administrator"),
            Map.entry("8424c6f0-a189-499e-bbd0-26c1753c96d4", "Attribute Definition Administrator"),
            Map.entry("5b784334-f94b-471a-a387-e7219fc49ca2", "Attribute Log Administrator"),
            Map.entry("c4e39bd9-1100-46d3-8c65-fb160da0071f", "Authentication Administrator"),
            Map.entry("25a516ed-2fa0-40ea-a2d0-12923a21473a", "Authentication Extensibility Administrator"),
            Map.entry("0526716b-113d-4c15-b2c8-68e3c22b9f80", "Authentication Policy Administrator"),
            Map.entry("e3973bdf-4987-49ae-837a-ba8e231c7286", "Azure DevOps Administrator"),
            Map.entry("7495fdc4-34c4-4d15-a289-98788ce399fd", "Azure Information Protection Administrator"),
            Map.entry("aaf43236-0c0d-4d5f-883a-6955382ac081", "B2C IEF Keyset Administrator"),
            Map.entry("3edaf663-341e-4475-9f94-5c398ef6c070", "B2C IEF Policy Administrator"),
            Map.entry("b0f54661-2d74-4c50-afa3-1ec803f12efe", "Billing Administrator"),
            Map.entry("892c5842-a9a6-463a-8041-72aa08ca3cf6", "Cloud App Security Administrator"),
            Map.entry("7698a772-787b-4ac8-901f-60d6b08affd2", "Cloud Device Administrator"),
            Map.entry("17315797-102d-40b4-93e0-432062caca18", "Compliance Administrator"),
            Map.entry("e6d1a23a-da11-4be4-9570-befc86d067a7", "Compliance Data Administrator"),
            Map.entry("b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", "Conditional Access Administrator"),
            Map.entry("5c4f9dcd-47dc-4cf7-8c9a-9e4207cbfc91", "Customer LockBox Access Approver"),
            Map.entry("38a96431-2bdf-4b4c-8b6e-5d3d8abac1a4", "Desktop Analytics Administrator"),
            Map.entry("9f06204d-73c1-4d4c-880a-6edb90606fd8", "Device Administrators"),
            Map.entry("d29b2b05-8046-44ba-8758-1e26182fcf32", "Directory Synchronization Accounts"),
            Map.entry("9360feb5-f418-4baa-8175-e2a00bac4301", "Directory Writers"),
            Map.entry("8329153b-31d0-4727-b945-745eb3bc5f31", "Domain Name Administrator"),
            Map.entry("44367163-eba1-44c3-98af-f5787879f96a", "Dynamics 365 Administrator"),
            Map.entry("963797fb-eb3b-4cde-8ce3-5878b3f32a3f", "Dynamics 365 Business Central Administrator"),
            Map.entry("3f1acade-1e04-4fbc-9b69-f0302cd84aef", "Edge Administrator"),
            Map.entry("29232cdf-9323-42fd-ade2-1d097af3e4de", "Exchange Administrator"),
            Map.entry("31392ffb-586c-42d1-9346-e59415a2cc4e", "Exchange Recipient Administrator"),
            Map.entry("6e591065-9bad-43ed-90f3-e9424366d2f0", "External ID User Flow Administrator"),
            Map.entry("0f971eea-41eb-4569-a71e-57bb8a3eff1e", "External ID User Flow Attribute Administrator"),
            Map.entry("be2f45a1-457d-42af-a067-6ec1fa63bc45", "External Identity Provider Administrator"),
            Map.entry("62e90394-69f5-4237-9190-012177145e10", "Global Administrator"),
            Map.entry("ac434307-12b9-4fa1-a708-88bf58caabc1", "Global Secure Access Administrator"),
            Map.entry("fdd7a751-b60b-444a-984c-02652fe8fa1c", "Groups Administrator"),
            Map.entry("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"),
            Map.entry("8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2", "Hybrid Identity Administrator"),
            Map.entry("45d8d3c5-c802-45c6-b32a-1d70b5e1e86e", "Identity Governance Administrator"),
            Map.entry("eb1f4a8d-243a-41f0-9fbd-c7cdf6c5ef7c", "Insights Administrator"),
            Map.entry("3a2c62db-5318-420d-8d74-23affee5d9d5", "Intune Administrator"),
            Map.entry("b5a8dcf3-09d5-43a9-a639-8e29ef291470", "Knowledge Administrator"),
            Map.entry("4d6ac14f-3453-41d0-bef9-a3e0c569773a", "License Administrator"),
            Map.entry("59d46f88-662b-457b-bceb-5c3809e5908f", "Lifecycle Workflows Administrator"),
            Map.entry("1501b917-7653-4ff9-a4b5-203eaf33784f", "Microsoft Hardware Warranty Administrator"),
            Map.entry("8c8b803f-96e1-4129-9349-20738d9f9652", "Microsoft365 Migration Administrator"),
            Map.entry("d24aef57-1500-4070-84db-2666f29cf966", "Modern Commerce Administrator"),
            Map.entry("d37c8bed-0711-4417-ba38-b4abe66ce4c2", "Network Administrator"),
            Map.entry("2b745bdf-0803-4d80-aa65-822c4493daac", "Office Apps Administrator"),
            Map.entry("92ed04bf-c94a-4b82-9729-b799a7a4c178", "Organizational Branding Administrator"),
            Map.entry("4ba39ca4-527c-499a-b93d-d9b492c50246", "Partner Tier1 Support"),
            Map.entry("e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8", "Partner Tier2 Support"),
            Map.entry("966707d0-3269-4727-9be2-8c3a10f19b9d", "Password Administrator"),
            Map.entry("af78dc32-cf4d-46f9-ba4e-4428526346b5", "Permissions Management Administrator"),
            Map.entry("a9ea8996-122f-4c74-9520-8edcd192826c", "Power BI Service Administrator"),
            Map.entry("11648597-926c-4cf3-9c36-bcebb0ba8dcc", "Power Platform Administrator"),
            Map.entry("644ef478-e28f-4e28-b9dc-3fdde9aa0b1f", "Printer Administrator"),
            Map.entry("7be44c8a-adaf-4e2a-84d6-ab2649e08a13", "Privileged Authentication Administrator"),
            Map.entry("e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator"),
            Map.entry("0964bb5e-9bdb-4d7b-ac29-58e794862a40", "Search Administrator"),
            Map.entry("194ae4cb-b126-40b2-bd5b-6091b380977d", "Security Administrator"),
            Map.entry("f023fd81-a637-4b56-95fd-791ac0226033", "Service Support Administrator"),
            Map.entry("f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "SharePoint Administrator"),
            Map.entry("75941009-915a-4869-abe7-691bff18279e", "Skype for Business Administrator"),
            Map.entry("69091246-20e8-4a56-aa4d-066075b2a7a8", "Teams Administrator"),
            Map.entry("baf37b3a-610e-45da-9e62-d9d1e5e8914b", "Teams Communications Administrator"),
            Map.entry("3d762c5a-1b6c-493f-843e-55a3b42923d4", "Teams Devices Administrator"),
            Map.entry("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"),
            Map.entry("e300d9e7-4a2b-4295-9eff-f1c78b36cc98", "Virtual Visits Administrator"),
            Map.entry("92b086b3-e367-4ef2-b869-1de128fb986e", "Viva Goals Administrator"),
            Map.entry("87761b17-1ed2-4af3-9acd-92a150038160", "Viva Pulse Administrator"),
            Map.entry("32696413-001a-46ae-978c-ce0f6b3620d2", "Windows Update Deployment Administrator"),
            Map.entry("11451d60-acb2-45eb-a7d6-43d0f0125c13", "Windows365 Administrator"),
            Map.entry("810a2642-a034-447f-a5e8-41beaa378541", "Yammer Administrator"));

    /** Two-gate roles without a published template id (hidden or legacy roles), by display name, lower case. */
    public static final Set<String> TWO_GATE_BY_NAME_ONLY = Set.of(
            "adhoc license administrator",
            "application proxy service administrator",
            "email verified user creator",
            "mailbox administrator");

    private AdminRoles() {
    }

    /** Whether any of the given role template ids or role names is on the two-gate list. */
    public static boolean anyTwoGate(Collection<String> roleTemplateIds, Collection<String> roleNames) {
        return roleTemplateIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).anyMatch(TWO_GATE::containsKey)
                || roleNames.stream().map(name -> name.trim().toLowerCase(Locale.ROOT))
                        .anyMatch(TWO_GATE_BY_NAME_ONLY::contains);
    }

    /**
     * How many methods the administrator policy asks for: two ("two gates"), or one "if a custom domain isn't
     * configured ... and Microsoft Entra Connect isn't synchronizing identities" (concept-sspr-policy). The
     * other one-gate exception, the first 30 days of a trial subscription, cannot be read from Graph: there an
     * admin with one method would be told two are needed. A trial tenant is not where this tool runs, and
     * the explanation page always offers the portal anyway.
     */
    public static int methodsRequired(TenantFacts tenant) {
        return tenant.hasCustomDomain() || tenant.directorySyncEnabled() ? 2 : 1;
    }
}
