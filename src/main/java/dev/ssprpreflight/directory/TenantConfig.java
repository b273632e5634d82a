package dev.ssprpreflight.directory;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the organisation's admins declare about their tenant, where Graph cannot tell. */
@ConfigMapping(prefix = "sspr.tenant")
public interface TenantConfig {

    /** Whether password writeback is on; must be set when the tenant syncs from on-premises. */
    Optional<Boolean> passwordWritebackEnabled();

    /** A user whose password lives on-premises is blocked (SYNC_STALE) when the tenant's last sync is older than this. */
    @WithDefault("PT24H")
    Duration syncStaleAfter();

    /** Past this, a late sync is a finding for the admins (SYNC_LATE); shorter than sync-stale-after. */
    @WithDefault("PT3H")
    Duration syncLateAfter();

    /**
     * Object ids of synced groups that mirror on-premises AD protected groups (adminCount = 1), whose members
     * writeback refuses (ONPREM_PROTECTED_ACCOUNT); unset switches that check off.
     */
    Optional<Set<String>> protectedAccountGroups();
}
