package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SYNC_STALE (a block) and SYNC_LATE (a finding) share their edges, so they are tested side by side. */
class SyncStaleCheckTest {

    private final SyncStaleCheck stale = new SyncStaleCheck();
    private final SyncLateCheck late = new SyncLateCheck();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                  onPremisesSyncEnabled, upn,                lastSyncAge, stale, late
            synced half an hour ago,                 true,                  adele@contoso.com,  PT30M,       false, false
            synced a minute before the late limit,   true,                  adele@contoso.com,  PT2H59M,     false, false
            synced a minute past the late limit,     true,                  adele@contoso.com,  PT3H1M,      false, true
            synced a minute before the stale limit,  true,                  adele@contoso.com,  PT23H59M,    false, true
            synced exactly at the stale limit,       true,                  adele@contoso.com,  PT24H,       false, true
            synced a minute past the stale limit,    true,                  adele@contoso.com,  PT24H1M,     true,  false
            synced a week ago,                       true,                  adele@contoso.com,  P7D,         true,  false
            federated-domain user of a stale tenant, -,                     adele@fabrikam.com, P7D,         true,  false
            cloud-only user of a stale tenant,       -,                     adele@contoso.com,  P7D,         false, false
            formerly synced user of a stale tenant,  false,                 adele@contoso.com,  P7D,         false, false
            """)
    void judgesUsersWhosePasswordLivesOnPremisesByTheAgeOfTheLastSync(String description,
            Boolean onPremisesSyncEnabled, String upn, Duration lastSyncAge, boolean blocks, boolean finds) {
        var context = Facts.ready()
                .onPremisesSyncEnabled(Optional.ofNullable(onPremisesSyncEnabled))
                .userPrincipalName(upn)
                .lastSyncAgo(lastSyncAge)
                .context();

        assertThat(stale.raises(context)).as("SYNC_STALE").isEqualTo(blocks);
        assertThat(late.raises(context)).as("SYNC_LATE").isEqualTo(finds);
    }

    @Test
    void followsAShorterConfiguredStaleLimit() {
        var context = Facts.ready().synced().syncLateAfter(Duration.ofMinutes(10)).syncStaleAfter(Duration.ofMinutes(30))
                .lastSyncAgo(Duration.ofMinutes(31)).context();

        assertThat(stale.raises(context)).isTrue();
    }

    @Test
    void staysSilentForATenantWithoutRecordedSync() {
        var context = Facts.ready().synced().neverSynced().context();

        assertThat(stale.raises(context)).isFalse();
        assertThat(late.raises(context)).isFalse();
    }

    @Test
    void syncLateIsAFindingAndSyncStaleABlock() {
        assertThat(late.reason().blocks()).isFalse();
        assertThat(stale.reason().blocks()).isTrue();
    }
}
