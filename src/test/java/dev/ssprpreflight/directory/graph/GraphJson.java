package dev.ssprpreflight.directory.graph;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Graph response bodies in the shapes of the documentation (entra-sspr-domain.md B1, B3–B7, B10), with
 * the values a test needs.
 */
final class GraphJson {

    static final String P1 = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";
    static final String P1_SKU = "078d2b04-f1bd-4111-bbd4-b4b1b354cef4";
    static final String GLOBAL_ADMIN = "62e90394-69f5-4237-9190-012177145e10";

    private GraphJson() {
    }

    /** The organisation's initial domain, which issues its own users' identities. */
    static final String INITIAL_DOMAIN = "contoso.onmicrosoft.com";

    /**
     * A user; {@code synced} null means never synced, {@code creationType} null means an ordinary account. The
     * {@code identities} entry of an account of this organisation is issued by its initial domain (user resource,
     * objectIdentity); an invited guest's by {@code ExternalAzureAD}, {@code MicrosoftAccount}, {@code mail} or
     * another provider (external-id/user-properties, "Identities").
     */
    record UserJson(String id, String upn, boolean enabled, String userType, Boolean syncEnabled, String plansJson,
            String provisioningErrorsJson, String mobilePhone, String identitiesJson, String creationType) {

        static UserJson ready(String id, String upn) {
            return new UserJson(id, upn, true, "Member", null, plans(P1, "Enabled"), "[]", null,
                    identity("userPrincipalName", INITIAL_DOMAIN, upn), null);
        }

        UserJson disabled() {
            return new UserJson(id, upn, false, userType, syncEnabled, plansJson, provisioningErrorsJson, mobilePhone,
                    identitiesJson, creationType);
        }

        /** {@code userType} Guest, nothing else changed: an internal guest, who signs in (and resets) here. */
        UserJson guest() {
            return new UserJson(id, upn, enabled, "Guest", syncEnabled, plansJson, provisioningErrorsJson, mobilePhone,
                    identitiesJson, creationType);
        }

        /** A B2B guest who redeemed an invitation with an account of another organisation. */
        UserJson invited() {
            return guest().withIdentity("federated", "ExternalAzureAD").withCreationType("Invitation");
        }

        UserJson withIdentity(String signInType, String issuer) {
            return new UserJson(id, upn, enabled, userType, syncEnabled, plansJson, provisioningErrorsJson, mobilePhone,
                    identity(signInType, issuer, "federated".equals(signInType) ? null : upn), creationType);
        }

        UserJson withCreationType(String type) {
            return new UserJson(id, upn, enabled, userType, syncEnabled, plansJson, provisioningErrorsJson, mobilePhone,
                    identitiesJson, type);
        }

        UserJson synced() {
            return new UserJson(id, upn, enabled, userType, true, plansJson, provisioningErrorsJson, mobilePhone,
                    identitiesJson, creationType);
        }

        UserJson withoutPlans() {
            return new UserJson(id, upn, enabled, userType, syncEnabled, "[]", provisioningErrorsJson, mobilePhone,
                    identitiesJson, creationType);
        }

        UserJson withProvisioningError() {
            return new UserJson(id, upn, enabled, userType, syncEnabled, plansJson,
                    "[{\"category\":\"PropertyConflict\",\"occurredDateTime\":\"2025-05-19T10:00:00Z\","
                            + "\"propertyCausingError\":\"ProxyAddress\",\"value\":\"smtp:adele@contoso.com\"}]",
                    mobilePhone, identitiesJson, creationType);
        }

        /** The user alone, as GET /users/{id} answers. */
        String json() {
            return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users(id,userPrincipalName)/$entity\","
                    + item().substring(1);
        }

        /** The user as an item of a list (no context of its own). */
        String item() {
            return "{\"id\":\"" + id + "\",\"userPrincipalName\":" + quote(upn) + ",\"displayName\":\"Test User\","
                    + "\"accountEnabled\":" + enabled + ",\"userType\":\"" + userType + "\","
                    + "\"onPremisesSyncEnabled\":" + syncEnabled + ","
                    + "\"onPremisesLastSyncDateTime\":" + (syncEnabled == null ? "null" : "\"2025-05-20T08:31:12Z\"") + ","
                    + "\"onPremisesProvisioningErrors\":" + provisioningErrorsJson + ","
                    + "\"assignedLicenses\":[{\"disabledPlans\":[],\"skuId\":\"" + P1_SKU + "\"}],"
                    + "\"assignedPlans\":" + plansJson + ","
                    + "\"mobilePhone\":" + (mobilePhone == null ? "null" : quote(mobilePhone)) + ","
                    + "\"businessPhones\":[],\"otherMails\":[],"
                    + "\"identities\":" + identitiesJson + ","
                    + "\"creationType\":" + (creationType == null ? "null" : quote(creationType)) + "}";
        }
    }

