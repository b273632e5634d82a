package dev.ssprpreflight.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.ssprpreflight.check.AssignedLicense;
import dev.ssprpreflight.check.AssignedPlan;
import dev.ssprpreflight.check.AssignedPlan.CapabilityStatus;
import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.check.RegistrationActivity;
import dev.ssprpreflight.check.RegistrationFacts;
import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.check.SsprLockout;
import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.SubscribedSku;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;
import dev.ssprpreflight.check.UserFacts.UserType;

/**
 * One user and organisation with every fact the attempt log keeps set to something recognisable: a synced Helpdesk
 * Administrator (by template id) who also holds a name-only two-gate role and one role Graph did not let us read,
 * a member of the declared protected-account group, in an organisation with a custom domain, sync, a P2 subscription
 * and a suspended Business Standard, under a declared two-method policy. The audit log shows no registration of the
 * user's since their report row.
 */
public final class SampleFacts {

    public static final Instant AT = Instant.parse("2026-11-05T21:04:09Z");
    public static final String HELPDESK_ADMINISTRATOR = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
    public static final String GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
    public static final String PROTECTED_GROUP = "0a0a0a0a-1111-4222-8333-444444444444";
    public static final String SSPR_GROUP = "5b5b5b5b-1111-4222-8333-444444444444";
    static final String P2_PLAN = "eec0eb4f-6444-4f95-aba0-50c24d67f998";
    static final String EXCHANGE_PLAN = "9aaf7827-d63c-4b61-89c3-182f06f82e5c";

    /** A row as the attempt log wrote it before issue 12: no version, none of the fields added since. */
    public static final String VERSION_0_ROW = """
            {"user":{"displayName":"Lee Gu","userPrincipalName":"lee.gu@contoso.example","accountEnabled":true,\
            "userType":"MEMBER","syncedFromOnPremises":true,\
            "provisioningErrors":["PropertyConflict: UserPrincipalName = lee.gu@contoso.example"],\
            "assignedPlans":[],"licences":[],"adminRoles":["Global Administrator"],"otherRoleTemplateIds":[],\
            "prefilledContactInfo":false,"report":{"ssprEnabled":true,"ssprRegistered":false,"methods":["MOBILE_PHONE"],\
            "updatedAt":"2026-10-01T08:00:00Z"},"liveMethods":null},\
            "tenant":{"tenantId":"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee","displayName":"Contoso",\
            "lastSyncAt":"2026-10-01T07:30:00Z","federatedDomains":[],"allowedToUseSspr":true,\
            "passwordWritebackEnabled":null}}""";

    /**
     * The sample's facts as the attempt log wrote them at version 2, before the audit log's registration activity was
     * kept: the same user and organisation, without {@code registrationActivity} and {@code ssprBlockedAt}.
     */
    public static final String VERSION_2_ROW = """
            {"version":2,"user":\
            {"displayName":"Megan Bowen","userPrincipalName":"megan@contoso.com","accountEnabled":true,\
            "userType":"MEMBER","syncedFromOnPremises":true,"provisioningErrors":[],\
            "assignedPlans":["eec0eb4f-6444-4f95-aba0-50c24d67f998 (ENABLED)"],\
            "licences":["06ebc4ee-1bb5-47dd-8120-11324bc54e06"],\
            "adminRoles":["Helpdesk Administrator","Mailbox Administrator"],\
            "otherRoleTemplateIds":["f2ef992c-3afb-46b9-b7cf-a126ee74c451"],"prefilledContactInfo":false,\
            "report":{"ssprEnabled":true,"ssprRegistered":true,"methods":["MOBILE_PHONE"],\
            "updatedAt":"2026-11-05T19:04:09Z","admin":false},"liveMethods":null,\
            "roleNames":["Global Reader","Helpdesk Administrator","Mailbox Administrator"],"unreadableRoles":1,\
            "identityIssuers":["contoso.com"],"creationType":"LocalAccount",\
            "declaredGroupMemberships":["0a0a0a0a-1111-4222-8333-444444444444"]},\
            "tenant":{"tenantId":"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee","displayName":"Contoso",\
            "lastSyncAt":"2026-11-05T20:44:09Z","federatedDomains":[],"allowedToUseSspr":true,\
            "passwordWritebackEnabled":true,"customDomain":true,"directorySyncEnabled":true,\
            "subscriptions":[{"skuPartNumber":"SPE_E5","skuId":"06ebc4ee-1bb5-47dd-8120-11324bc54e06",\
            "status":"ENABLED","enabledUnits":250,"inForce":true,"entraIdPremium":true},\
            {"skuPartNumber":"O365_BUSINESS_PREMIUM","skuId":"f245ecc8-75af-4f8e-b61f-27d8114de5f3",\
            "status":"SUSPENDED","enabledUnits":10,"inForce":false,"entraIdPremium":false}],\
            "policy":{"methodsRequired":2,"methods":["MOBILE_PHONE","EMAIL"],\
            "enabledGroupId":"5b5b5b5b-1111-4222-8333-444444444444",\
            "protectedAccountGroupIds":["0a0a0a0a-1111-4222-8333-444444444444"]}}}""";

