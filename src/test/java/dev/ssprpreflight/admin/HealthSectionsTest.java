package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/** The health page's judgements of roles, admin signals and settings, on what the adapter has seen. */
class HealthSectionsTest {

    private static final Instant READ_AT = Instant.parse("2026-11-05T21:00:00Z");
    private final HealthMessages msg = KeyTexts.health();
    private final AdminMessages console = KeyTexts.admin();
    private final LocaleFormats formats = LocaleFormats.of(UiLanguage.DEFAULT);

    @Test
    void unreadableRolesAreAMissingPermissionWithWhatToGrant() {
        RolesSection roles = RolesSection.of(seen(b -> b.unreadableRoles = 3), msg, formats, UiLanguage.GERMAN);

        assertThat(roles.verdict().status()).isEqualTo("PROBLEM");
        assertThat(roles.verdict().summary()).isEqualTo("healthRolesUnreadable [3]");
        assertThat(roles.grant().permission()).isEqualTo("RoleManagement.Read.Directory");
        assertThat(roles.grant().neededFor()).isEqualTo("healthNeedRoleManagementReadDirectory");
        assertThat(roles.grant().link())
                .isEqualTo("https://learn.microsoft.com/de-de/graph/permissions-reference#rolemanagementreaddirectory");
    }

    @Test
    void aRefusedAuditLogReadNamesDirectoryReadAllWithWhatItConfirmsAndItsReference() {
        PermissionsSection permissions = PermissionsSection.of(Set.of("Directory.Read.All"), msg, UiLanguage.GERMAN);

        assertThat(permissions.verdict().status()).isEqualTo("PROBLEM");
        PermissionAdvice advice = permissions.missing().get(0);
        assertThat(advice.neededFor()).isEqualTo("healthNeedDirectoryReadAll");
        assertThat(advice.link())
                .isEqualTo("https://learn.microsoft.com/de-de/graph/permissions-reference#directoryreadall");
        assertThat(KeyTexts.shipped("hlt_en", "healthNeedDirectoryReadAll"))
                .contains("AuditLog.Read.All and Directory.Read.All", "sspr.graph.registration-feed.enabled=false");
    }

    @Test
    void readableRolesNeedNothing() {
        RolesSection roles = RolesSection.of(seen(b -> {
        }), msg, formats, UiLanguage.DEFAULT);

        assertThat(roles.verdict().status()).isEqualTo("OK");
        assertThat(roles.grant()).isNull();
        assertThat(roles.unreadable()).isEqualTo("0");
    }

    @ParameterizedTest
    @CsvSource({ "0, OK, healthAdminSignalAgrees", "1234, WARNING, 'healthAdminSignalDisagrees [1,234]'" })
    void adminSignalDisagreementsAreAnItemOfTheirOwn(long disagreements, String status, String summary) {
        AdminSignalSection signal = AdminSignalSection.of(seen(b -> b.adminSignalDisagreements = disagreements), msg,
                formats);

        assertThat(signal.verdict().status()).isEqualTo(status);
        assertThat(signal.verdict().summary()).isEqualTo(summary);
    }

    @Test
    void showsEverySettingTheChecksRelyOnWithItsValue() {
        SsprPolicy policy = new SsprPolicy(2, EnumSet.of(AuthMethod.EMAIL, AuthMethod.MOBILE_PHONE), Optional.of("group-1"),
                Set.of("protected-b", "protected-a"));
        CheckSettings checks = new CheckSettings(Duration.ofHours(48), Duration.ofHours(6), Set.of("sku-2", "sku-1"));

        SettingsSection section = SettingsSection.of(seen(b -> {
            b.writeback = Optional.of(true);
            b.policy = policy;
        }), checks, msg, console, formats);

        assertThat(section.settings()).extracting(SettingsSection.Setting::key).containsExactly(
                "sspr.tenant.password-writeback-enabled", "sspr.tenant.sync-stale-after", "sspr.tenant.sync-late-after",
                "sspr.tenant.protected-account-groups", "sspr.policy.methods-required", "sspr.policy.methods",
                "sspr.policy.enabled-group", "sspr.licensing.cloud-qualifying-skus");
        assertThat(section.settings()).extracting(SettingsSection.Setting::value).containsExactly("true",
                "PT48H (durationHours [48, 0])", "PT6H (durationHours [6, 0])", "protected-a, protected-b", "2",
                "mobile-phone, email", "group-1", "sku-1, sku-2");
        assertThat(section.settings()).extracting(SettingsSection.Setting::meaning).containsExactly(
                "healthSettingWritebackSet", "healthSettingSyncStale", "healthSettingSyncLate",
                "healthSettingProtectedGroupsSet", "healthSettingMethodsRequired", "healthSettingMethods",
                "healthSettingEnabledGroupSet", "healthSettingSkusSet");
        assertThat(section.settings()).noneMatch(SettingsSection.Setting::switchesCheckOff);
        assertThat(section.checksOff()).isEmpty();
        assertThat(section.verdict().status()).isEqualTo("OK");
        assertThat(section.verdict().summary()).isEqualTo("healthSettingsAllOn");
    }

