package dev.ssprpreflight.check;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Facts about the user's organisation that the checks need.
 *
 * @param tenantId the Entra tenant id
 * @param displayName the organisation's name
 * @param lastSyncAt {@code onPremisesLastSyncDateTime} of the organisation: when Entra Connect last
 *        completed a sync; empty when the organisation never synced
 * @param federatedDomains verified domains whose sign-in is federated, lower case: their users'
 *        passwords live on-premises
 * @param allowedToUseSspr {@code authorizationPolicy.allowedToUseSSPR}, which switches SSPR for
 *        administrators
 * @param passwordWritebackEnabled whether password writeback is on, as the tenant's admins declare
 *        it (Graph's {@code passwordWritebackEnabled} is documented as not in use); empty when nobody said
 * @param verifiedDomains every verified domain of the organisation ({@code organization.verifiedDomains}),
 *        lower case
 * @param directorySyncEnabled {@code organization.onPremisesSyncEnabled}: the organisation syncs from
 *        on-premises
 * @param subscriptions the organisation's subscriptions ({@code /subscribedSkus}); empty when they could
 *        not be read, so that nobody is blocked for a licence on no evidence
 * @param policy the SSPR policy as the admins declare it
 */
public record TenantFacts(
        String tenantId,
        String displayName,
        Optional<Instant> lastSyncAt,
        Set<String> federatedDomains,
        boolean allowedToUseSspr,
        Optional<Boolean> passwordWritebackEnabled,
        Set<String> verifiedDomains,
        boolean directorySyncEnabled,
        Optional<List<SubscribedSku>> subscriptions,
        SsprPolicy policy) {

    /**
     * Domains Microsoft gives every organisation ({@code contoso.onmicrosoft.com}, {@code
     * contoso.mail.onmicrosoft.com}, and the national clouds' {@code onmicrosoft.us}, {@code onmschina.cn}).
     */
    private static final Pattern MICROSOFT_DOMAIN = Pattern.compile(".*\\.(onmicrosoft\\.[a-z]+|onmschina\\.cn)");

    public TenantFacts {
        federatedDomains = lowerCase(federatedDomains);
        verifiedDomains = lowerCase(verifiedDomains);
        subscriptions = Objects.requireNonNull(subscriptions, "subscriptions").map(List::copyOf);
        Objects.requireNonNull(policy, "policy");
    }

    public boolean isFederated(String domain) {
        return federatedDomains.contains(domain.toLowerCase(Locale.ROOT));
    }

    /** Whether the organisation verified a domain of its own, beyond the ones Microsoft gives it. */
    public boolean hasCustomDomain() {
        return verifiedDomains.stream().anyMatch(domain -> !MICROSOFT_DOMAIN.matcher(domain).matches());
    }

    /** Whether an identity issuer (a domain name) is this organisation. */
    public boolean issues(String issuer) {
        return verifiedDomains.contains(issuer.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCase(Set<String> domains) {
        return domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
