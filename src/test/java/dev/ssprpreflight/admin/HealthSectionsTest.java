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
}