    /** One {@code identities} entry (objectIdentity); a federated identity has no {@code issuerAssignedId}. */
    static String identity(String signInType, String issuer, String issuerAssignedId) {
        return "[{\"signInType\":" + quote(signInType) + ",\"issuer\":" + quote(issuer) + ",\"issuerAssignedId\":"
                + (issuerAssignedId == null ? "null" : quote(issuerAssignedId)) + "}]";
    }

    static String plans(String planId, String status) {
        return "[{\"assignedDateTime\":\"2024-01-01T00:00:00Z\",\"capabilityStatus\":\"" + status
                + "\",\"service\":\"AADPremiumService\",\"servicePlanId\":\"" + planId + "\"}]";
    }

    /**
     * A user's role objects ({@code transitiveMemberOf/microsoft.graph.directoryRole}) as an app that may read them
     * gets them: each with {@code roleTemplateId} and {@code displayName}.
     */
    static String roles(String... templateIds) {
        String items = Arrays.stream(templateIds)
                .map(t -> "{\"@odata.type\":\"#microsoft.graph.directoryRole\",\"id\":\"21004afc-7bb2-4fe6-a1e1-074ebd3e52c1\","
                        + "\"deletedDateTime\":null,\"displayName\":\"Some Administrator\",\"roleTemplateId\":\"" + t + "\"}")
                .collect(Collectors.joining(","));
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#directoryRoles\",\"@odata.count\":"
                + templateIds.length + ",\"value\":[" + items + "]}";
    }

    /**
     * Role objects with "limited information", as Graph returns directory objects the app may not read: only
     * {@code @odata.type} and {@code id}, every other property absent.
     */
    static String limitedRoles(String... roleObjectIds) {
        String items = Arrays.stream(roleObjectIds)
                .map(id -> "{\"@odata.type\":\"#microsoft.graph.directoryRole\",\"id\":\"" + id + "\"}")
                .collect(Collectors.joining(","));
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#directoryRoles\",\"@odata.count\":"
                + roleObjectIds.length + ",\"value\":[" + items + "]}";
    }

