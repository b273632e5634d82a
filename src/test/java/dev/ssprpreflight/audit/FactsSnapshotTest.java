package dev.ssprpreflight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.ssprpreflight.check.RegistrationActivity;
import dev.ssprpreflight.check.UserFacts;

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

        assertThat(facts.version()).isEqualTo(3);
        assertThat(facts.hasVersion3Facts()).isTrue();
        assertThat(facts.user().registrationActivity()).isEqualTo(activity.name());
    }
}
