package dev.ssprpreflight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FactsSnapshotTest {

    /** The snapshot's copy of the Entra ID P1/P2 plan ids cannot drift from the licence check's. */
    @Test
    void judgesPremiumSubscriptionsByTheLicenceChecksPlans() throws ReflectiveOperationException {
        Field plans = Class.forName("dev.ssprpreflight.check.LicenseMissingCheck").getDeclaredField("PREMIUM_PLANS");
        plans.setAccessible(true);

        assertThat(FactsSnapshot.ENTRA_ID_PREMIUM_PLANS).isEqualTo((Set<?>) plans.get(null));
    }

    @Test
    void marksSnapshotsWrittenNowWithTheCurrentVersion() {
        FactsSnapshot facts = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());

        assertThat(facts.version()).isEqualTo(FactsSnapshot.CURRENT_VERSION);
        assertThat(facts.tenant().subscriptions()).extracting(FactsSnapshot.SubscriptionSnapshot::entraIdPremium)
                .containsExactly(true, false);
    }
}
