package dev.ssprpreflight.directory.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.ssprpreflight.check.AssignedLicense;
import dev.ssprpreflight.check.AssignedPlan;
import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.check.ProvisioningError;
import dev.ssprpreflight.check.RegistrationFacts;
import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;

/**
 * Turns entries of the demo file into the core's facts, resolving "how long ago" against the time
 * of the check. Being strict, it also validates the entries: the loader translates every entry once
 * at startup, so that a typo stops the application instead of silently changing a verdict.
 */
final class DemoFactsTranslator {

    private static final Pattern GUID = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

    /**
     * {@code methodsRegistered} values that cannot answer a reset. {@link AuthMethod#fromReportName}
     * maps every unknown name to "not for reset" too; naming these lets the demo reject typos.
     */
    private static final Set<String> SIGN_IN_ONLY_METHODS = Set.of("fido2", "passkeydevicebound",
            "windowshelloforbusiness", "temporaryaccesspass", "microsoftauthenticatorpasswordless");

    private DemoFactsTranslator() {
    }

    static TenantFacts tenantFacts(DemoTenantFile.Organisation organisation, Instant now) {
        return new TenantFacts(
                nameBasedId("tenant", organisation.name()),
                organisation.name(),
                Optional.ofNullable(organisation.lastSyncAgo()).map(ago -> before(now, ago, "lastSyncAgo")),
                Set.copyOf(organisation.federatedDomains()),
                organisation.allowedToUseSspr(),
                Optional.ofNullable(organisation.passwordWritebackEnabled()),
                Set.copyOf(organisation.domains()),
                organisation.lastSyncAgo() != null,
                Optional.empty(),
                SsprPolicy.defaults());
    }

    static UserFacts userFacts(DemoTenantFile.User user, String objectId, Instant now) {
        return new UserFacts(
                objectId,
                user.upn(),
                user.name(),
                orDefault(user.accountEnabled(), true),
                orDefault(user.userType(), UserFacts.UserType.MEMBER),
                Optional.ofNullable(user.onPremisesSyncEnabled()),
                listOf(user.provisioningErrors()).stream().map(error -> provisioningError(error, now)).toList(),
                listOf(user.assignedPlans()).stream().map(DemoFactsTranslator::assignedPlan).toList(),
                listOf(user.assignedLicenses()).stream().map(DemoFactsTranslator::assignedLicense).toList(),
                DirectoryRoles.ofTemplateIds(guids(listOf(user.roles()), "roles")),
                orDefault(user.prefilledContactInfo(), false),
                Optional.ofNullable(user.report()).map(report -> RegistrationFacts.fromReport(report(report, now)))
                        .orElseGet(RegistrationFacts::unknown),
                Set.of(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * What a live look at the user's methods finds: the file's {@code liveMethods}, else the report's
     * methods, which the live look cannot tell apart from the report except for security questions
     * (Graph does not expose them). Empty when the live look declines.
     */
    static Optional<Set<AuthMethod>> liveMethods(DemoTenantFile.User user) {
        if (!orDefault(user.liveLookAvailable(), true)) {
            return Optional.empty();
        }
        if (user.liveMethods() != null) {
            return Optional.of(methods(user.liveMethods()));
        }
        List<String> reportMethods = user.report() == null ? List.of() : user.report().methods();
        return Optional.of(methods(reportMethods).stream().filter(method -> method != AuthMethod.SECURITY_QUESTIONS)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** A stable GUID derived from a name, so that ids survive restarts without cluttering the file. */
    static String nameBasedId(String kind, String name) {
        return UUID.nameUUIDFromBytes(("demo-" + kind + ":" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static RegistrationReport report(DemoTenantFile.Report report, Instant now) {
        return new RegistrationReport(report.ssprEnabled(), report.registered(), methods(report.methods()),
                before(now, report.updatedAgo(), "updatedAgo"), false);
    }

    private static ProvisioningError provisioningError(DemoTenantFile.ProvisioningError error, Instant now) {
        return new ProvisioningError(error.category(), error.propertyCausingError(), error.value(),
                Optional.ofNullable(error.occurredAgo()).map(ago -> before(now, ago, "occurredAgo")));
    }

    private static AssignedPlan assignedPlan(DemoTenantFile.Plan plan) {
        AssignedPlan.CapabilityStatus status = AssignedPlan.CapabilityStatus.fromGraph(plan.capabilityStatus());
        if (status == AssignedPlan.CapabilityStatus.OTHER) {
            throw new IllegalArgumentException("capabilityStatus '" + plan.capabilityStatus()
                    + "' is not one of Enabled, Warning, Suspended, Deleted, LockedOut");
        }
        return new AssignedPlan(guid(plan.servicePlanId(), "servicePlanId"), status);
    }

    private static AssignedLicense assignedLicense(DemoTenantFile.Licence licence) {
        return new AssignedLicense(guid(licence.skuId(), "skuId"), guids(licence.disabledPlans(), "disabledPlans"));
    }

    private static Set<AuthMethod> methods(Collection<String> names) {
        return names.stream().map(DemoFactsTranslator::method).collect(Collectors.toUnmodifiableSet());
    }

    private static AuthMethod method(String name) {
        AuthMethod method = AuthMethod.fromReportName(name);
        if (method == AuthMethod.NOT_FOR_RESET && !SIGN_IN_ONLY_METHODS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + name + "' is not a method name the demo knows"
                    + " (see the list at the top of the file)");
        }
        return method;
    }

    private static Instant before(Instant now, Duration ago, String field) {
        if (ago.isNegative()) {
            throw new IllegalArgumentException(field + " " + ago + " lies in the future");
        }
        return now.minus(ago);
    }

    private static Set<String> guids(Collection<String> values, String field) {
        return values.stream().map(value -> guid(value, field)).collect(Collectors.toUnmodifiableSet());
    }

    private static String guid(String value, String field) {
        if (!GUID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a GUID");
        }
        return value;
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
