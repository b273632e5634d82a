package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.audit.FactsSnapshot;
import dev.ssprpreflight.audit.FactsSnapshot.ReportSnapshot;
import dev.ssprpreflight.audit.FactsSnapshot.UserSnapshot;
import dev.ssprpreflight.audit.SampleFacts;
import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/**
 * The attempt detail's fact rows for snapshots of each version: what confirmed a registration block, and Microsoft's
 * SSPR block with when the user may try again.
 */
class FactRowsTest {

    private final AttemptMessages msg = KeyTexts.attempts();
    private final AdminMessages console = KeyTexts.admin();
    private final LocaleFormats formats = LocaleFormats.of(UiLanguage.DEFAULT);

    @Test
    void showsWhatTheAuditLogSaidSinceTheReportRowBetweenTheReportAndTheLiveLook() {
        FactRows rows = FactRows.of(Optional.of(FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant())), msg, console,
                formats);

        assertThat(rows.user()).extracting(FactRows.FactRow::key).containsSubsequence("report", "report-methods",
                "report-admin", "registration-activity", "live-methods");
        assertThat(row(rows, "registration-activity"))
                .isEqualTo(new FactRows.FactRow("registration-activity", "factRegistrationActivity", "factActivityNone"));
        assertThat(rows.olderRecord()).isNull();
    }

    @ParameterizedTest
    @CsvSource({ "NONE_SINCE_REPORT, factActivityNone", "SINCE_REPORT, factActivitySince",
            "UNKNOWN, factActivityUnknown", "A_LATER_NAME, A_LATER_NAME" })
    void namesEachActivityAndShowsOneItDoesNotKnowAsKept(String activity, String shown) {
        FactsSnapshot current = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());
        FactsSnapshot kept = new FactsSnapshot(3, withActivity(current.user(), activity, current.user().report()),
                current.tenant());

        assertThat(row(FactRows.of(Optional.of(kept), msg, console, formats), "registration-activity").value())
                .isEqualTo(shown);
    }

    @Test
    void aUserTheReportDidNotKnowHasNoRowToConfirm() {
        FactsSnapshot current = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());
        FactsSnapshot kept = new FactsSnapshot(3, withActivity(current.user(), "UNKNOWN", null), current.tenant());

        FactRows rows = FactRows.of(Optional.of(kept), msg, console, formats);

        assertThat(row(rows, "report").value()).isEqualTo("factReportMissing");
        assertThat(rows.user()).extracting(FactRows.FactRow::key).doesNotContain("registration-activity");
    }

    @Test
    void aVersion2RecordKeepsItsFactsAndSaysTheAuditLogsWordWasNotKept() {
        FactsSnapshot current = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());
        FactsSnapshot kept = new FactsSnapshot(2, withActivity(current.user(), null, current.user().report()),
                current.tenant());

        FactRows rows = FactRows.of(Optional.of(kept), msg, console, formats);

        assertThat(rows.user()).extracting(FactRows.FactRow::key).contains("role-names", "report-admin")
                .doesNotContain("registration-activity");
        assertThat(rows.olderRecord()).isEqualTo("factsOlderRecordActivity");
    }

    @Test
    void aRecordFromBeforeVersion2SaysEverythingItLacks() {
        FactsSnapshot current = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());
        FactsSnapshot kept = new FactsSnapshot(0, withActivity(current.user(), null, current.user().report()),
                current.tenant());

        FactRows rows = FactRows.of(Optional.of(kept), msg, console, formats);

        assertThat(rows.user()).extracting(FactRows.FactRow::key).doesNotContain("role-names",
                "registration-activity");
        assertThat(rows.olderRecord()).isEqualTo("factsOlderRecord");
    }

    @Test
    void showsWhenMicrosoftBlockedTheUserAndWhenTheyMayTryAgainInThePagesLanguage() {
        Instant blockedAt = Instant.parse("2026-11-05T18:42:17Z");
        FactsSnapshot kept = FactsSnapshot.of(SampleFacts.userBlockedAt(blockedAt), SampleFacts.tenant());
        LocaleFormats german = LocaleFormats.of(UiLanguage.GERMAN);

        FactRows rows = FactRows.of(Optional.of(kept), msg, console, german);

        assertThat(row(rows, "sspr-lockout")).isEqualTo(new FactRows.FactRow("sspr-lockout", "factSsprLockout",
                "factSsprLockoutBlocked [" + german.dateTimeUtc(blockedAt) + ", "
                        + german.dateTimeUtc(Instant.parse("2026-11-06T18:42:17Z")) + "]"));
        assertThat(rows.olderRecord()).isNull();
    }

    @Test
    void aRecordWithoutABlockSaysNotBlockedWhenTheWholeDayWasReadAndUnknownWhenNobodyCouldLook() {
        FactsSnapshot known = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());
        FactsSnapshot notKnown = FactsSnapshot.of(SampleFacts.user().withSsprLockout(SsprLockoutFact.NOT_KNOWN),
                SampleFacts.tenant());
        FactsSnapshot version4 = new FactsSnapshot(4, notKnown.user(), notKnown.tenant());

        assertThat(row(FactRows.of(Optional.of(known), msg, console, formats), "sspr-lockout").value())
                .isEqualTo("factSsprLockoutNone");
        assertThat(row(FactRows.of(Optional.of(notKnown), msg, console, formats), "sspr-lockout").value())
                .as("the registration feed off, say").isEqualTo("factSsprLockoutNotKnown");
        assertThat(row(FactRows.of(Optional.of(version4), msg, console, formats), "sspr-lockout").value())
                .as("version 4 kept no such difference").isEqualTo("factSsprLockoutNone");
    }

    @ParameterizedTest
    @CsvSource({ "0", "2", "3" })
    void aRecordFromBeforeVersion4SaysTheBlockIsUnknownNotAbsent(int version) {
        FactsSnapshot current = FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant());

        FactRows rows = FactRows.of(Optional.of(new FactsSnapshot(version, current.user(), current.tenant())), msg, console,
                formats);

        assertThat(row(rows, "sspr-lockout").value()).isEqualTo("factSsprLockoutNotKept");
    }

    private static FactRows.FactRow row(FactRows rows, String key) {
        return rows.user().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    private static UserSnapshot withActivity(UserSnapshot user, String activity, ReportSnapshot report) {
        return new UserSnapshot(user.displayName(), user.userPrincipalName(), user.accountEnabled(), user.userType(),
                user.syncedFromOnPremises(), user.provisioningErrors(), user.assignedPlans(), user.licences(),
                user.adminRoles(), user.otherRoleTemplateIds(), user.prefilledContactInfo(), report, user.liveMethods(),
                user.roleNames(), user.unreadableRoles(), user.identityIssuers(), user.creationType(),
                user.declaredGroupMemberships(), activity, user.ssprBlockedAt(), user.ssprLockoutKnown());
    }
}
