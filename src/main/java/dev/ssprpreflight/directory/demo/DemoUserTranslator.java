package dev.ssprpreflight.directory.demo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ssprpreflight.check.AdminRoles;
import dev.ssprpreflight.check.AssignedLicense;
import dev.ssprpreflight.check.AssignedPlan;
import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.check.ProvisioningError;
import dev.ssprpreflight.check.RegistrationFacts;
import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.check.UserFacts;
import dev.ssprpreflight.directory.demo.DemoTenantFile.User;

/**
 * Turns a user of the demo file into the core's {@link UserFacts}, resolving "how long ago" against the
 * time of the check. Being strict, it also validates the entries: the loader translates every entry once
 * at startup, so that a typo stops the application instead of silently changing a verdict.
 */
final class DemoUserTranslator {

    /** Graph's {@code signInType} values of an identity that the demo knows. */
    private static final Set<String> SIGN_IN_TYPES = Set.of("userPrincipalName", "emailAddress", "userName",
            "federated");
    /** Graph's {@code creationType} values; left out for an ordinary account. */
    private static final Set<String> CREATION_TYPES = Set.of("Invitation", "LocalAccount", "EmailVerified",
            "SelfServiceSignUp");

    private DemoUserTranslator() {
    }

    /**
     * @param declaredGroupMemberships which of the organisation's declared groups the user belongs to; empty when
     *        its policy declares none, as the Graph adapter then does not look
     * @param lockout the user's block in the demo's SSPR history, judged as the Graph adapter judges the kept audit
     *        events
     */
    static UserFacts userFacts(User user, String objectId, Optional<Set<String>> declaredGroupMemberships,
            SsprLockoutFact lockout, Instant now) {
        return new UserFacts(
                objectId,
                user.upn(),
                user.name(),
                orDefault(user.accountEnabled(), true),
                orDefault(user.userType(), UserFacts.UserType.MEMBER),
                Optional.ofNullable(user.onPremisesSyncEnabled()),
                listOf(user.provisioningErrors()).stream().map(error -> provisioningError(error, now)).toList(),
                listOf(user.assignedPlans()).stream().map(DemoUserTranslator::assignedPlan).toList(),
                listOf(user.assignedLicenses()).stream().map(DemoUserTranslator::assignedLicense).toList(),
                roles(listOf(user.roles())),
                orDefault(user.prefilledContactInfo(), false),
                Optional.ofNullable(user.report()).map(report -> RegistrationFacts.fromReport(report(user, now)))
                        .orElseGet(RegistrationFacts::unknown),
                listOf(user.identities()).stream().map(DemoUserTranslator::issuer).collect(Collectors.toSet()),
                Optional.ofNullable(user.creationType())
                        .map(type -> DemoFields.oneOf(type, CREATION_TYPES, "creationType")),
                declaredGroupMemberships,
                lockout);
    }

    /**
     * What a live look at the user's methods finds: the file's {@code liveMethods}, else the report's
     * methods, which the live look cannot tell apart from the report except for security questions
     * (Graph does not expose them). Empty when the live look declines.
     */
    static Optional<Set<AuthMethod>> liveMethods(User user) {
        if (!orDefault(user.liveLookAvailable(), true)) {
            return Optional.empty();
        }
        if (user.liveMethods() != null) {
            return Optional.of(DemoFields.methods(user.liveMethods()));
        }
        List<String> reportMethods = user.report() == null ? List.of() : user.report().methods();
        return Optional.of(DemoFields.methods(reportMethods).stream()
                .filter(method -> method != AuthMethod.SECURITY_QUESTIONS).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Roles by {@code roleTemplateId}, or by display name for the two-gate roles Microsoft publishes no template
     * id for; any other name is a typo.
     */
    private static DirectoryRoles roles(List<String> entries) {
        Set<String> templateIds = entries.stream().filter(DemoFields::isGuid).collect(Collectors.toSet());
        Set<String> names = entries.stream().filter(entry -> !DemoFields.isGuid(entry)).collect(Collectors.toSet());
        for (String name : names) {
            if (!AdminRoles.TWO_GATE_BY_NAME_ONLY.contains(name.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("roles: '" + name + "' is neither a role template id nor one of"
                        + " the roles without a published id " + AdminRoles.TWO_GATE_BY_NAME_ONLY.stream().sorted().toList());
            }
        }
        return new DirectoryRoles(templateIds, names, 0);
    }

    /** The report's {@code isAdmin}: as the file says, else whether the user holds any role (Global Reader too). */
    private static RegistrationReport report(User user, Instant now) {
        DemoTenantFile.Report report = user.report();
        boolean admin = orDefault(report.admin(), !listOf(user.roles()).isEmpty());
        return new RegistrationReport(report.ssprEnabled(), report.registered(), DemoFields.methods(report.methods()),
                DemoFields.before(now, report.updatedAgo(), "updatedAgo"), admin);
    }

    private static String issuer(DemoTenantFile.Identity identity) {
        DemoFields.oneOf(identity.signInType(), SIGN_IN_TYPES, "identities.signInType");
        return identity.issuer();
    }

    private static ProvisioningError provisioningError(DemoTenantFile.ProvisioningError error, Instant now) {
        return new ProvisioningError(error.category(), error.propertyCausingError(), error.value(),
                Optional.ofNullable(error.occurredAgo()).map(ago -> DemoFields.before(now, ago, "occurredAgo")));
    }

    private static AssignedPlan assignedPlan(DemoTenantFile.Plan plan) {
        return new AssignedPlan(DemoFields.guid(plan.servicePlanId(), "servicePlanId"),
                DemoFields.capabilityStatus(plan.capabilityStatus()));
    }

    private static AssignedLicense assignedLicense(DemoTenantFile.Licence licence) {
        return new AssignedLicense(DemoFields.guid(licence.skuId(), "skuId"),
                DemoFields.guids(licence.disabledPlans(), "disabledPlans"));
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