    /**
     * A page of {@code GET /users?$select=...} (user-list.md): the context names the selection, the next
     * link is absent on the last page.
     */
    static String usersPage(List<UserJson> users, String nextLink) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users(id,userPrincipalName,displayName)\","
                + (nextLink == null ? "" : "\"@odata.nextLink\":" + quote(nextLink) + ",")
                + "\"value\":[" + users.stream().map(UserJson::item).collect(Collectors.joining(",")) + "]}";
    }

    /**
     * A page of {@code GET /groups/{id}/transitiveMembers/microsoft.graph.user?$count=true} with
     * {@code ConsistencyLevel: eventual} (group-list-transitivemembers.md, example 4): with {@code @odata.count}.
     */
    static String groupUsersPage(List<UserJson> users, int count, String nextLink) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users\",\"@odata.count\":" + count + ","
                + (nextLink == null ? "" : "\"@odata.nextLink\":" + quote(nextLink) + ",")
                + "\"value\":[" + users.stream().map(UserJson::item).collect(Collectors.joining(",")) + "]}";
    }

    /** Users of a group's transitive members with only their id selected, as role groups are read. */
    static String groupUserIdsPage(List<String> ids, String nextLink) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users(id)\",\"@odata.count\":" + ids.size()
                + "," + (nextLink == null ? "" : "\"@odata.nextLink\":" + quote(nextLink) + ",")
                + "\"value\":[" + ids.stream().map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(",")) + "]}";
    }

    /** {@code GET /groups?$filter=displayName eq '...'&$select=id,displayName} (group-list.md). */
    static String groups(String... idsAndNames) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            items.append(i == 0 ? "" : ",").append("{\"id\":\"").append(idsAndNames[i]).append("\",\"displayName\":")
                    .append(quote(idsAndNames[i + 1])).append('}');
        }
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#groups(id,displayName)\",\"value\":["
                + items + "]}";
    }

    /**
     * {@code GET /directoryRoles?$select=id,roleTemplateId,displayName} (directoryrole-list.md): role object id,
     * template id pairs; each role is named after its position.
     */
    static String activatedRoles(String... idsAndTemplates) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < idsAndTemplates.length; i += 2) {
            items.append(i == 0 ? "" : ",").append("{\"id\":\"").append(idsAndTemplates[i])
                    .append("\",\"displayName\":\"Role ").append(i / 2 + 1)
                    .append("\",\"roleTemplateId\":\"").append(idsAndTemplates[i + 1]).append("\"}");
        }
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#directoryRoles(id,roleTemplateId,displayName)\","
                + "\"value\":[" + items + "]}";
    }

    /**
     * One entry of {@code GET /subscribedSkus} (subscribedsku-list.md, subscribedSku, licenseUnitsDetail,
     * servicePlanInfo), carrying one service plan.
     */
    static String subscribedSku(String skuId, String skuPartNumber, String capabilityStatus, int enabled, int suspended,
            int warning, String servicePlanId, String provisioningStatus) {
        return "{\"accountName\":\"Contoso\",\"accountId\":\"" + FakeGraph.TENANT_ID + "\",\"appliesTo\":\"User\","
                + "\"capabilityStatus\":" + quote(capabilityStatus) + ",\"consumedUnits\":14,"
                + "\"id\":\"" + FakeGraph.TENANT_ID + "_" + skuId + "\","
                + "\"prepaidUnits\":{\"enabled\":" + enabled + ",\"lockedOut\":0,\"suspended\":" + suspended
                + ",\"warning\":" + warning + "},"
                + "\"servicePlans\":[{\"servicePlanId\":\"" + servicePlanId + "\",\"servicePlanName\":\"AAD_PREMIUM\","
                + "\"provisioningStatus\":" + quote(provisioningStatus) + ",\"appliesTo\":\"User\"}],"
                + "\"skuId\":\"" + skuId + "\",\"skuPartNumber\":" + quote(skuPartNumber) + ","
                + "\"subscriptionIds\":[\"43d26afe-cb98-48b9-acc4-ae3ef2ac6c51\"]}";
    }

    /** An Entra ID P1 subscription in force: Enabled, 25 units, the P1 plan provisioned. */
    static String entraIdP1InForce() {
        return subscribedSku(P1_SKU, "AAD_PREMIUM", "Enabled", 25, 0, 0, P1, "Success");
    }

    static String subscribedSkus(String... skus) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#subscribedSkus\",\"value\":["
                + String.join(",", skus) + "]}";
    }

    /** The answer of {@code checkMemberGroups}: the subset of the groups asked about that the user belongs to. */
    static String memberGroups(String... groupIds) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#Collection(Edm.String)\",\"value\":["
                + Arrays.stream(groupIds).map(GraphJson::quote).collect(Collectors.joining(",")) + "]}";
    }

    /**
     * {@code GET /directoryRoles/{id}/members?$select=id} (directoryrole-list-members.md): directory objects,
     * each with its {@code @odata.type}, which Graph sends even for objects it shows with limited information.
     */
    static String roleMembers(List<String> userIds, List<String> groupIds) {
        String users = userIds.stream().map(id -> "{\"@odata.type\":\"#microsoft.graph.user\",\"id\":\"" + id + "\"}")
                .collect(Collectors.joining(","));
        String groups = groupIds.stream().map(id -> "{\"@odata.type\":\"#microsoft.graph.group\",\"id\":\"" + id + "\"}")
                .collect(Collectors.joining(","));
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#directoryObjects(id)\",\"value\":["
                + users + (users.isEmpty() || groups.isEmpty() ? "" : ",") + groups + "]}";
    }

    static String organization(boolean synced, Instant lastSync) {
        return "{\"value\":[{\"id\":\"" + FakeGraph.TENANT_ID + "\",\"displayName\":\"Contoso\",\"tenantType\":\"AAD\","
                + "\"onPremisesSyncEnabled\":" + synced + ",\"onPremisesLastSyncDateTime\":"
                + (lastSync == null ? "null" : "\"" + lastSync + "\"") + ","
                + "\"verifiedDomains\":[{\"capabilities\":\"Email, OfficeCommunicationsOnline\",\"isDefault\":false,"
                + "\"isInitial\":true,\"name\":\"" + INITIAL_DOMAIN + "\",\"type\":\"Managed\"},"
                + "{\"capabilities\":\"Email\",\"isDefault\":true,\"isInitial\":false,\"name\":\"contoso.com\","
                + "\"type\":\"Managed\"}],\"assignedPlans\":[]}]}";
    }

    static String authorizationPolicy(boolean allowedToUseSspr) {
        return "{\"id\":\"authorizationPolicy\",\"displayName\":\"Authorization Policy\",\"allowedToUseSSPR\":"
                + allowedToUseSspr + "}";
    }

    /** One row of userRegistrationDetails, of a user without an admin role. */
    static String registrationRow(String id, String upn, boolean ssprEnabled, boolean ssprRegistered,
            String... methods) {
        return registrationRow(id, upn, false, ssprEnabled, ssprRegistered, methods);
    }

    /** One row of userRegistrationDetails. */
    static String registrationRow(String id, String upn, boolean admin, boolean ssprEnabled, boolean ssprRegistered,
            String... methods) {
        String methodList = Arrays.stream(methods).map(GraphJson::quote).collect(Collectors.joining(","));
        return "{\"id\":\"" + id + "\",\"userPrincipalName\":" + quote(upn) + ",\"userDisplayName\":\"Test User\","
                + "\"isAdmin\":" + admin + ",\"isSsprRegistered\":" + ssprRegistered + ",\"isSsprEnabled\":" + ssprEnabled
                + ",\"isSsprCapable\":" + (ssprEnabled && ssprRegistered) + ",\"isMfaRegistered\":true,"
                + "\"isMfaCapable\":true,\"isPasswordlessCapable\":false,"
                + "\"lastUpdatedDateTime\":\"2023-03-13T19:15:41.6195833Z\",\"methodsRegistered\":[" + methodList + "],"
                + "\"isSystemPreferredAuthenticationMethodEnabled\":true,\"systemPreferredAuthenticationMethods\":[\"push\"],"
                + "\"userPreferredMethodForSecondaryAuthentication\":\"push\",\"userType\":\"member\"}";
    }

    static String registrationPage(List<String> rows, String nextLink) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails\","
                + (nextLink == null ? "" : "\"@odata.nextLink\":" + quote(nextLink) + ",")
                + "\"value\":[" + String.join(",", rows) + "]}";
    }

    static final String PASSWORD_METHOD = "{\"@odata.type\":\"#microsoft.graph.passwordAuthenticationMethod\","
            + "\"id\":\"28c10230-6103-485e-b985-444c60001490\",\"password\":null,\"creationDateTime\":null}";
    static final String MOBILE_METHOD = "{\"@odata.type\":\"#microsoft.graph.phoneAuthenticationMethod\","
            + "\"id\":\"3179e48a-750b-4051-897c-87b9720928f7\",\"phoneNumber\":\"+1 2065555555\",\"phoneType\":\"mobile\","
            + "\"smsSignInState\":\"notAllowedByPolicy\"}";
    static final String EMAIL_METHOD = "{\"@odata.type\":\"#microsoft.graph.emailAuthenticationMethod\","
            + "\"id\":\"3ddfcfc8-9383-446f-83cc-3ab9be4be18f\",\"emailAddress\":\"kim@fabrikam.com\"}";

    static String methods(String... items) {
        return "{\"value\":[" + String.join(",", items) + "]}";
    }

    static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"innerError\":{"
                + "\"date\":\"2025-02-13T10:17:06\",\"request-id\":\"93b6f17e-0000-0000-0000-000000000000\","
                + "\"client-request-id\":\"e70c5c1b-0000-0000-0000-000000000000\"}}}";
    }

    /**
     * One {@code directoryAudit} (resources/directoryaudit.md; the full shape of api/directoryaudit-list.md, example
     * 2): a user's change of security info by default, with the user as initiator and as the one target of type
     * {@code User}.
     */
    record AuditJson(String id, String loggedByService, String activity, Instant at, String result, String resultReason,
            String initiatorId, String initiatorUpn, String targetType, String targetId, String targetUpn) {

        /** "User registered security info", logged by Authentication Methods, as combined registration logs it. */
        static AuditJson userRegistered(String id, Instant at, String userId, String upn) {
            return new AuditJson(id, "Authentication Methods", "User registered security info", at, "success",
                    "User registered Mobile Phone SMS", userId, upn, "User", userId, upn);
        }

        AuditJson activity(String service, String name) {
            return new AuditJson(id, service, name, at, result, resultReason, initiatorId, initiatorUpn, targetType,
                    targetId, targetUpn);
        }

        AuditJson failed(String reason) {
            return new AuditJson(id, loggedByService, activity, at, "failure", reason, initiatorId, initiatorUpn,
                    targetType, targetId, targetUpn);
        }

        /** Initiated by an administrator for the target user. */
        AuditJson byAdmin(String adminId, String adminUpn) {
            return new AuditJson(id, loggedByService, activity, at, result, resultReason, adminId, adminUpn, targetType,
                    targetId, targetUpn);
        }

        /** The one target as given, a type other than {@code User} for instance. */
        AuditJson target(String type, String targetId, String targetUpn) {
            return new AuditJson(id, loggedByService, activity, at, result, resultReason, initiatorId, initiatorUpn, type,
                    targetId, targetUpn);
        }

        String json() {
            return "{\"id\":" + quote(id) + ",\"category\":\"UserManagement\","
                    + "\"correlationId\":\"b662f17a-4e4d-4e1c-9248-cdec180024b2\",\"result\":" + quote(result) + ","
                    + "\"resultReason\":" + quote(resultReason) + ",\"activityDisplayName\":" + quote(activity) + ","
                    + "\"activityDateTime\":\"" + at + "\",\"loggedByService\":" + quote(loggedByService) + ","
                    + "\"operationType\":\"Add\","
                    + "\"initiatedBy\":{\"app\":null,\"user\":{\"id\":" + quoteOrNull(initiatorId)
                    + ",\"displayName\":null,\"userPrincipalName\":" + quoteOrNull(initiatorUpn)
                    + ",\"ipAddress\":\"10.0.0.0\",\"userType\":null,\"homeTenantId\":null,\"homeTenantName\":null}},"
                    + "\"targetResources\":[{\"id\":" + quoteOrNull(targetId) + ",\"displayName\":null,"
                    + "\"type\":" + quote(targetType) + ",\"userPrincipalName\":" + quoteOrNull(targetUpn)
                    + ",\"groupType\":null,\"modifiedProperties\":[]}],"
                    + "\"additionalDetails\":[]}";
        }
    }

    /** A page of {@code GET /auditLogs/directoryAudits} (api/directoryaudit-list.md); no next link on the last. */
    static String directoryAuditsPage(List<AuditJson> audits, String nextLink) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#auditLogs/directoryAudits\","
                + (nextLink == null ? "" : "\"@odata.nextLink\":" + quote(nextLink) + ",")
                + "\"value\":[" + audits.stream().map(AuditJson::json).collect(Collectors.joining(",")) + "]}";
    }

    static String quoteOrNull(String value) {
        return value == null ? "null" : quote(value);
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