    @Test
    void saysNotSetAndWhatThatMeansForEachMissingSetting() {
        SettingsSection section = SettingsSection.of(seen(b -> {
        }), CheckSettings.defaults(), msg, console, formats);

        assertThat(section.settings()).extracting(SettingsSection.Setting::value).containsExactly("healthSettingNotSet",
                "PT24H (durationHours [24, 0])", "PT3H (durationHours [3, 0])", "healthSettingNotSet", "1",
                "healthSettingEveryMethod", "healthSettingNotSet", "healthSettingNotSet");
        assertThat(section.settings()).extracting(SettingsSection.Setting::meaning).contains(
                "healthSettingWritebackUnset", "healthSettingProtectedGroupsUnset", "healthSettingEnabledGroupUnset",
                "healthSettingSkusUnset");
        assertThat(section.settings()).filteredOn(SettingsSection.Setting::switchesCheckOff)
                .extracting(SettingsSection.Setting::key)
                .containsExactly("sspr.tenant.password-writeback-enabled", "sspr.tenant.protected-account-groups");
        assertThat(section.checksOff()).containsExactly("WRITEBACK_NOT_ENABLED", "ONPREM_PROTECTED_ACCOUNT");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "true  | true  | true  | WARNING | healthSettingsOff",
            "false | true  | true  | WARNING | healthSettingsOff",
            "false | false | true  | OK      | healthSettingsOffNotNeeded",
            "false | false | false | PENDING | healthSettingsOffUnknown",
    })
    void judgesChecksThatAreOffByWhetherTheOrganisationHasPasswordsOnPremises(boolean writebackMissingWhileSyncing,
            boolean synced, boolean factsRead, String status, String summary) {
        SettingsSection section = SettingsSection.of(seen(b -> {
            b.writebackSettingMissing = writebackMissingWhileSyncing;
            b.lastSyncAt = synced ? Optional.of(READ_AT.minus(Duration.ofMinutes(20))) : Optional.empty();
            b.lastSuccessfulRead = factsRead ? Optional.of(READ_AT) : Optional.empty();
        }), CheckSettings.defaults(), msg, console, formats);

        assertThat(section.verdict().status()).isEqualTo(status);
        assertThat(section.verdict().summary())
                .isEqualTo(summary + " [WRITEBACK_NOT_ENABLED, ONPREM_PROTECTED_ACCOUNT]");
    }

    @Test
    void aSettingThatIsDeclaredSwitchesItsCheckBackOn() {
        SettingsSection section = SettingsSection.of(seen(b -> {
            b.writeback = Optional.of(false);
            b.lastSyncAt = Optional.of(READ_AT);
        }), CheckSettings.defaults(), msg, console, formats);

        assertThat(section.checksOff()).containsExactly("ONPREM_PROTECTED_ACCOUNT");
        assertThat(section.settings().get(0).value()).isEqualTo("false");
        assertThat(section.verdict().summary()).isEqualTo("healthSettingsOff [ONPREM_PROTECTED_ACCOUNT]");
    }

    @Test
    void aFreshFeedDecidesAndShowsWhatItHolds() {
        ConfirmationSection section = ConfirmationSection.of(confirmation(b -> {
        }), READ_AT, msg, console, formats, UiLanguage.DEFAULT);

        assertThat(section.verdict().status()).isEqualTo("OK");
        assertThat(section.verdict().summary()).isEqualTo("healthConfirmationFresh [durationSeconds [40]]");
        assertThat(section.feed().enabled()).isTrue();
        assertThat(section.feed().setting()).isEqualTo("healthFeedOn");
        assertThat(section.feed().fresh()).isEqualTo("yes");
        assertThat(section.feed().coveredFrom().iso()).isEqualTo("2026-11-04T21:00:00Z");
        assertThat(section.feed().lastCompleteRead().iso()).isEqualTo("2026-11-05T20:59:20Z");
        assertThat(section.feed().events()).isEqualTo("1,234");
        assertThat(section.feed().lastFailure()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "true  | false | true  | -         | true  | PROBLEM | healthConfirmationStale [durationHours [2, 0]]",
            "true  | false | false | throttled | true  | PROBLEM | healthConfirmationFailing",
            "true  | false | true  | throttled | true  | PROBLEM | healthConfirmationFailing",
            "true  | false | false | -         | false | PENDING | healthConfirmationWaitsForMirror",
            "true  | false | false | -         | true  | PENDING | healthConfirmationFirstRead",
            "true  | true  | true  | throttled | true  | OK      | healthConfirmationFresh [durationHours [2, 0]]",
            "false | false | false | -         | true  | OK      | healthConfirmationOff",
    })
    void judgesTheFeedByWhetherItDecidesNow(boolean enabled, boolean fresh, boolean readBefore, String failure,
            boolean mirrorFirstOver, String status, String summary) {
        ConfirmationSection section = ConfirmationSection.of(confirmation(b -> {
            b.feed = new DirectoryStatus.Feed(enabled, fresh, Optional.empty(),
                    readBefore ? Optional.of(READ_AT.minus(Duration.ofHours(2))) : Optional.empty(), 0,
                    Optional.ofNullable(failure));
            b.mirrorFirstOver = mirrorFirstOver;
        }), READ_AT, msg, console, formats, UiLanguage.DEFAULT);

        assertThat(section.verdict().status()).isEqualTo(status);
        assertThat(section.verdict().summary()).isEqualTo(summary);
    }

    @Test
    void aFeedSwitchedOffShowsOnlyItsSetting() {
        ConfirmationSection section = ConfirmationSection.of(confirmation(b -> b.feed = DirectoryStatus.Feed.off()),
                READ_AT, msg, console, formats, UiLanguage.DEFAULT);

        assertThat(section.feed().enabled()).isFalse();
        assertThat(section.feed().setting()).isEqualTo("healthFeedOff");
        assertThat(section.feed().fresh()).isNull();
        assertThat(section.feed().events()).isNull();
    }

    @Test
    void countsEachConsumersRequestsBackgroundReadersFirstWithItsShareOfTheGranted() {
        ConfirmationSection section = ConfirmationSection.of(confirmation(b -> {
            b.granted = Map.of("live-look", 1L, "report-row", 2L, "mirror", 6000L, "registration-feed", 1997L);
            b.refused = Map.of("live-look", 7L, "other-one", 1L);
        }), READ_AT, msg, console, formats, UiLanguage.DEFAULT);

        ConfirmationSection.Budget budget = section.budget();
        assertThat(budget.consumers()).extracting(ConfirmationSection.ConsumerSlots::consumer)
                .containsExactly("mirror", "registration-feed", "report-row", "live-look", "other-one");
        assertThat(budget.consumers()).extracting(ConfirmationSection.ConsumerSlots::label).containsExactly(
                "healthConsumerMirror", "healthConsumerFeed", "healthConsumerReportRow", "healthConsumerLiveLook",
                "healthConsumerOther");
        assertThat(budget.consumers()).extracting(ConfirmationSection.ConsumerSlots::granted)
                .containsExactly("6,000", "1,997", "2", "1", "0");
        assertThat(budget.consumers()).extracting(ConfirmationSection.ConsumerSlots::refused)
                .containsExactly("0", "0", "0", "7", "1");
        assertThat(budget.consumers()).extracting(ConfirmationSection.ConsumerSlots::share)
                .as("a share that is not nothing never shows as 0%").containsExactly("75%", "25%", "0.1%", "0.1%", "0%");
        assertThat(budget.total()).isEqualTo(
                new ConfirmationSection.ConsumerSlots("all", "healthConsumersAll", "8,000", "8", "100%"));
    }

    @Test
    void showsNoShareBeforeAnyRequestWasGranted() {
        ConfirmationSection section = ConfirmationSection.of(confirmation(b -> b.granted = Map.of()), READ_AT, msg,
                console, formats, UiLanguage.DEFAULT);

        assertThat(section.budget().consumers()).extracting(ConfirmationSection.ConsumerSlots::share)
                .containsOnly(ConfirmationSection.NO_SHARE);
        assertThat(section.budget().total().share()).isEqualTo(ConfirmationSection.NO_SHARE);
    }

    @ParameterizedTest
    @CsvSource({ "true, healthBudgetShared, healthBudgetMirrorFirstOver",
            "false, healthBudgetPerReplica, healthBudgetMirrorFirstRunning" })
    void saysWhoKeepsTheBudgetAndWhetherTheMirrorsFirstCopyStillGoesFirst(boolean shared, String keeping,
            String mirrorFirstCopy) {
        ConfirmationSection section = ConfirmationSection.of(confirmation(b -> {
            b.shared = shared;
            b.mirrorFirstOver = shared;
            b.feed = DirectoryStatus.Feed.off();
        }), READ_AT, msg, console, formats, UiLanguage.DEFAULT);

        assertThat(section.budget().capacity()).isEqualTo("5");
        assertThat(section.budget().reservedForChecks()).isEqualTo("2");
        assertThat(section.budget().shared()).isEqualTo(shared);
        assertThat(section.budget().keeping()).isEqualTo(keeping);
        assertThat(section.budget().mirrorFirstCopy()).isEqualTo(mirrorFirstCopy);
        assertThat(section.budget().ledgerFailures()).isEqualTo("3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "1 | 3 | ENGLISH | 33.3%", "1 | 3 | GERMAN | 33,3\u00a0%",
            "1 | 5000 | ENGLISH | 0.1%", "0 | 5000 | ENGLISH | 0%", "5 | 5 | JAPANESE | 100%" })
    void writesPercentagesAsTheLanguageDoes(long part, long whole, UiLanguage language, String shown) {
        assertThat(ConsoleTexts.percent(part, whole, language)).isEqualTo(shown);
    }

    /** What the adapter has seen: nothing failed, nothing declared, unless a test says otherwise. */
    private static DirectoryStatus.Remote seen(Consumer<Seen> change) {
        Seen seen = new Seen();
        change.accept(seen);
        return new DirectoryStatus.Remote(Map.of(), 0, Optional.empty(), seen.lastSuccessfulRead, 10,
                Optional.of(Duration.ofMinutes(5)), Set.of(), seen.writeback, seen.writebackSettingMissing,
                seen.lastSyncAt, seen.unreadableRoles, seen.adminSignalDisagreements, seen.policy);
    }

    private static final class Seen {
        Optional<Instant> lastSuccessfulRead = Optional.of(READ_AT);
        Optional<Boolean> writeback = Optional.empty();
        boolean writebackSettingMissing;
        Optional<Instant> lastSyncAt = Optional.empty();
        long unreadableRoles;
        long adminSignalDisagreements;
        SsprPolicy policy = SsprPolicy.defaults();
    }

    /**
     * The reports budget and a fresh feed as a Graph adapter reports them: the mirror's first copy over, the budget
     * kept per replica, unless a test says otherwise.
     */
    private static DirectoryStatus.Confirmation confirmation(Consumer<Budget> change) {
        Budget budget = new Budget();
        change.accept(budget);
        return new DirectoryStatus.Confirmation(budget.granted, budget.refused, 5, 2, budget.mirrorFirstOver,
                budget.shared, 3, budget.feed);
    }

    private static final class Budget {
        Map<String, Long> granted = Map.of("mirror", 12L, "registration-feed", 30L);
        Map<String, Long> refused = Map.of();
        boolean mirrorFirstOver = true;
        boolean shared;
        DirectoryStatus.Feed feed = new DirectoryStatus.Feed(true, true, Optional.of(READ_AT.minus(Duration.ofDays(1))),
                Optional.of(READ_AT.minusSeconds(40)), 1234, Optional.empty());
    }
}
