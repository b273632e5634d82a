package dev.ssprpreflight.directory.graph;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.microsoft.graph.models.AuthenticationMethod;
import com.microsoft.graph.models.AuthenticationMethodCollectionResponse;
import com.microsoft.graph.models.AuthenticationPhoneType;
import com.microsoft.graph.models.EmailAuthenticationMethod;
import com.microsoft.graph.models.LicenseUnitsDetail;
import com.microsoft.graph.models.MicrosoftAuthenticatorAuthenticationMethod;
import com.microsoft.graph.models.ObjectIdentity;
import com.microsoft.graph.models.PhoneAuthenticationMethod;
import com.microsoft.graph.models.SoftwareOathAuthenticationMethod;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserRegistrationDetails;

import dev.ssprpreflight.check.AssignedLicense;
import dev.ssprpreflight.check.AssignedPlan;
import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.check.ProvisioningError;
import dev.ssprpreflight.check.RegistrationFacts;
import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.check.UserFacts;

/** Translates Graph's models into the core's facts: the only place that reads SDK model getters. */
final class GraphFacts {

    /** The user's properties the checks need; everything outside the default set must be selected. */
    static final List<String> USER_SELECT = List.of("id", "userPrincipalName", "displayName", "accountEnabled",
            "userType", "onPremisesSyncEnabled", "onPremisesLastSyncDateTime", "onPremisesProvisioningErrors",
            "assignedPlans", "assignedLicenses", "mobilePhone", "businessPhones", "otherMails", "identities",
            "creationType");

    private GraphFacts() {
    }

    /**
     * @param roles the directory roles the user holds, directly or through a group, as far as they could be read
     * @param declaredGroupMemberships which of the policy's declared groups the user is a transitive member of; empty
     *        when nobody looked or the look failed
     */
    static UserFacts user(User user, DirectoryRoles roles, RegistrationFacts registration,
            Optional<Set<String>> declaredGroupMemberships) {
        boolean guest = "guest".equalsIgnoreCase(user.getUserType());
        return new UserFacts(
                Objects.requireNonNull(user.getId(), "user id"),
                Objects.requireNonNullElse(user.getUserPrincipalName(), ""),
                Objects.requireNonNullElse(user.getDisplayName(), ""),
                // Graph omits accountEnabled only when not selected; treat absence as enabled, the harmless side.
                !Boolean.FALSE.equals(user.getAccountEnabled()),
                guest ? UserFacts.UserType.GUEST : UserFacts.UserType.MEMBER,
                Optional.ofNullable(user.getOnPremisesSyncEnabled()),
                nonNull(user.getOnPremisesProvisioningErrors()).stream()
                        .map(e -> new ProvisioningError(Objects.requireNonNullElse(e.getCategory(), ""),
                                Objects.requireNonNullElse(e.getPropertyCausingError(), ""),
                                Objects.requireNonNullElse(e.getValue(), ""),
                                Optional.ofNullable(e.getOccurredDateTime()).map(OffsetDateTime::toInstant)))
                        .toList(),
                nonNull(user.getAssignedPlans()).stream()
                        .filter(p -> p.getServicePlanId() != null)
                        .map(p -> new AssignedPlan(p.getServicePlanId().toString(),
                                AssignedPlan.CapabilityStatus.fromGraph(p.getCapabilityStatus())))
                        .toList(),
                nonNull(user.getAssignedLicenses()).stream()
                        .filter(l -> l.getSkuId() != null)
                        .map(l -> new AssignedLicense(l.getSkuId().toString(),
                                Set.copyOf(nonNull(l.getDisabledPlans()).stream().map(UUID::toString).toList())))
                        .toList(),
                roles,
                hasPrefilledContactInfo(user),
                registration,
                identityIssuers(user),
                Optional.ofNullable(user.getCreationType()).filter(type -> !type.isBlank()),
                declaredGroupMemberships,
                // Not in the user object: BatchLookup adds it from the kept SSPR audit events.
                SsprLockoutFact.NOT_KNOWN);
    }

    /**
     * The {@code issuer} of each of the user's {@code identities}: the organisation's own domain for an account that
     * signs in here, {@code ExternalAzureAD}, {@code MicrosoftAccount}, {@code mail}, a social or SAML issuer for one
     * whose home is elsewhere (external-id/user-properties, "Identities").
     */
    private static Set<String> identityIssuers(User user) {
        Set<String> issuers = new HashSet<>();
        for (ObjectIdentity identity : nonNull(user.getIdentities())) {
            if (identity.getIssuer() != null && !identity.getIssuer().isBlank()) {
                issuers.add(identity.getIssuer());
            }
        }
        return issuers;
    }

