package dev.ssprpreflight.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ssprpreflight.check.AssignedPlan.CapabilityStatus;
import dev.ssprpreflight.check.UserFacts.UserType;

/**
 * Test data for the checks. {@link #ready()} describes a cloud-only member with a local identity and an
 * Entra ID P1 plan, for whom reset works, in an organisation with a custom domain and a P1 subscription that
 * syncs, has writeback on and synced half an hour ago, under Microsoft's default policy (one method, every
 * method offered); each test changes only what it is about.
 */
final class Facts {

    static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");

    static final String P1_PLAN = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";
    static final String P2_PLAN = "eec0eb4f-6444-4f95-aba0-50c24d67f998";
    /** EXCHANGE_S_STANDARD: a paid plan that says nothing about Entra ID P1/P2. */
    static final String EXCHANGE_PLAN = "9aaf7827-d63c-4b61-89c3-182f06f82e5c";
    static final String P1_SKU = "078d2b04-f1bd-4111-bbd4-b4b1b354cef4";
    static final String M365_E3_SKU = "05e9a617-0261-4cee-bb44-138d3ef5d965";
    static final String BUSINESS_STANDARD_SKU = "f245ecc8-75af-4f8e-b61f-27d8114de5f3";

    static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
    static final String HELPDESK_ADMINISTRATOR = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
    static final String GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

    static final String FEDERATED_DOMAIN = "fabrikam.com";

    private String userPrincipalName = "adele@contoso.com";
    private boolean accountEnabled = true;
    private UserType userType = UserType.MEMBER;
    private Optional<Boolean> onPremisesSyncEnabled = Optional.empty();
    private List<ProvisioningError> provisioningErrors = List.of();
    private List<AssignedPlan> plans = List.of(new AssignedPlan(P1_PLAN, CapabilityStatus.ENABLED));
    private List<AssignedLicense> licenses = List.of(license(P1_SKU));
    private Set<String> roles = Set.of();
    private Set<String> roleNames = Set.of();
    private int unreadableRoles;
    private Set<String> identityIssuers = Set.of("contoso.onmicrosoft.com");
    private Optional<String> creationType = Optional.empty();
    private Optional<Set<String>> groupMemberships = Optional.empty();
    private boolean prefilledContactInfo;
    private Optional<RegistrationReport> report = Optional
            .of(report(true, true, EnumSet.of(AuthMethod.MOBILE_PHONE, AuthMethod.EMAIL)));
    private Optional<Set<AuthMethod>> liveMethods = Optional.empty();
    private RegistrationActivity activity = RegistrationActivity.UNKNOWN;
    private SsprLockoutFact ssprLockout = SsprLockoutFact.NONE;

    private Optional<Instant> lastSyncAt = Optional.of(NOW.minus(Duration.ofMinutes(30)));
    private boolean allowedToUseSspr = true;
    private Optional<Boolean> passwordWriteback = Optional.of(true);
    private Set<String> verifiedDomains = Set.of("contoso.onmicrosoft.com", "contoso.com", FEDERATED_DOMAIN);
    private boolean directorySyncEnabled = true;
    private Optional<List<SubscribedSku>> subscriptions = Optional.of(List.of(sku(P1_SKU, "Enabled", 25, P1_PLAN)));
    private int methodsRequired = 1;
    private Set<AuthMethod> enabledMethods = SsprPolicy.everyResetMethod();
    private Optional<String> enabledGroup = Optional.empty();
    private Set<String> protectedGroups = Set.of();

    private Duration syncStaleAfter = CheckSettings.DEFAULT_SYNC_STALE_AFTER;
    private Duration syncLateAfter = CheckSettings.DEFAULT_SYNC_LATE_AFTER;
    private Set<String> cloudQualifyingSkus = Set.of();

    private Facts() {
    }

    static Facts ready() {
        return new Facts();
    }

