package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncStaleCheckTest {

    private final SyncStaleCheck check = new SyncStaleCheck();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                              onPremisesSyncEnabled, lastSyncAge, staleAfter, blocks
            synced half an hour ago,             true,                  PT30M,       PT3H,       false
            synced exactly at the limit,         true,                  PT3H,        PT3H,       false
            synced just past the limit,          true,                  PT3H0.001S,  PT3H,       true
            synced a week ago,                   true,                  P7D,         PT3H,       true
            past a shorter configured limit,     true,                  PT31M,       PT30M,      true
            cloud-only user of a stale tenant,   -,                     P7D,         PT3H,       false
            formerly synced user of a stale tenant, false,                 P7D,         PT3H,       false
            """)
    void blocksSyncedUserOnlyWhenTheLastSyncIsOlderThanTheLimit(String description, Boolean onPremisesSyncEnabled,
            Duration lastSyncAge, Duration staleAfter, boolean blocks) {
        var context = Facts.ready()
                .onPremisesSyncEnabled(Optional.ofNullable(onPremisesSyncEnabled))
                .lastSyncAgo(lastSyncAge)
                .syncStaleAfter(staleAfter)
                .context();

        assertThat(check.blocks(context)).isEqualTo(blocks);
    }

    @Test
    void doesNotBlockSyncedUserOfTenantWithoutRecordedSync() {
        assertThat(check.blocks(Facts.ready().synced().neverSynced().context())).isFalse();
    }
}
