package dev.ssprpreflight.check;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One entry of the user's {@code assignedLicenses}.
 *
 * @param skuId the SKU's GUID, lower case
 * @param disabledPlans service plan GUIDs switched off in this SKU for the user, lower case
 */
public record AssignedLicense(String skuId, Set<String> disabledPlans) {

    public AssignedLicense {
        skuId = skuId.toLowerCase(Locale.ROOT);
        disabledPlans = disabledPlans.stream().map(id -> id.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
