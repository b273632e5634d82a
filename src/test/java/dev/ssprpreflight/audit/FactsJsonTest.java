package dev.ssprpreflight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.Verdict;
import io.quarkus.test.junit.QuarkusTest;

/** The facts column as the application's own JSON mapper writes and reads it, including rows of earlier versions. */
@QuarkusTest
class FactsJsonTest {

    @Inject
    AttemptLog attemptLog;

    @Inject
    FactsJson factsJson;

    @Test
    void anAttemptRecordedNowKeepsTheNewFactsOfUserAndOrganisation() {
        Verdict verdict = new Verdict(Outcome.READY, List.of(), List.of(Reason.SYNC_LATE),
                Optional.of(SampleFacts.user()), Optional.of(SampleFacts.tenant()), Optional.empty(), List.of(),
                Duration.ofMillis(40));

        RecordedAttempt recorded = attemptLog.record(new AttemptEntry("megan@contoso.com", "megan@contoso.com", verdict,
                "en", null, null));

        FactsSnapshot facts = factsJson.read(StoredAttempts.byReferenceCode(recorded.referenceCode())).orElseThrow();
        assertThat(facts.version()).isEqualTo(5);
        assertThat(facts.hasVersion2Facts()).isTrue();
        assertThat(facts.hasVersion3Facts()).isTrue();
        assertThat(facts.hasVersion4Facts()).isTrue();
        FactsSnapshot.UserSnapshot user = facts.user();
        assertThat(user.adminRoles()).containsExactly("Helpdesk Administrator", "Mailbox Administrator");
        assertThat(user.otherRoleTemplateIds()).containsExactly(SampleFacts.GLOBAL_READER);
        assertThat(user.roleNames()).containsExactly("Global Reader", "Helpdesk Administrator", "Mailbox Administrator");
        assertThat(user.unreadableRoles()).isEqualTo(1);
        assertThat(user.identityIssuers()).containsExactly("contoso.com");
        assertThat(user.creationType()).isEqualTo("LocalAccount");
        assertThat(user.declaredGroupMemberships()).containsExactly(SampleFacts.PROTECTED_GROUP);
        assertThat(user.report().admin()).isFalse();
        assertThat(user.registrationActivity()).isEqualTo("NONE_SINCE_REPORT");
        assertThat(user.ssprBlockedAt()).isNull();
        assertThat(user.ssprLockoutKnown()).isTrue();
        assertThat(facts.ssprLockoutKnown()).isTrue();
        FactsSnapshot.TenantSnapshot tenant = facts.tenant();
        assertThat(tenant.customDomain()).isTrue();
        assertThat(tenant.directorySyncEnabled()).isTrue();
        assertThat(tenant.subscriptions()).containsExactly(
                new FactsSnapshot.SubscriptionSnapshot("SPE_E5", "06ebc4ee-1bb5-47dd-8120-11324bc54e06", "ENABLED", 250,
                        true, true),
                new FactsSnapshot.SubscriptionSnapshot("O365_BUSINESS_PREMIUM", "f245ecc8-75af-4f8e-b61f-27d8114de5f3",
                        "SUSPENDED", 10, false, false));
        assertThat(tenant.policy().methodsRequired()).isEqualTo(2);
        assertThat(tenant.policy().methods()).containsExactly(AuthMethod.MOBILE_PHONE, AuthMethod.EMAIL);
        assertThat(tenant.policy().enabledGroupId()).isEqualTo(SampleFacts.SSPR_GROUP);
        assertThat(tenant.policy().protectedAccountGroupIds()).containsExactly(SampleFacts.PROTECTED_GROUP);
    }

    @Test
    void aRowWrittenBeforeVersion2StillReadsWithWhatItKept() {
        Attempt old = AttemptFixtures.insert("lee.gu@contoso.example", Outcome.BLOCKED,
                List.of(Reason.ADMIN_WRITEBACK_UNSUPPORTED), Instant.now(), 100, SampleFacts.VERSION_0_ROW);

        FactsSnapshot facts = factsJson.read(old).orElseThrow();

        assertThat(facts.version()).isZero();
        assertThat(facts.hasVersion2Facts()).isFalse();
        assertThat(facts.user().userPrincipalName()).isEqualTo("lee.gu@contoso.example");
        assertThat(facts.user().adminRoles()).containsExactly("Global Administrator");
        assertThat(facts.user().report().methods()).containsExactly(AuthMethod.MOBILE_PHONE);
        assertThat(facts.user().roleNames()).isNull();
        assertThat(facts.user().registrationActivity()).isNull();
        assertThat(facts.hasVersion4Facts()).isFalse();
        assertThat(facts.user().ssprBlockedAt()).isNull();
        assertThat(facts.tenant().lastSyncAt()).isEqualTo(Instant.parse("2026-10-01T07:30:00Z"));
        assertThat(facts.tenant().subscriptions()).isNull();
        assertThat(facts.tenant().policy()).isNull();
    }