    /** Space-separated {@link AuthMethod} names; blank for none. */
    static Set<AuthMethod> methods(String names) {
        if (names == null || names.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(names.trim().split("\\s+")).map(AuthMethod::valueOf).collect(Collectors.toSet());
    }

    static AssignedLicense license(String skuId, String... disabledPlans) {
        return new AssignedLicense(skuId, Set.of(disabledPlans));
    }

    static AssignedPlan plan(String servicePlanId, String graphCapabilityStatus) {
        return new AssignedPlan(servicePlanId, CapabilityStatus.fromGraph(graphCapabilityStatus));
    }

    private static RegistrationReport report(boolean ssprEnabled, boolean ssprRegistered, Set<AuthMethod> methods) {
        return new RegistrationReport(ssprEnabled, ssprRegistered, methods, NOW.minus(Duration.ofHours(2)), false);
    }

    /** A subscription with its capability status as Graph spells it, its enabled units and its plans (all provisioned). */
    static SubscribedSku sku(String skuId, String capabilityStatus, long enabledUnits, String... servicePlanIds) {
        return new SubscribedSku(skuId, "TEST_SKU", CapabilityStatus.fromGraph(capabilityStatus), enabledUnits,
                Arrays.stream(servicePlanIds).map(id -> new SubscribedSku.ServicePlan(id, "Success")).toList());
    }

    Facts synced() {
        return onPremisesSyncEnabled(Optional.of(true));
    }

    Facts onPremisesSyncEnabled(Optional<Boolean> value) {
        onPremisesSyncEnabled = value;
        return this;
    }

    Facts userPrincipalName(String value) {
        userPrincipalName = value;
        return this;
    }

    Facts inFederatedDomain() {
        return userPrincipalName("adele@" + FEDERATED_DOMAIN);
    }

    Facts disabled() {
        accountEnabled = false;
        return this;
    }

    /** A B2B guest: invited, signing in with an account of another organisation. */
    Facts guest() {
        userType = UserType.GUEST;
        creationType = Optional.of("Invitation");
        identityIssuers = Set.of("ExternalAzureAD");
        return userPrincipalName("adele_adatum.com#EXT#@contoso.com");
    }

    Facts userType(UserType value) {
        userType = value;
        return this;
    }

    Facts identityIssuers(String... issuers) {
        identityIssuers = Set.of(issuers);
        return this;
    }

    Facts creationType(String value) {
        creationType = Optional.ofNullable(value);
        return this;
    }

    Facts memberOf(String... groupIds) {
        groupMemberships = Optional.of(Set.of(groupIds));
        return this;
    }

    Facts membershipsUnknown() {
        groupMemberships = Optional.empty();
        return this;
    }

    Facts roleNames(String... names) {
        roleNames = Set.of(names);
        return this;
    }

    Facts unreadableRoles(int count) {
        unreadableRoles = count;
        return this;
    }

    Facts verifiedDomains(String... domains) {
        verifiedDomains = Set.of(domains);
        return this;
    }

    Facts directorySyncEnabled(boolean value) {
        directorySyncEnabled = value;
        return this;
    }

    /** An organisation with only Microsoft's own domains and no sync: admins need one method. */
    Facts cloudOnlyTenantWithoutCustomDomain() {
        return verifiedDomains("contoso.onmicrosoft.com").directorySyncEnabled(false).neverSynced()
                .userPrincipalName("adele@contoso.onmicrosoft.com");
    }

    Facts subscriptions(SubscribedSku... value) {
        subscriptions = Optional.of(List.of(value));
        return this;
    }

    Facts subscriptionsUnknown() {
        subscriptions = Optional.empty();
        return this;
    }

    Facts methodsRequired(int value) {
        methodsRequired = value;
        return this;
    }

    Facts enabledMethods(String names) {
        enabledMethods = methods(names);
        return this;
    }

    Facts enabledGroup(String groupId) {
        enabledGroup = Optional.of(groupId);
        return this;
    }

    Facts protectedGroups(String... groupIds) {
        protectedGroups = Set.of(groupIds);
        return this;
    }

    Facts syncLateAfter(Duration value) {
        syncLateAfter = value;
        return this;
    }

    Facts withProvisioningError() {
        provisioningErrors = List.of(new ProvisioningError("PropertyConflict", "ProxyAddress",
                "smtp:adele@contoso.com", Optional.of(NOW.minus(Duration.ofDays(1)))));
        return this;
    }

    Facts plans(AssignedPlan... value) {
        plans = List.of(value);
        return this;
    }

    Facts licenses(AssignedLicense... value) {
        licenses = List.of(value);
        return this;
    }

    Facts roles(String... roleTemplateIds) {
        roles = Set.of(roleTemplateIds);
        return this;
    }

    Facts admin() {
        return roles(GLOBAL_ADMINISTRATOR);
    }

    Facts prefilledContactInfo() {
        prefilledContactInfo = true;
        return this;
    }

    Facts report(boolean ssprEnabled, boolean ssprRegistered, String methodNames) {
        report = Optional.of(report(ssprEnabled, ssprRegistered, methods(methodNames)));
        return this;
    }

    Facts reportSaysNotRegistered() {
        return report(true, false, "");
    }

    Facts noReport() {
        report = Optional.empty();
        return this;
    }

    /** What the audit feed says about the user's registrations since the report row. */
    Facts activity(RegistrationActivity activity) {
        this.activity = activity;
        return this;
    }

    Facts liveMethods(String methodNames) {
        liveMethods = Optional.of(methods(methodNames));
        return this;
    }

    /** Entra's audit log recorded "Blocked from self-service password reset" for the user this long before {@link #NOW}. */
    Facts ssprBlockedAgo(Duration age) {
        ssprLockout = SsprLockoutFact.blocked(new SsprLockout(NOW.minus(age)));
        return this;
    }

    Facts lastSyncAgo(Duration age) {
        lastSyncAt = Optional.of(NOW.minus(age));
        return this;
    }

    Facts neverSynced() {
        lastSyncAt = Optional.empty();
        return this;
    }

    Facts adminSsprDisallowed() {
        allowedToUseSspr = false;
        return this;
    }

    Facts passwordWriteback(Optional<Boolean> declared) {
        passwordWriteback = declared;
        return this;
    }

    Facts writebackOff() {
        return passwordWriteback(Optional.of(false));
    }

    Facts syncStaleAfter(Duration value) {
        syncStaleAfter = value;
        return this;
    }

    Facts cloudQualifyingSkus(String... skuIds) {
        cloudQualifyingSkus = Set.of(skuIds);
        return this;
    }

    UserFacts user() {
        return new UserFacts("87d349ed-44d7-43e1-9a83-5f2406dee5bd", userPrincipalName, "Adele Vance", accountEnabled,
                userType, onPremisesSyncEnabled, provisioningErrors, plans, licenses,
                new DirectoryRoles(roles, roleNames, unreadableRoles), prefilledContactInfo,
                new RegistrationFacts(report, liveMethods, activity), identityIssuers, creationType, groupMemberships,
                ssprLockout);
    }

    TenantFacts tenant() {
        return new TenantFacts("72f988bf-86f1-41af-91ab-2d7cd011db47", "Contoso", lastSyncAt,
                Set.of(FEDERATED_DOMAIN), allowedToUseSspr, passwordWriteback, verifiedDomains, directorySyncEnabled,
                subscriptions, new SsprPolicy(methodsRequired, enabledMethods, enabledGroup, protectedGroups));
    }

    CheckSettings settings() {
        return new CheckSettings(syncStaleAfter, syncLateAfter, cloudQualifyingSkus);
    }

    CheckContext context() {
        return new CheckContext(user(), tenant(), settings(), NOW);
    }
}
