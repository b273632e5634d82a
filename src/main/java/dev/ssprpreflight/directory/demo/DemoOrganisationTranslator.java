package dev.ssprpreflight.directory.demo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.SubscribedSku;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.directory.demo.DemoTenantFile.Organisation;

/**
 * Turns an organisation of the demo file into the core's {@link TenantFacts}: its subscriptions as
 * {@code /subscribedSkus} shapes them, and the SSPR policy its admins declare, whose groups are the file's
 * groups by name. Strict, like {@link DemoUserTranslator}.
 */
final class DemoOrganisationTranslator {

    /** Graph's {@code provisioningStatus} values of a subscription's service plan. */
    private static final Set<String> PROVISIONING_STATUSES = Set.of("Success", "Disabled", "Error", "PendingInput",
            "PendingActivation", "PendingProvisioning");

    private DemoOrganisationTranslator() {
    }

    /**
     * @param policy the organisation's policy, from {@link #policy}
     */
    static TenantFacts tenantFacts(Organisation organisation, SsprPolicy policy, Instant now) {
        return new TenantFacts(
                DemoObjectIds.of("tenant", organisation.name()),
                organisation.name(),
                Optional.ofNullable(organisation.lastSyncAgo())
                        .map(ago -> DemoFields.before(now, ago, "lastSyncAgo")),
                Set.copyOf(organisation.federatedDomains()),
                organisation.allowedToUseSspr(),
                Optional.ofNullable(organisation.passwordWritebackEnabled()),
                Set.copyOf(organisation.domains()),
                syncs(organisation),
                Optional.ofNullable(organisation.subscribedSkus())
                        .map(skus -> skus.stream().map(DemoOrganisationTranslator::subscription).toList()),
                policy);
    }

    /** Whether the organisation syncs from on-premises: the file gives a last sync for those that do. */
    static boolean syncs(Organisation organisation) {
        return organisation.lastSyncAgo() != null;
    }

    /** The declared policy, its groups resolved to the ids the file's groups have. */
    static SsprPolicy policy(Organisation organisation, DemoGroups groups) {
        DemoTenantFile.Policy declared = organisation.policy();
        if (declared == null) {
            return SsprPolicy.defaults();
        }
        return new SsprPolicy(
                declared.methodsRequired() == null ? 1 : declared.methodsRequired(),
                declared.methods() == null ? SsprPolicy.everyResetMethod() : offered(declared.methods()),
                Optional.ofNullable(declared.enabledGroup())
                        .map(name -> groups.idOf(groups.onlyOneNamed(name, "policy.enabledGroup"))),
                declared.protectedAccountGroups().stream()
                        .map(name -> groups.idOf(groups.onlyOneNamed(name, "policy.protectedAccountGroups")))
                        .collect(Collectors.toUnmodifiableSet()));
    }

    private static Set<AuthMethod> offered(List<String> names) {
        for (String name : names) {
            if (!DemoFields.method(name).usableForReset()) {
                throw new IllegalArgumentException("policy.methods: '" + name + "' cannot answer a password reset,"
                        + " so no policy offers it");
            }
        }
        return DemoFields.methods(names);
    }

    private static SubscribedSku subscription(DemoTenantFile.Sku sku) {
        DemoTenantFile.Units units = sku.prepaidUnits();
        return new SubscribedSku(
                DemoFields.guid(sku.skuId(), "skuId"),
                sku.skuPartNumber(),
                DemoFields.capabilityStatus(sku.capabilityStatus()),
                units.enabled() + units.warning(),
                sku.servicePlans().stream().map(plan -> new SubscribedSku.ServicePlan(
                        DemoFields.guid(plan.servicePlanId(), "servicePlanId"),
                        DemoFields.oneOf(plan.provisioningStatus(), PROVISIONING_STATUSES, "provisioningStatus")))
                        .toList());
    }
}
