package dev.ssprpreflight.directory.graph;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.microsoft.graph.models.AuthorizationPolicy;
import com.microsoft.graph.models.Domain;
import com.microsoft.graph.models.DomainCollectionResponse;
import com.microsoft.graph.models.Organization;
import com.microsoft.graph.models.OrganizationCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestAdapter;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;

import dev.ssprpreflight.check.TenantFacts;

/**
 * The Graph reads behind the organisation's facts (organisation, authorization policy and, when
 * enabled, domains) and how their answers become {@link TenantFacts} in the {@link TenantFactsCache}.
 * One place for both readers: the lookup sends them inside its {@code $batch}, the readiness scan one
 * by one before its first page.
 */
final class TenantReads {

    private final GraphServiceClient client;
    private final String baseUrl;
    private final TenantFactsCache cache;

    TenantReads(GraphServiceClient client, TenantFactsCache cache) {
        this.client = client;
        this.baseUrl = client.getRequestAdapter().getBaseUrl();
        this.cache = cache;
    }

    TenantFactsCache cache() {
        return cache;
    }

    /** The calls that together give the facts. */
    Set<GraphCall> calls() {
        Set<GraphCall> calls = EnumSet.of(GraphCall.ORGANIZATION, GraphCall.AUTHORIZATION_POLICY);
        if (cache.detectFederatedDomains()) {
            calls.add(GraphCall.DOMAINS);
        }
        return calls;
    }

    RequestInformation request(GraphCall call) {
        RequestAdapter adapter = client.getRequestAdapter();
        return switch (call) {
            case ORGANIZATION -> new com.microsoft.graph.organization.OrganizationRequestBuilder(
                    baseUrl + "/organization?$select=id,displayName,onPremisesSyncEnabled,onPremisesLastSyncDateTime",
                    adapter).toGetRequestInformation();
            case AUTHORIZATION_POLICY -> new com.microsoft.graph.policies.authorizationpolicy.AuthorizationPolicyRequestBuilder(
                    baseUrl + "/policies/authorizationPolicy", adapter).toGetRequestInformation();
            case DOMAINS -> new com.microsoft.graph.domains.DomainsRequestBuilder(
                    baseUrl + "/domains?$select=id,authenticationType", adapter).toGetRequestInformation();
            default -> throw new IllegalArgumentException(call + " is not a tenant read");
        };
    }

    /** Reads the answer of a tenant call. */
    @SuppressWarnings("unchecked")
    static ParsableFactory<Parsable> factory(GraphCall call) {
        ParsableFactory<? extends Parsable> factory = switch (call) {
            case ORGANIZATION -> OrganizationCollectionResponse::createFromDiscriminatorValue;
            case AUTHORIZATION_POLICY -> AuthorizationPolicy::createFromDiscriminatorValue;
            case DOMAINS -> DomainCollectionResponse::createFromDiscriminatorValue;
            default -> throw new IllegalArgumentException(call + " is not a tenant read");
        };
        return (ParsableFactory<Parsable>) factory;
    }

    /**
     * Turns the answers into facts and stores them in the cache.
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
        return Optional.of(cache.update(organization, policy, domainList));
    }
}
