package dev.ssprpreflight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ssprpreflight.check.RegistrationActivity;
import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.check.UserFacts;

/** What a snapshot written now keeps, and which version it says it was written with. */
class FactsSnapshotTest {

    @Test
    void marksSnapshotsWrittenNowWithTheCurrentVersion() {
        FactsSnapshot facts = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());

        assertThat(facts.version()).isEqualTo(FactsSnapshot.CURRENT_VERSION);
        assertThat(facts.tenant().subscriptions()).extracting(FactsSnapshot.SubscriptionSnapshot::entraIdPremium)
                .containsExactly(true, false);
    }

    @ParameterizedTest
    @EnumSource(RegistrationActivity.class)
    void keepsWhatTheAuditLogSaidSinceTheReportRow(RegistrationActivity activity) {
        UserFacts user = SampleFacts.user();
        UserFacts withActivity = new UserFacts(user.objectId(), user.userPrincipalName(), user.displayName(),
                user.accountEnabled(), user.userType(), user.onPremisesSyncEnabled(), user.provisioningErrors(),
                user.assignedPlans(), user.assignedLicenses(), user.roles(), user.hasPrefilledContactInfo(),
                user.registration().withActivity(activity), user.identityIssuers(), user.creationType(),
                user.declaredGroupMemberships(), user.ssprLockout());

        FactsSnapshot facts = FactsSnapshot.of(withActivity, SampleFacts.tenant());

        assertThat(facts.hasVersion3Facts()).isTrue();
        assertThat(facts.user().registrationActivity()).isEqualTo(activity.name());
    }

    @Test
    void keepsWhenMicrosoftBlockedTheUserFromSelfServiceReset() {
        Instant blockedAt = SampleFacts.AT.minus(Duration.ofHours(3));

        FactsSnapshot facts = FactsSnapshot.of(SampleFacts.userBlockedAt(blockedAt), SampleFacts.tenant());

        assertThat(facts.version()).isEqualTo(FactsSnapshot.CURRENT_VERSION);
        assertThat(facts.hasVersion4Facts()).isTrue();
        assertThat(facts.user().ssprBlockedAt()).isEqualTo(blockedAt);
        assertThat(facts.ssprLockoutKnown()).isTrue();
    }

    @Test
    void aUserMicrosoftDidNotBlockIsKeptAsNotBlockedAndOneNobodyCouldLookAtAsNotKnown() {
        FactsSnapshot facts = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());
        FactsSnapshot notKnown = FactsSnapshot.of(SampleFacts.user().withSsprLockout(SsprLockoutFact.NOT_KNOWN),
                SampleFacts.tenant());

        assertThat(facts.hasVersion4Facts()).isTrue();
        assertThat(facts.user().ssprBlockedAt()).isNull();
        assertThat(facts.ssprLockoutKnown()).isTrue();
        assertThat(notKnown.user().ssprBlockedAt()).isNull();
        assertThat(notKnown.ssprLockoutKnown()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 2, 3 })
    void aSnapshotOfAnEarlierVersionDoesNotClaimToKnowTheBlock(int version) {
        FactsSnapshot current = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());

        assertThat(new FactsSnapshot(version, current.user(), current.tenant()).hasVersion4Facts()).isFalse();
    }
}
