package dev.ssprpreflight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactsSnapshotTest {

    @Test
    void marksSnapshotsWrittenNowWithTheCurrentVersion() {
        FactsSnapshot facts = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());

        assertThat(facts.version()).isEqualTo(FactsSnapshot.CURRENT_VERSION);
        assertThat(facts.tenant().subscriptions()).extracting(FactsSnapshot.SubscriptionSnapshot::entraIdPremium)
                .containsExactly(true, false);
    }
}