    /**
     * One entry of {@code GET /subscribedSkus}; empty when it has no {@code skuId}. The units that still work are
     * {@code prepaidUnits.enabled} plus {@code prepaidUnits.warning} (the grace period); suspended and locked-out
     * units do not.
     */
    static Optional<dev.ssprpreflight.check.SubscribedSku> subscribedSku(SubscribedSku sku) {
        if (sku.getSkuId() == null) {
            return Optional.empty();
        }
        LicenseUnitsDetail units = sku.getPrepaidUnits();
        long enabledUnits = units == null ? 0
                : (long) Objects.requireNonNullElse(units.getEnabled(), 0)
                        + Objects.requireNonNullElse(units.getWarning(), 0);
        List<dev.ssprpreflight.check.SubscribedSku.ServicePlan> plans = nonNull(sku.getServicePlans()).stream()
                .filter(plan -> plan.getServicePlanId() != null)
                .map(plan -> new dev.ssprpreflight.check.SubscribedSku.ServicePlan(plan.getServicePlanId().toString(),
                        plan.getProvisioningStatus()))
                .toList();
        return Optional.of(new dev.ssprpreflight.check.SubscribedSku(sku.getSkuId().toString(),
                Objects.requireNonNullElse(sku.getSkuPartNumber(), ""),
                AssignedPlan.CapabilityStatus.fromGraph(sku.getCapabilityStatus()), enabledUnits, plans));
    }

    /** Contact data an admin filled in; SSPR uses it without the user registering anything. */
    private static boolean hasPrefilledContactInfo(User user) {
        return notBlank(user.getMobilePhone())
                || nonNull(user.getBusinessPhones()).stream().anyMatch(GraphFacts::notBlank)
                || nonNull(user.getOtherMails()).stream().anyMatch(GraphFacts::notBlank);
    }

    static RegistrationReport report(UserRegistrationDetails row) {
        Set<AuthMethod> methods = new HashSet<>();
        for (String name : nonNull(row.getMethodsRegistered())) {
            methods.add(AuthMethod.fromReportName(name));
        }
        return new RegistrationReport(
                Boolean.TRUE.equals(row.getIsSsprEnabled()),
                Boolean.TRUE.equals(row.getIsSsprRegistered()),
                methods,
                Optional.ofNullable(row.getLastUpdatedDateTime()).map(OffsetDateTime::toInstant)
                        .orElse(java.time.Instant.EPOCH),
                Boolean.TRUE.equals(row.getIsAdmin()));
    }

    /** Maps the live list. Security questions never appear here: Graph v1.0 does not expose them. */
    static Set<AuthMethod> liveMethods(AuthenticationMethodCollectionResponse response) {
        return liveMethods(nonNull(response.getValue()));
    }

    private static Set<AuthMethod> liveMethods(Collection<AuthenticationMethod> methods) {
        Set<AuthMethod> result = new HashSet<>();
        for (AuthenticationMethod method : methods) {
            result.addAll(liveMethod(method));
        }
        return result;
    }

    /**
     * The SSPR methods one registered method offers.
     * <p>
     * The Microsoft Authenticator app offers both the "mobile app notification" and the "mobile app code"
     * (concept-sspr-howitworks lists them as two SSPR methods), so it maps to both, and one registration counts as two
     * methods here. That is deliberately lenient. The same page, "Mobile app and SSPR", says that before the
     * migration to the Authentication methods policy a policy requiring one method offers only the code, and one
     * requiring two lets users "use notification OR verification code in addition to any other enabled methods"; the
     * administrator policy speaks of "two pieces of authentication data, such as an email address, authenticator app,
     * or a phone number" (concept-sspr-policy). So an app-only user where two methods are required may be let through
     * here and refused at the portal: a missed block. Mapping to one of the two instead would block app users
     * wherever the declared policy ({@code sspr.policy.methods}) offers only the other: a false block, which is worse.
     */
    private static Set<AuthMethod> liveMethod(AuthenticationMethod method) {
        if (method instanceof PhoneAuthenticationMethod phone) {
            AuthenticationPhoneType type = phone.getPhoneType();
            if (type == null) {
                return Set.of(AuthMethod.MOBILE_PHONE);
            }
            return switch (type) {
                // Never a reset gate; the core knows (concept-authentication-phone-options).
                case AlternateMobile -> Set.of(AuthMethod.ALTERNATE_MOBILE_PHONE);
                case Office -> Set.of(AuthMethod.OFFICE_PHONE);
                default -> Set.of(AuthMethod.MOBILE_PHONE);
            };
        }
        if (method instanceof EmailAuthenticationMethod) {
            return Set.of(AuthMethod.EMAIL);
        }
        if (method instanceof MicrosoftAuthenticatorAuthenticationMethod) {
            return Set.of(AuthMethod.AUTHENTICATOR_NOTIFICATION, AuthMethod.SOFTWARE_CODE);
        }
        if (method instanceof SoftwareOathAuthenticationMethod) {
            return Set.of(AuthMethod.SOFTWARE_CODE);
        }
        String type = Objects.requireNonNullElse(method.getOdataType(), "").toLowerCase(Locale.ROOT);
        if (type.endsWith("hardwareoathauthenticationmethod")) {
            return Set.of(AuthMethod.HARDWARE_CODE);
        }
        // password, FIDO2, Windows Hello, passkeys, Temporary Access Pass, platform credentials...
        return Set.of(AuthMethod.NOT_FOR_RESET);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
