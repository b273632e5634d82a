package dev.ssprpreflight.directory;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the organisation's admins declare about their tenant, where Graph cannot tell. */
@ConfigMapping(prefix = "sspr.tenant")
public interface TenantConfig {

    /** Whether password writeback is on; must be set when the tenant syncs from on-premises. */
    Optional<Boolean> passwordWritebackEnabled();

    /** A synced user is blocked when the tenant's last sync is older than this. */
    @WithDefault("PT3H")
    Duration syncStaleAfter();
}
