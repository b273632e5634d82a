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
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryRole;
import com.microsoft.graph.models.EmailAuthenticationMethod;
import com.microsoft.graph.models.MicrosoftAuthenticatorAuthenticationMethod;
import com.microsoft.graph.models.PhoneAuthenticationMethod;
import com.microsoft.graph.models.SoftwareOathAuthenticationMethod;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserRegistrationDetails;

import dev.ssprpreflight.check.AssignedLicense;
import dev.ssprpreflight.check.AssignedPlan;
import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.check.ProvisioningError;
import dev.ssprpreflight.check.RegistrationFacts;
import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.check.UserFacts;

/** Translates Graph's models into the core's facts: the only place that reads SDK model getters. */
final class GraphFacts {

    /** The user's properties the checks need; everything outside the default set must be selected. */
    static final List<String> USER_SELECT = List.of("id", "userPrincipalName", "displayName", "accountEnabled",
            "userType", "onPremisesSyncEnabled", "onPremisesLastSyncDateTime", "onPremisesProvisioningErrors",
            "assignedPlans", "assignedLicenses", "mobilePhone", "businessPhones", "otherMails");

    private GraphFacts() {
    }

    static UserFacts user(User user, Collection<DirectoryObject> roles, RegistrationFacts registration) {
        return user(user, roleTemplateIds(roles), registration);
    }

    /**
     * @param roleTemplateIds the {@code roleTemplateId}s (lower case) of the directory roles the user holds,
     *        directly or through a group
     */
    static UserFacts user(User user, Set<String> roleTemplateIds, RegistrationFacts registration) {
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
                DirectoryRoles.ofTemplateIds(roleTemplateIds),
                hasPrefilledContactInfo(user),
                registration,
                Set.of(),
                Optional.empty(),
                Optional.empty());
    }

    private static Set<String> roleTemplateIds(Collection<DirectoryObject> roles) {
        Set<String> ids = new HashSet<>();
        for (DirectoryObject role : roles) {
            if (role instanceof DirectoryRole directoryRole && directoryRole.getRoleTemplateId() != null) {
                ids.add(directoryRole.getRoleTemplateId().toLowerCase(Locale.ROOT));
            }
        }
        return ids;
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
            result.add(liveMethod(method));
        }
        return result;
    }

    private static AuthMethod liveMethod(AuthenticationMethod method) {
        if (method instanceof PhoneAuthenticationMethod phone) {
            AuthenticationPhoneType type = phone.getPhoneType();
            if (type == null) {
                return AuthMethod.MOBILE_PHONE;
            }
            return switch (type) {
                case AlternateMobile -> AuthMethod.ALTERNATE_MOBILE_PHONE;
                case Office -> AuthMethod.OFFICE_PHONE;
                default -> AuthMethod.MOBILE_PHONE;
            };
        }
        if (method instanceof EmailAuthenticationMethod) {
            return AuthMethod.EMAIL;
        }
        if (method instanceof MicrosoftAuthenticatorAuthenticationMethod) {
            return AuthMethod.AUTHENTICATOR_NOTIFICATION;
        }
        if (method instanceof SoftwareOathAuthenticationMethod) {
            return AuthMethod.SOFTWARE_CODE;
        }
        String type = Objects.requireNonNullElse(method.getOdataType(), "").toLowerCase(Locale.ROOT);
        if (type.endsWith("hardwareoathauthenticationmethod")) {
            return AuthMethod.HARDWARE_CODE;
        }
        // password, FIDO2, Windows Hello, passkeys, Temporary Access Pass, platform credentials...
        return AuthMethod.NOT_FOR_RESET;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
