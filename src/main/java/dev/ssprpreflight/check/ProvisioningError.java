package dev.ssprpreflight.check;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of {@code onPremisesProvisioningErrors}: Entra Connect could not sync a property.
 *
 * @param category for example {@code PropertyConflict}
 * @param propertyCausingError for example {@code UserPrincipalName} or {@code ProxyAddress}
 * @param value the conflicting value
 * @param occurredAt when it happened, if known
 */
public record ProvisioningError(String category, String propertyCausingError, String value,
        Optional<Instant> occurredAt) {
}
