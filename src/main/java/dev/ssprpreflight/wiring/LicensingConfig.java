package dev.ssprpreflight.wiring;

import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;

/** The organisation's licensing rules for the licence check. */
@ConfigMapping(prefix = "sspr.licensing")
public interface LicensingConfig {

    /** SKU ids that let a cloud-only user reset; unset means any enabled service plan will do. */
    Optional<Set<String>> cloudQualifyingSkus();
}
