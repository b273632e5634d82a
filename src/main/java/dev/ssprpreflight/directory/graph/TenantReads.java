package dev.ssprpreflight.directory.graph;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.microsoft.graph.models.AuthorizationPolicy;
import com.microsoft.graph.models.DirectoryRoleCollectionResponse;
import com.microsoft.graph.models.Domain;
import com.microsoft.graph.models.DomainCollectionResponse;
import com.microsoft.graph.models.Organization;
import com.microsoft.graph.models.OrganizationCollectionResponse;
import com.microsoft.graph.models.SubscribedSkuCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;

import dev.ssprpreflight.check.SubscribedSku;
import dev.ssprpreflight.check.TenantFacts;

/**
 * The Graph reads behind the organisation's facts (organisation, authorization policy, subscriptions, the activated
 * directory roles and, when enabled, domains) and how their answers become {@link TenantFacts} in the
 * {@link TenantFactsCache}. One place for both readers: the lookup sends them inside its {@code $batch}, the
 * readiness scan one by one before its first page. None of them is a per-check call: they are read when the cached
 * facts are older than {@code sspr.graph.tenant-facts-ttl}.
 */
final class TenantReads {

    /** {@code verifiedDomains} tell a custom domain (two-gate admin policy) and the organisation's identity issuers. */
    static final String[] ORGANIZATION_SELECT = { "id", "displayName", "verifiedDomains", "onPremisesSyncEnabled",
            "onPremisesLastSyncDateTime" };
    /** What the licence check needs of a subscription (subscribedsku-list supports only {@code $select}). */
    static final String[] SUBSCRIBED_SKU_SELECT = { "skuId", "skuPartNumber", "capabilityStatus", "prepaidUnits",
            "servicePlans" };

    private final GraphServiceClient client;
    private final TenantFactsCache cache;

    TenantReads(GraphServiceClient client, TenantFactsCache cache) {
        this.client = client;
        this.cache = cache;
    }

    TenantFactsCache cache() {
        return cache;
    }

    /** The calls that together give the facts; those that are not {@link GraphCall#required()} may fail. */
    Set<GraphCall> calls() {
        Set<GraphCall> calls = EnumSet.of(GraphCall.ORGANIZATION, GraphCall.AUTHORIZATION_POLICY,
                GraphCall.SUBSCRIBED_SKUS, GraphCall.DIRECTORY_ROLES);
        if (cache.detectFederatedDomains()) {
            calls.add(GraphCall.DOMAINS);
        }
        return calls;
    }

    RequestInformation request(GraphCall call) {
        return switch (call) {
            case ORGANIZATION -> client.organization()
                    .toGetRequestInformation(config -> config.queryParameters.select = ORGANIZATION_SELECT);
            case AUTHORIZATION_POLICY -> client.policies().authorizationPolicy().toGetRequestInformation();
            case SUBSCRIBED_SKUS -> client.subscribedSkus()
                    .toGetRequestInformation(config -> config.queryParameters.select = SUBSCRIBED_SKU_SELECT);
            case DIRECTORY_ROLES -> client.directoryRoles().toGetRequestInformation(ActivatedRoles::select);
            case DOMAINS -> client.domains()
                    .toGetRequestInformation(config -> config.queryParameters.select = new String[] { "id",
                            "authenticationType" });
            default -> throw new IllegalArgumentException(call + " is not a tenant read");
        };
    }

    /** Reads the answer of a tenant call. */
    @SuppressWarnings("unchecked")
    static ParsableFactory<Parsable> factory(GraphCall call) {
        ParsableFactory<? extends Parsable> factory = switch (call) {
            case ORGANIZATION -> OrganizationCollectionResponse::createFromDiscriminatorValue;
            case AUTHORIZATION_POLICY -> AuthorizationPolicy::createFromDiscriminatorValue;
            case SUBSCRIBED_SKUS -> SubscribedSkuCollectionResponse::createFromDiscriminatorValue;
            case DIRECTORY_ROLES -> DirectoryRoleCollectionResponse::createFromDiscriminatorValue;
            case DOMAINS -> DomainCollectionResponse::createFromDiscriminatorValue;
            default -> throw new IllegalArgumentException(call + " is not a tenant read");
        };
        return (ParsableFactory<Parsable>) factory;
    }

    /**
     * Turns the answers into facts and stores them in the cache. The organisation and its authorization policy (and
     * the domains, when enabled) are needed; subscriptions that are missing leave {@link TenantFacts#subscriptions()}
     * empty (nobody is blocked for a licence on no evidence), a missing role list keeps the one read before.
     *
     * @param bodies the answers by call; calls that failed are missing
     * @return the facts; empty when an answer they need is missing
     */
    Optional<TenantFacts> update(Map<GraphCall, Parsable> bodies) {
        var organizations = (OrganizationCollectionResponse) bodies.get(GraphCall.ORGANIZATION);
        var policy = (AuthorizationPolicy) bodies.get(GraphCall.AUTHORIZATION_POLICY);
        var domains = (DomainCollectionResponse) bodies.get(GraphCall.DOMAINS);
        if (organizations == null || organizations.getValue() == null || organizations.getValue().isEmpty()
                || policy == null || (cache.detectFederatedDomains() && domains == null)) {
            return Optional.empty();
        }
        Organization organization = organizations.getValue().get(0);
        List<Domain> domainList = domains == null || domains.getValue() == null ? List.of() : domains.getValue();
        var skus = (SubscribedSkuCollectionResponse) bodies.get(GraphCall.SUBSCRIBED_SKUS);
        Optional<List<SubscribedSku>> subscriptions = Optional.ofNullable(skus)
                .map(response -> GraphFacts.nonNull(response.getValue()).stream()
                        .flatMap(sku -> GraphFacts.subscribedSku(sku).stream()).toList());
        var roles = (DirectoryRoleCollectionResponse) bodies.get(GraphCall.DIRECTORY_ROLES);
        Optional<ActivatedRoles> activated = Optional.ofNullable(roles)
                .map(response -> ActivatedRoles.of(GraphFacts.nonNull(response.getValue())));
        return Optional.of(cache.update(organization, policy, domainList, subscriptions, activated));
    }
}