    /**
     * The sample's facts as the attempt log wrote them at version 3, before Microsoft's SSPR block was kept: with the
     * audit log's registration activity, without {@code ssprBlockedAt}.
     */
    public static final String VERSION_3_ROW = """
            {"version":3,"user":\
            {"displayName":"Megan Bowen","userPrincipalName":"megan@contoso.com","accountEnabled":true,\
            "userType":"MEMBER","syncedFromOnPremises":true,"provisioningErrors":[],\
            "assignedPlans":["eec0eb4f-6444-4f95-aba0-50c24d67f998 (ENABLED)"],\
            "licences":["06ebc4ee-1bb5-47dd-8120-11324bc54e06"],\
            "adminRoles":["Helpdesk Administrator","Mailbox Administrator"],\
            "otherRoleTemplateIds":["f2ef992c-3afb-46b9-b7cf-a126ee74c451"],"prefilledContactInfo":false,\
            "report":{"ssprEnabled":true,"ssprRegistered":true,"methods":["MOBILE_PHONE"],\
            "updatedAt":"2026-11-05T19:04:09Z","admin":false},"liveMethods":null,\
            "roleNames":["Global Reader","Helpdesk Administrator","Mailbox Administrator"],"unreadableRoles":1,\
            "identityIssuers":["contoso.com"],"creationType":"LocalAccount",\
            "declaredGroupMemberships":["0a0a0a0a-1111-4222-8333-444444444444"],\
            "registrationActivity":"NONE_SINCE_REPORT"},\
            "tenant":{"tenantId":"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee","displayName":"Contoso",\
            "lastSyncAt":"2026-11-05T20:44:09Z","federatedDomains":[],"allowedToUseSspr":true,\
            "passwordWritebackEnabled":true,"customDomain":true,"directorySyncEnabled":true,\
            "subscriptions":[{"skuPartNumber":"SPE_E5","skuId":"06ebc4ee-1bb5-47dd-8120-11324bc54e06",\
            "status":"ENABLED","enabledUnits":250,"inForce":true,"entraIdPremium":true},\
            {"skuPartNumber":"O365_BUSINESS_PREMIUM","skuId":"f245ecc8-75af-4f8e-b61f-27d8114de5f3",\
            "status":"SUSPENDED","enabledUnits":10,"inForce":false,"entraIdPremium":false}],\
            "policy":{"methodsRequired":2,"methods":["MOBILE_PHONE","EMAIL"],\
            "enabledGroupId":"5b5b5b5b-1111-4222-8333-444444444444",\
            "protectedAccountGroupIds":["0a0a0a0a-1111-4222-8333-444444444444"]}}}""";

    private SampleFacts() {
    }

    public static UserFacts user() {
        RegistrationReport report = new RegistrationReport(true, true, EnumSet.of(AuthMethod.MOBILE_PHONE),
                AT.minus(Duration.ofHours(2)), false);
        return new UserFacts("11111111-2222-4333-8444-555555555555", "megan@contoso.com", "Megan Bowen", true,
                UserType.MEMBER, Optional.of(true), List.of(),
                List.of(new AssignedPlan(P2_PLAN, CapabilityStatus.ENABLED)),
                List.of(new AssignedLicense("06ebc4ee-1bb5-47dd-8120-11324bc54e06", Set.of())),
                new DirectoryRoles(Set.of(HELPDESK_ADMINISTRATOR, GLOBAL_READER),
                        Set.of("Helpdesk Administrator", "Global Reader", "Mailbox Administrator"), 1),
                false, RegistrationFacts.fromReport(report).withActivity(RegistrationActivity.NONE_SINCE_REPORT),
                Set.of("contoso.com"), Optional.of("LocalAccount"),
                Optional.of(Set.of(PROTECTED_GROUP)), SsprLockoutFact.NONE);
    }

    /** The sample user, whom Microsoft blocked from self-service password reset at {@code blockedAt}. */
    public static UserFacts userBlockedAt(Instant blockedAt) {
        return user().withSsprLockout(SsprLockoutFact.blocked(new SsprLockout(blockedAt)));
    }

    public static TenantFacts tenant() {
        List<SubscribedSku> subscriptions = List.of(
                new SubscribedSku("06ebc4ee-1bb5-47dd-8120-11324bc54e06", "SPE_E5", CapabilityStatus.ENABLED, 250,
                        List.of(new SubscribedSku.ServicePlan(P2_PLAN, "Success"))),
                new SubscribedSku("f245ecc8-75af-4f8e-b61f-27d8114de5f3", "O365_BUSINESS_PREMIUM",
                        CapabilityStatus.SUSPENDED, 10, List.of(new SubscribedSku.ServicePlan(EXCHANGE_PLAN, "Success"))));
        SsprPolicy policy = new SsprPolicy(2, EnumSet.of(AuthMethod.MOBILE_PHONE, AuthMethod.EMAIL),
                Optional.of(SSPR_GROUP), Set.of(PROTECTED_GROUP));
        return new TenantFacts("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", "Contoso", Optional.of(AT.minus(Duration.ofMinutes(20))),
                Set.of(), true, Optional.of(true), Set.of("contoso.onmicrosoft.com", "contoso.com"), true,
                Optional.of(subscriptions), policy);
    }
}
