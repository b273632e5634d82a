package dev.ssprpreflight.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The directory roles that put a user under Microsoft's administrator ("two-gate") reset policy.
 * <p>
 * Source: the role list of concept-sspr-policy ("Administrator reset policy differences") with the
 * template ids of the Entra permissions reference. Matched on {@code roleTemplateId}, never on a
 * role's object id, which differs per tenant.
 */
public final class AdminRoles {

    /** How many different methods the administrator policy asks for ("two gates"). */
    public static final int TWO_GATE_METHODS = 2;

    /** Template id to role name, for the 27 roles of the two-gate list. */
    public static final Map<String, String> TWO_GATE = Map.ofEntries(
            Map.entry("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", "Application Administrator"),
            Map.entry("c4e39bd9-1100-46d3-8c65-fb160da0071f", "Authentication Administrator"),
            Map.entry("b0f54661-2d74-4c50-afa3-1ec803f12efe", "Billing Administrator"),
            Map.entry("17315797-102d-40b4-93e0-432062caca18", "Compliance Administrator"),
            Map.entry("7698a772-787b-4ac8-901f-60d6b08affd2", "Cloud Device Administrator"),
            Map.entry("d29b2b05-8046-44ba-8758-1e26182fcf32", "Directory Synchronization Accounts"),
            Map.entry("9360feb5-f418-4baa-8175-e2a00bac4301", "Directory Writers"),
            Map.entry("44367163-eba1-44c3-98af-f5787879f96a", "Dynamics 365 Administrator"),
            Map.entry("29232cdf-9323-42fd-ade2-1d097af3e4de", "Exchange Administrator"),
            Map.entry("62e90394-69f5-4237-9190-012177145e10", "Global Administrator"),
            Map.entry("729827e3-9c14-49f7-bb1b-9608f156bbb8", "Helpdesk Administrator"),
            Map.entry("3a2c62db-5318-420d-8d74-23affee5d9d5", "Intune Administrator"),
            Map.entry("9f06204d-73c1-4d4c-880a-6edb90606fd8", "Microsoft Entra Joined Device Local Administrator"),
            Map.entry("4ba39ca4-527c-499a-b93d-d9b492c50246", "Partner Tier1 Support"),
            Map.entry("e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8", "Partner Tier2 Support"),
            Map.entry("966707d0-3269-4727-9be2-8c3a10f19b9d", "Password Administrator"),
            Map.entry("11648597-926c-4cf3-9c36-bcebb0ba8dcc", "Power Platform Administrator"),
            Map.entry("7be44c8a-adaf-4e2a-84d6-ab2649e08a13", "Privileged Authentication Administrator"),
            Map.entry("e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator"),
            Map.entry("194ae4cb-b126-40b2-bd5b-6091b380977d", "Security Administrator"),
            Map.entry("f023fd81-a637-4b56-95fd-791ac0226033", "Service Support Administrator"),
            Map.entry("f28a1f50-f6e7-4571-818b-6a12f2af6b6c", "SharePoint Administrator"),
            Map.entry("75941009-915a-4869-abe7-691bff18279e", "Skype for Business Administrator"),
            Map.entry("69091246-20e8-4a56-aa4d-066075b2a7a8", "Teams Administrator"),
            Map.entry("baf37b3a-610e-45da-9e62-d9d1e5e8914b", "Teams Communications Administrator"),
            Map.entry("3d762c5a-1b6c-493f-843e-55a3b42923d4", "Teams Devices Administrator"),
            Map.entry("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"));

    private AdminRoles() {
    }

    /** Whether any of the given role template ids is on the two-gate list. */
    public static boolean anyTwoGate(Collection<String> roleTemplateIds) {
        return roleTemplateIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).anyMatch(TWO_GATE::containsKey);
    }
}