    @Test
    void aRowWrittenAtVersion2ReadsWithItsFactsAndWithoutTheAuditLogsWord() {
        Attempt version2 = AttemptFixtures.insert("megan@contoso.com", Outcome.READY, List.of(), Instant.now(), 40,
                SampleFacts.VERSION_2_ROW);

        FactsSnapshot facts = factsJson.read(version2).orElseThrow();

        assertThat(facts.version()).isEqualTo(2);
        assertThat(facts.hasVersion2Facts()).isTrue();
        assertThat(facts.hasVersion3Facts()).isFalse();
        assertThat(facts.hasVersion4Facts()).isFalse();
        assertThat(facts.user().roleNames()).containsExactly("Global Reader", "Helpdesk Administrator",
                "Mailbox Administrator");
        assertThat(facts.user().registrationActivity()).isNull();
        assertThat(facts.user().ssprBlockedAt()).isNull();
        assertThat(facts.tenant().policy().methodsRequired()).isEqualTo(2);
    }

    @Test
    void aRowWrittenAtVersion3ReadsWithTheAuditLogsWordAndWithoutMicrosoftsBlock() {
        Attempt version3 = AttemptFixtures.insert("megan@contoso.com", Outcome.BLOCKED,
                List.of(Reason.RESET_LOCKED_OUT), Instant.now(), 40, SampleFacts.VERSION_3_ROW);

        FactsSnapshot facts = factsJson.read(version3).orElseThrow();

        assertThat(facts.version()).isEqualTo(3);
        assertThat(facts.hasVersion3Facts()).isTrue();
        assertThat(facts.hasVersion4Facts()).isFalse();
        assertThat(facts.user().registrationActivity()).isEqualTo("NONE_SINCE_REPORT");
        assertThat(facts.user().declaredGroupMemberships()).containsExactly(SampleFacts.PROTECTED_GROUP);
        assertThat(facts.user().ssprBlockedAt()).isNull();
        assertThat(facts.tenant().subscriptions()).hasSize(2);
    }

    @Test
    void anAttemptRecordedNowKeepsWhenMicrosoftBlockedTheUserThroughTheJsonColumn() {
        Instant blockedAt = Instant.parse("2026-11-05T18:42:17Z");
        Verdict verdict = new Verdict(Outcome.BLOCKED, List.of(Reason.RESET_LOCKED_OUT), List.of(),
                Optional.of(SampleFacts.userBlockedAt(blockedAt)), Optional.of(SampleFacts.tenant()), Optional.empty(),
                List.of(), Duration.ofMillis(40));

        RecordedAttempt recorded = attemptLog.record(new AttemptEntry("megan@contoso.com", "megan@contoso.com", verdict,
                "en", null, null));

        Attempt stored = StoredAttempts.byReferenceCode(recorded.referenceCode());
        assertThat(stored.facts).contains("\"ssprBlockedAt\":\"2026-11-05T18:42:17Z\"");
        FactsSnapshot facts = factsJson.read(stored).orElseThrow();
        assertThat(facts.hasVersion4Facts()).isTrue();
        assertThat(facts.user().ssprBlockedAt()).isEqualTo(blockedAt);
        assertThat(facts).isEqualTo(FactsSnapshot.of(SampleFacts.userBlockedAt(blockedAt), SampleFacts.tenant()));
    }

    @Test
    void anAttemptRecordedWhileNobodyCouldReadTheSsprAuditLogKeepsThatTheBlockWasNotKnown() {
        Verdict verdict = new Verdict(Outcome.READY, List.of(), List.of(),
                Optional.of(SampleFacts.user().withSsprLockout(SsprLockoutFact.NOT_KNOWN)),
                Optional.of(SampleFacts.tenant()), Optional.empty(), List.of(), Duration.ofMillis(40));

        RecordedAttempt recorded = attemptLog.record(new AttemptEntry("megan@contoso.com", "megan@contoso.com", verdict,
                "en", null, null));

        Attempt stored = StoredAttempts.byReferenceCode(recorded.referenceCode());
        assertThat(stored.facts).contains("\"ssprLockoutKnown\":false");
        FactsSnapshot facts = factsJson.read(stored).orElseThrow();
        assertThat(facts.user().ssprBlockedAt()).isNull();
        assertThat(facts.ssprLockoutKnown()).isFalse();
    }

    @Test
    void subscriptionsThatCouldNotBeReadStayApartFromNone() {
        var tenant = SampleFacts.tenant();
        var unread = new TenantFacts(tenant.tenantId(), tenant.displayName(), tenant.lastSyncAt(),
                tenant.federatedDomains(), tenant.allowedToUseSspr(), tenant.passwordWritebackEnabled(),
                tenant.verifiedDomains(), tenant.directorySyncEnabled(), Optional.empty(), tenant.policy());

        FactsSnapshot facts = FactsSnapshot.of(SampleFacts.user(), unread);

        assertThat(facts.tenant().subscriptions()).isNull();
    }
}
