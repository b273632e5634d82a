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
 * Test data for the checks. {@link #ready()} describes a cloud-only member for whom reset works, in
 * an organisation that syncs, has writeback on and synced half an hour ago; each test changes only
 * what it is about.
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
    private boolean prefilledContactInfo;
    private Optional<RegistrationReport> report = Optional
            .of(report(true, true, EnumSet.of(AuthMethod.MOBILE_PHONE, AuthMethod.EMAIL)));
    private Optional<Set<AuthMethod>> liveMethods = Optional.empty();

    private Optional<Instant> lastSyncAt = Optional.of(NOW.minus(Duration.ofMinutes(30)));
    private boolean allowedToUseSspr = true;
    private Optional<Boolean> passwordWriteback = Optional.of(true);

    private Duration syncStaleAfter = CheckSettings.DEFAULT_SYNC_STALE_AFTER;
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
        return new RegistrationReport(ssprEnabled, ssprRegistered, methods, NOW.minus(Duration.ofHours(2)));
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

    Facts guest() {
        userType = UserType.GUEST;
        return userPrincipalName("adele_adatum.com#EXT#@contoso.com");
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

    Facts liveMethods(String methodNames) {
        liveMethods = Optional.of(methods(methodNames));
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
                userType, onPremisesSyncEnabled, provisioningErrors, plans, licenses, roles, prefilledContactInfo,
                new RegistrationFacts(report, liveMethods));
    }

    TenantFacts tenant() {
        return new TenantFacts("72f988bf-86f1-41af-91ab-2d7cd011db47", "Contoso", lastSyncAt,
                Set.of(FEDERATED_DOMAIN), allowedToUseSspr, passwordWriteback);
    }

    CheckSettings settings() {
        return new CheckSettings(syncStaleAfter, cloudQualifyingSkus);
    }

    CheckContext context() {
        return new CheckContext(user(), tenant(), settings(), NOW);
    }
}
