package dev.ssprpreflight.check;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 *        it (Graph cannot tell); empty when nobody said
 */
public record TenantFacts(
        String tenantId,
        String displayName,
        Optional<Instant> lastSyncAt,
        Set<String> federatedDomains,
        boolean allowedToUseSspr,
        Optional<Boolean> passwordWritebackEnabled) {

    public TenantFacts {
        federatedDomains = federatedDomains.stream().map(d -> d.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isFederated(String domain) {
        return federatedDomains.contains(domain.toLowerCase(Locale.ROOT));
    }
}
